// Drop-in `consent-mode.js`, loaded right after `consentry.js` in <head>: Google Consent
// Mode v2, on unless config `consentMode` is false. It must run before any Google tag,
// so it does its work synchronously, while it executes.
import { consentMode, denyAll } from './consent-mode'
import type { AnyConsent } from './shared'

const consent: AnyConsent | undefined = (window as any).consent
const options = consent && consent.config.consentMode
try {
  if (consent && options !== false) consentMode(consent, options === true ? {} : options)
} catch (e) {
  // Unreadable options: every type denied, so Google tags that load anyway (advanced
  // mode) collect nothing (fail closed).
  denyAll()
  console.error(e)
}
