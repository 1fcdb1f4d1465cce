// dist/consent-mode.js, loaded right after consentry.js in <head>: Google Consent Mode v2,
// on unless config `consentMode` is false. It must run before any Google tag, so it does
// its work synchronously, while it executes.
import { consentMode, denyAll } from '../integrations/consent-mode'
import './window'

const consent = window.consent
const options = consent?.config.consentMode
try {
  if (consent && options !== false) {
    // The integration checks its own options and throws a ConsentConfigError for bad ones.
    const given = options === true || options === undefined ? {} : options
    consentMode(consent, given)
  }
} catch (error) {
  // Unreadable options: every type denied, so Google tags that load anyway (advanced
  // mode) collect nothing (fail closed).
  denyAll()
  console.error(error)
}
