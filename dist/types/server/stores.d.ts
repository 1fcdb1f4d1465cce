import type { Receipt } from '../integrations/receipts';
/** A receipt as stored: what the browser sent, plus when the server received it. */
export type StoredReceipt = Receipt & {
    received: number;
};
/** Where the receiver keeps receipts. Bring your own database by implementing these two. */
export interface ReceiptStore {
    /** Stores a receipt; resolves false when one with the same `id` is already there (a retry). */
    add(receipt: StoredReceipt): Promise<boolean>;
    /** Every receipt of one consent id, oldest decision first. */
    list(consentId: string): Promise<StoredReceipt[]>;
}
/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
export declare function byDecisionTime(a: StoredReceipt, b: StoredReceipt): number;
/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
export declare function memoryStore(): ReceiptStore;
