import { type Test } from './match';
/** Tests for cookie names, and tests for storage keys. */
export type Rules = [cookies: Test[], storage: Test[]];
/**
 * Deletes every cookie and `localStorage`/`sessionStorage` key that `deny` matches,
 * except the consent cookie (`keep`). A cookie is expired for every domain and path it
 * may have been set with, since the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([[matcher('_ga*')], [matcher('ajs_*')]], 'consentry')
 */
export declare function cleanUp([cookies, keys]: Rules, keep: string): void;
