import { type AnyConsent } from './shared';
/** A vendor's own consent API, told what applies whenever it changes. */
export interface Adapter {
    /** Vendor name, used in error paths (`adapters.meta-pixel`). */
    name: string;
    /** The vendor's global command function (`fbq`, `clarity`). */
    global: string;
    /**
     * Define the vendor's queue stub (`fn.q`) when the page has none yet. Only for vendors
     * whose snippet keeps an existing stub: Clarity's does; Meta's returns early if `fbq`
     * exists, so a stub of ours would stop the pixel from ever loading.
     */
    stub?: boolean;
    /** Category or service names the commands read; each must exist in the config. */
    uses: string[];
    /** The commands that tell the vendor what applies, each a list of arguments. */
    commands(granted: (name: string) => boolean): unknown[][];
}
/**
 * Meta Pixel: `fbq('consent', 'grant' | 'revoke')` following one category or service.
 * Keep the pixel revoked until then: gate its snippet (`data-consent="marketing"`) or put
 * `fbq('consent', 'revoke')` before `fbq('init', ...)`.
 * @example attachAdapters(consent, [metaPixel({ category: 'marketing' })])
 */
export declare function metaPixel({ category }?: {
    category?: string;
}): Adapter;
/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })`.
 * @example attachAdapters(consent, [clarity({ analytics: 'analytics', ads: 'marketing' })])
 */
export declare function clarity({ analytics, ads, }?: {
    analytics?: string;
    ads?: string;
}): Adapter;
/**
 * Tells each vendor what applies now, again once the page has loaded (for vendor snippets
 * placed after ours), and on every change; a command is sent again only when it differs.
 * Returns a stop function.
 * @example attachAdapters(consent, [metaPixel(), clarity()])
 */
export declare function attachAdapters(consent: AnyConsent, adapters: Adapter[]): () => void;
