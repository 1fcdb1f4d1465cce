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
