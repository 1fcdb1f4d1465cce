import type { Receipt } from '../integrations/receipts';
/** A receipt as stored: what the browser sent, plus when the server received it. */
export type StoredReceipt = Receipt & {
    received: number;
};
/** A time as ms since 1970 or a `Date`. */
export type TimeLike = number | Date;
/** Options of `retain`: keep this many whole months before the current one (UTC). */
export interface RetainOptions {
    months: number;
    /** The current time (default `Date.now()`). */
    now?: TimeLike;
}
/** What `retain` removed: every receipt decided before `before` (ms since 1970, a month start). */
export interface RetainResult {
    before: number;
}
/** Options of `export`: decision times from `from` (inclusive) to `to` (exclusive). */
export interface ExportRange {
    from?: TimeLike;
    to?: TimeLike;
}
/**
 * Where the receiver keeps receipts. Bring your own database by implementing `add` and
 * `history`; `retain` and `export` are for you, the receiver never calls them.
 */
export interface ReceiptStore {
    /** Stores a receipt; resolves false when one with the same `id` is already there (a retry). */
    add(receipt: StoredReceipt): Promise<boolean>;
    /** Every receipt of one consent id, oldest decision first. */
    history(consentId: string): Promise<StoredReceipt[]>;
    /** Deletes the receipts decided before the `months` whole months that precede this one. */
    retain?(options: RetainOptions): Promise<RetainResult>;
    /** The receipts decided in a range, oldest first, as NDJSON: one receipt per line. */
    export?(range?: ExportRange): ReadableStream<Uint8Array>;
}
/** A store of consentry 0.1, where `history` was called `list`; the receiver still takes one. */
export interface LegacyReceiptStore {
    add(receipt: StoredReceipt): Promise<boolean>;
    list(consentId: string): Promise<StoredReceipt[]>;
}
/** A store with every operation, as every store consentry ships is. */
export type FullReceiptStore = Required<ReceiptStore> & {
    /** @deprecated The 0.1 name of `history`. */
    list(consentId: string): Promise<StoredReceipt[]>;
};
/** Adds the 0.1 name `list` to a store, so code written for 0.1 keeps working. */
export declare function withListAlias(store: Required<ReceiptStore>): FullReceiptStore;
/** The history of a store of either generation. */
export declare function historyOf(store: ReceiptStore | LegacyReceiptStore, consentId: string): Promise<StoredReceipt[]>;
/**
 * The store could not do its job (database down, timeout, disk full). The receiver answers
 * 503 for it, so the browser keeps the receipt and sends it again later.
 */
export declare class ReceiptStoreError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** Runs a synchronous call so that a throw becomes a rejected promise, as callers of a store expect. */
export declare function settle<T>(call: () => T): Promise<T>;
/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
export declare function byDecisionTime(a: StoredReceipt, b: StoredReceipt): number;
export declare function toMs(time: TimeLike): number;
/** The first instant (UTC) of the month `monthsBack` months before the month of `now`. */
export declare function monthStart(now: number, monthsBack?: number): number;
/** The cut-off of `retain`, after checking its options. */
export declare function retainCutoff(options: RetainOptions): number;
/** The range of `export` as ms, open ends made finite. */
export declare function exportBounds(range?: ExportRange): {
    from: number;
    to: number;
};
/** Where a page of an export ends: the next page starts after this decision time and id. */
export interface ExportCursor {
    time: number;
    id: string;
}
/** Reads one page of an export: receipts after `cursor` (null: from the start), at most `limit`. */
export type ExportPage = (cursor: ExportCursor | null, limit: number) => Promise<StoredReceipt[]>;
/**
 * An export as a byte stream, read page by page (keyset pagination on decision time and
 * id), so memory stays flat however many receipts there are and the reader sets the pace.
 */
export declare function ndjsonStream(readPage: ExportPage, pageSize?: number): ReadableStream<Uint8Array>;
/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
export declare function memoryStore(): FullReceiptStore;
