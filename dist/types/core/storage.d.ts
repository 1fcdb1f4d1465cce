import type { ConsentConfig, ConsentRecord } from './types';
/** The consent cookie's name for a config. */
export declare const cookieName: (config: ConsentConfig) => string;
/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. A record
 * dated in the future is the last choice: if it won, every new decision would be
 * outvoted by it and the banner would come back on every page. */
export declare function readRecord(config: ConsentConfig): ConsentRecord | null;
/**
 * Writes the record and reads it back; returns false when the exact value did not arrive
 * (cookies unavailable, the write dropped, a value the browser refused). Nothing is written
 * for a record that could not be read back (too large). The choice then lives in memory
 * for this page view.
 */
export declare function writeRecord(config: ConsentConfig, record: ConsentRecord): boolean;
/** Deletes the consent cookie everywhere this page can see one: host-only and on every
 * parent domain, on every prefix of this path and the configured domain and path.
 * readRecord reads them all, so a record left by an earlier config (another domain or
 * path) would otherwise come back. */
export declare function clearRecord(config: ConsentConfig): void;
