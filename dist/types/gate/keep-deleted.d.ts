import type { Patcher } from './patch';
import type { Traces } from './units';
/** After the gate's schedule (the last at 30 s), the sweep that catches unobservable writes, in ms. */
export declare const SWEEP_EVERY_MS = 30000;
/** What `keepDeleted` needs from the gate. */
export interface KeepDeletedOptions {
    /** What the decision in force denies: read at every write, so a later grant applies at once. */
    denied: () => readonly Traces[];
    /** The consent cookie's name: never refused, whatever the patterns say. */
    keep: string;
    /** Deletes every denied cookie and storage key now. */
    sweep: () => void;
    patcher: Patcher;
}
/**
 * Whether a `document.cookie` write deletes its cookie: a `Max-Age` of zero or less, else an
 * `Expires` in the past (RFC 6265 section 5.3 step 3: Max-Age wins over Expires).
 */
export declare function deletesCookie(write: string): boolean;
/** The name a `document.cookie` write sets, read the way the clean-up reads `document.cookie`. */
export declare const cookieNameOf: (write: string) => string;
/**
 * Keeps what `denied()` lists deleted for the rest of the page view: a `document.cookie`
 * write or `setItem` of a denied cookie or storage key by page code is refused (a deletion
 * passes), every change `cookieStore` reports (cookies set by a response header; Chromium
 * on secure pages) triggers a sweep, and so does a slow timer, for what neither shows
 * (a header's cookie without `cookieStore`, `localStorage.key = value`). Returns a stop function.
 * @example const stop = keepDeleted({ denied: () => denied, keep: 'consentry', sweep, patcher })
 */
export declare function keepDeleted(options: KeepDeletedOptions): () => void;
