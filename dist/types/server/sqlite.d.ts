import type { ReceiptStore } from './stores';
/** The part of a synchronous SQLite driver the store uses: better-sqlite3's `Database`, or Node's `DatabaseSync` (node:sqlite). */
export interface SqliteDatabase {
    exec(sql: string): unknown;
    prepare(sql: string): {
        run(...params: unknown[]): {
            changes: number | bigint;
        };
        all(...params: unknown[]): unknown[];
    };
}
/**
 * A receipt store in SQLite. You pass the open database, so consentry itself loads no
 * driver; the table `consentry_receipts` is created if missing. The receipt id is the
 * primary key: a retried receipt is ignored, never stored twice.
 * @example
 * import Database from 'better-sqlite3'
 * const db = new Database('receipts.db')
 * db.pragma('journal_mode = WAL')
 * const receive = createReceiver({ store: sqliteStore(db) })
 */
export declare function sqliteStore(db: SqliteDatabase, table?: string): ReceiptStore;
