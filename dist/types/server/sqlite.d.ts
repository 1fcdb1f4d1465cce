import { type FullReceiptStore } from './stores';
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
/** A SQL identifier we may splice into a statement: no quoting needed, no injection possible. */
export declare const IDENTIFIER: RegExp;
/**
 * The schema, one step per version; a database remembers the last step it ran in
 * `<table>_migrations`. Version 1 is the table of consentry 0.1 (hence IF NOT EXISTS).
 */
export declare function sqliteMigrations(table: string): {
    version: number;
    sql: string;
}[];
/**
 * A receipt store in SQLite, for one server process. You pass the open database, so
 * consentry itself loads no driver; the table `consentry_receipts` is created or upgraded
 * (`sqliteMigrations`). The receipt id is the primary key: a retried receipt is ignored,
 * never stored twice.
 * @example
 * import Database from 'better-sqlite3' // or: import { DatabaseSync } from 'node:sqlite' (Node 22.5+)
 * const db = new Database('receipts.db')
 * db.exec('PRAGMA journal_mode = WAL')
 * const store = sqliteStore(db)
 * const receive = createReceiver({ store })
 * await store.retain({ months: 24 })
 */
export declare function sqliteStore(db: SqliteDatabase, table?: string): FullReceiptStore;
