import type { CookiePattern } from '../core/types';
/** What a category or service leaves behind: cookie names and storage keys. */
type Traces = {
    cookies?: CookiePattern[];
    storage?: CookiePattern[];
};
/**
 * Deletes every cookie whose name one of `units` lists in `cookies` and every
 * `localStorage`/`sessionStorage` key one lists in `storage`, except the consent cookie
 * (`keep`). A cookie is expired for every domain and path it may have been set with, since
 * the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([{ cookies: ['_ga*'], storage: ['ajs_*'] }], 'consentry')
 */
export declare function cleanUp(units: Traces[], keep: string): void;
export {};
