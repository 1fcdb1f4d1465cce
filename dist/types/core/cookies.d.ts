/**
 * Every `Domain` a cookie visible on `host` may carry: none (host-only), and the host and
 * each parent down to two labels (RFC 6265 section 5.3 step 5: a browser refuses a public
 * suffix, so `.co.uk` is harmless, but a single label never needs trying).
 * @example cookieDomains('www.site.test') // ['', '.www.site.test', '.site.test']
 */
export declare function cookieDomains(host: string): string[];
/**
 * Every `Path` a cookie visible on `path` may carry: a cookie is sent only where its path
 * is a prefix of the page's (RFC 6265 section 5.1.4), so the prefixes, with and without a
 * trailing slash, are all the paths worth expiring; cookies set for other paths are
 * cleaned on the pages that see them.
 * @example cookiePaths('/shop/cart') // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']
 */
export declare function cookiePaths(path: string): string[];
/** A domain and path a cookie was set with, besides those the page's URL implies. */
export interface CookieScope {
    domain?: string;
    path?: string;
}
/**
 * Expires cookie `name` on every domain and path this page can set, and on `also` (a
 * configured domain or path outside those, such as `cookie.domain`). Never throws: a
 * page where cookies are unavailable has nothing to delete.
 * @example expireCookie('_ga')
 */
export declare function expireCookie(name: string, also?: CookieScope): void;
