import type { ReadableAtom } from 'nanostores';
import type { RecordEntry } from './persist';
import type { ConsentConfig } from './types';
/**
 * The channel's name, from the consent cookie's name, domain and path: two configs on one
 * origin (which is why `cookie.name` exists) must not hear each other's decisions.
 * @example channelName({ categories, cookie: { name: 'shop' } }) // 'consentry shop  /'
 */
export declare const channelName: (config: ConsentConfig) => string;
/**
 * The cross-tab channel, a subscriber of the record store: every decision made in this
 * tab is sent to the others as its cookie value (`''` for a reset), and `receive` gets
 * theirs. The record travels in the message: re-reading document.cookie could see the
 * old value, since one tab's cookie write is not ordered before another tab's read.
 * Returns the stop function; without BroadcastChannel it does nothing.
 * @example const stop = connectTabs(config, $entry, value => apply(value))
 */
export declare function connectTabs(config: ConsentConfig, $entry: ReadableAtom<RecordEntry>, receive: (value: string) => void): () => void;
