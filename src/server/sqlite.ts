import type { ReceiptStore, StoredReceipt } from './stores'

/** The part of a synchronous SQLite driver the store uses: better-sqlite3's `Database`, or Node's `DatabaseSync` (node:sqlite). */
export interface SqliteDatabase {
  exec(sql: string): unknown
  prepare(sql: string): {
    run(...params: unknown[]): { changes: number | bigint }
    all(...params: unknown[]): unknown[]
  }
}

/** A SQL identifier we may splice into a statement: no quoting needed, no injection possible. */
const IDENTIFIER = /^[A-Za-z_]\w*$/

/** Runs a synchronous driver call so that a throw becomes a rejected promise, as callers expect. */
function settle<T>(call: () => T): Promise<T> {
  return new Promise(resolve => resolve(call()))
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
export function sqliteStore(db: SqliteDatabase, table = 'consentry_receipts'): ReceiptStore {
  if (!IDENTIFIER.test(table)) throw new TypeError('sqliteStore: invalid table name ' + table)
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL);` +
      `CREATE INDEX IF NOT EXISTS ${table}_consent ON ${table} (consent_id, time)`,
  )
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${table} (id, consent_id, time, received, body) VALUES (?, ?, ?, ?, ?)`,
  )
  const select = db.prepare(
    `SELECT body FROM ${table} WHERE consent_id = ? ORDER BY time, received`,
  )
  return {
    add: (receipt: StoredReceipt) =>
      settle(() => {
        const body = JSON.stringify(receipt)
        const result = insert.run(
          receipt.id,
          receipt.consentId,
          receipt.time,
          receipt.received,
          body,
        )
        return Number(result.changes) === 1
      }),
    list: consentId =>
      settle(() => {
        const rows = select.all(consentId) as { body: string }[]
        return rows.map(row => JSON.parse(row.body) as StoredReceipt)
      }),
  }
}
