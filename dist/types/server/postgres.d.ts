import { type FullReceiptStore } from './stores';
/** A query as node-postgres (`pg`) takes it. */
export interface PostgresQuery {
    text: string;
    values?: unknown[];
}
/** What a query answers, as `pg` answers it. */
export interface PostgresResult {
    rows: unknown[];
    rowCount: number | null;
}
/** One connection taken from the pool, for a transaction. */
export interface PostgresClient {
    query(query: PostgresQuery): Promise<PostgresResult>;
    release(error?: Error | boolean): void;
}
/** The part of a `pg.Pool` the store uses; you create the pool, so consentry loads no driver. */
export interface PostgresPool {
    query(query: PostgresQuery): Promise<PostgresResult>;
    connect(): Promise<PostgresClient>;
    on(event: 'error', listener: (error: Error) => void): unknown;
}
/** Options of `postgresStore`. */
export interface PostgresStoreOptions {
    /** A `pg.Pool`, e.g. `new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 2000 })`. */
    pool: PostgresPool;
    /** The table (default `consentry_receipts`); its monthly partitions are `<table>_YYYY_MM`. */
    table?: string;
    /** A call that has no answer after this many ms fails with a `ReceiptStoreError` (default 5000). */
    timeoutMs?: number;
    /** Run the migrations on first use (default true); false when a DBA applies `postgresMigrations()`. */
    migrate?: boolean;
}
/**
 * The schema, one step per version; the database remembers the last step it ran in
 * `<table>_migrations`. Run by the store itself, or by a DBA (join the `sql` of each step).
 *
 * PostgreSQL requires the partition key in every unique index of a partitioned table, so
 * the key is (decision time, receipt id): a retry carries both unchanged, so it never
 * adds a row, and the same index serves the export's order.
 */
export declare function postgresMigrations(table?: string): {
    version: number;
    sql: string;
}[];
/**
 * A receipt store in PostgreSQL, shared by any number of receiver processes. Receipts are
 * partitioned by month of decision time (a month's partition is created when its first
 * receipt arrives), so `retain` drops whole partitions instead of deleting rows. Every
 * failure (database down, pool exhausted, timeout) is a `ReceiptStoreError`, which the
 * receiver answers with 503: the browser keeps the receipt and sends it again.
 * @example
 * import pg from 'pg'
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 2000 })
 * const store = postgresStore({ pool })
 * const receive = createReceiver({ store })
 */
export declare function postgresStore(options: PostgresStoreOptions): FullReceiptStore;
