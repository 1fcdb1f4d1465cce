// dist/receipts.js, loaded right after consentry.js: sends consent receipts to config
// `receipts.endpoint`. Without a controller or an endpoint it does nothing.
import { receipts } from '../integrations/receipts'
import './window'

const consent = window.consent
const options = consent?.config.receipts
try {
  // The core has checked `endpoint`; the integration checks the rest and throws for bad ones.
  if (consent && options) receipts(consent, options)
} catch (error) {
  console.error(error)
}
