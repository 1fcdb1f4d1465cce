// Types only: the globals the drop-in files share on a page.
import type { Consent } from '../core/consent'
import type { ConsentConfig } from '../core/types'

declare global {
  interface Window {
    /** The controller `consentry.js` creates; the add-ons attach to it. */
    consent?: Consent
    /** A page's config, read by `consentry.js` when no JSON config tag is present. */
    consentryConfig?: ConsentConfig
  }
}

/** The page's consent controller as an add-on (loaded after `consentry.js`) finds it. */
export type PageConsent = Consent & { describe?: () => unknown }
