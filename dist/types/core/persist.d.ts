import type { ReadableAtom } from 'nanostores';
import type { ConsentConfig, ConsentRecord } from './types';
/** Where the current record came from: this tab's visitor, the cookie, or another tab. */
export type RecordSource = 'visitor' | 'cookie' | 'tab';
/** The record and where it came from: the effects tell what to store and what to send. */
export interface RecordEntry {
    record: ConsentRecord | null;
    source: RecordSource;
}
/** Whether the choice lives only in memory for this page view (no cookie, or no write). */
export interface Persistence {
    inMemory: boolean;
}
/**
 * The cookie writer, a subscriber of the record store: a record the visitor or another
 * tab made is written (read back to be sure), a forgotten one deleted; one read from the
 * cookie is already there. Another tab's record is written again on purpose: one tab's
 * cookie write is not ordered before another's, so the cookie ends on the newest record
 * whichever write lands last. While `cookieless()` holds nothing is written, and when a
 * write does not arrive the choice lives in memory (`inMemory`) for this page view.
 * @example const persistence = persistRecord(config, $entry, () => false)
 */
export declare function persistRecord(config: ConsentConfig, $entry: ReadableAtom<RecordEntry>, cookieless: () => boolean): Persistence & {
    stop: () => void;
};
