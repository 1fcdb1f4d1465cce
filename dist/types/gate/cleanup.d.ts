import type { CookiePattern } from '../core/types';
/**
 * Deletes every cookie whose name `cookies` matches and every `localStorage`/`sessionStorage`
 * key that `keys` matches, except the consent cookie (`keep`). A cookie is expired for
 * every domain and path it may have been set with, since the browser deletes only an exact
 * (name, domain, path) match.
 * @example cleanUp(['_ga*'], ['ajs_*'], 'consentry')
 */
export declare function cleanUp(cookies: CookiePattern[], keys: CookiePattern[], keep: string): void;
