import type { CookiePattern } from '../core/types';
/** Tells whether a cookie name or storage key matches. */
export type Test = (name: string) => boolean;
/**
 * A test for one pattern: an exact name, a `*` glob, a RegExp, or a `/source/flags` string.
 * @example matcher('_ga_*')('_ga_XYZ') // true
 */
export declare const matcher: (pattern: CookiePattern) => Test;
/**
 * `example.com` covers itself and every subdomain, never `badexample.com`.
 * @example hostIn('www.example.com', 'example.com') // true
 */
export declare const hostIn: (host: string, pattern: string) => boolean;
/**
 * Every `Domain` a cookie visible on `host` may carry: none (host-only), the host, and
 * each parent down to two labels (RFC 6265 section 5.3 step 5: a browser refuses a
 * public suffix, so `.co.uk` is harmless, but a single label never needs trying).
 * @example domains('www.site.test') // ['', '.www.site.test', '.site.test']
 */
export declare const domains: (host: string) => string[];
/**
 * Every `Path` a cookie visible on `path` may carry: a cookie is sent only where its
 * path is a prefix of the page's (RFC 6265 section 5.1.4), so the prefixes are all
 * the paths worth expiring; cookies set for other paths are cleaned on the pages that see them.
 * @example paths('/shop/cart') // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']
 */
export declare const paths: (path: string) => string[];
