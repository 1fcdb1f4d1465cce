import type { CookiePattern } from '../core/types';
/** What a category or service leaves behind: cookie names and storage keys. */
type Traces = {
    readonly cookies?: readonly CookiePattern[];
    readonly storage?: readonly CookiePattern[];
};
/**
 * Whether one of `units` lists a cookie name (`cookies`) or storage key (`storage`). The
 * patterns are compiled at each call, not when the gate starts: most loads delete nothing.
 */
export declare const listedBySome: (units: readonly Traces[], kind: keyof Traces, name: string) => boolean;
/**
 * Deletes every cookie whose name one of `units` lists in `cookies` and every
 * `localStorage`/`sessionStorage` key one lists in `storage`, except the consent cookie
 * (`keep`). A cookie is expired for every domain and path it may have been set with, since
 * the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([{ cookies: ['_ga*'], storage: ['ajs_*'] }], 'consentry')
 */
export declare function cleanUp(units: readonly Traces[], keep: string): void;
export {};
