import type { ConsentConfig } from '../core/types';
import { type HeadersLike } from './helpers';
/** Options of `consentCsp`. */
export interface ConsentCspOptions {
    /** The site's config: the same one the page runs. */
    config: ConsentConfig;
    /** The request's `Cookie` header (the consent cookie is read from it). */
    cookie: string | null | undefined;
    /** Request headers, for `DNT` and `Sec-GPC`, read as `readSignals` reads them. */
    headers?: HeadersLike | null;
    /** The visitor's region, as the page tells the SDK (`<html data-consent-region>`). */
    region?: string;
    /**
     * The site's own `Content-Security-Policy`, which the result narrows and never widens.
     * Without one, the page may load from its own origin, inline, `data:` and `blob:`, and
     * from the granted services' hosts.
     */
    base?: string;
}
/**
 * The `Content-Security-Policy` for a request: the site's `base` policy, narrowed so that
 * no denied service's `hosts` can load or receive anything, by any route the browser
 * checks (scripts, the preload scanner, `import()`, styles and their `url()` and `@import`,
 * images, fonts, media, frames, `fetch`, beacons, `<a ping>`, forms). What applies is the
 * browser's own `decide()` over the consent cookie, the signal headers and the region: with
 * no record, everything not granted by default stays out. Returns `base` unchanged (maybe
 * `''`: send no header) when nothing is denied.
 *
 * The policy holds for the whole page view: a service granted on the page loads only after
 * a reload (see `reloadOnGrant` in `consentry/integrations`).
 * @example
 * const policy = consentCsp({ config, cookie: req.headers.cookie, headers: req.headers, base: "default-src 'self'; img-src *" })
 * if (policy) res.setHeader('content-security-policy', policy)
 */
export declare function consentCsp(options: ConsentCspOptions): string;
