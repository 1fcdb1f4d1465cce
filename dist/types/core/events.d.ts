import type { ReadableAtom } from 'nanostores';
import type { ConsentRecord, Decision } from './types';
/** What `consentry:ready` and `consentry:change` carry in `detail`. */
export interface ConsentEventDetail {
    state: Decision['categories'];
    record: ConsentRecord | null;
}
/**
 * The `consentry:*` DOM events, a subscriber of the stores: `consentry:change` on
 * `document` whenever a category, a service or the record changes, and `consentry:ready`
 * once, after the scripts parsed with ours (a listener in a later script would miss a
 * synchronous event). Returns the stop function.
 * @example const stop = dispatchEvents($decision, $record)
 */
export declare function dispatchEvents($decision: ReadableAtom<Decision>, $record: ReadableAtom<ConsentRecord | null>): () => void;
