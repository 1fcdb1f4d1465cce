// Drop-in `receipts.js`, loaded right after `consentry.js`: sends consent receipts to
// config `receipts.endpoint`. Without a controller or an endpoint it does nothing.
import { receipts } from './receipts'
import type { AnyConsent } from './shared'

const consent: AnyConsent | undefined = (window as any).consent
try {
  if (consent && consent.config.receipts) receipts(consent, consent.config.receipts as any)
} catch (e) {
  console.error(e)
}
