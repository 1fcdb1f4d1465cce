import {
  type FullReceiptStore,
  type StoredReceipt,
  exportBounds,
  ndjsonStream,
  retainCutoff,
  settle,
  withListAlias,
} from './stores'

/** The part of a synchronous SQLite driver the store uses: better-sqlite3's `Database`, or Node's `DatabaseSync` (node:sqlite). */
export interface SqliteDatabase {
  exec(sql: string): unknown
  prepare(sql: string): {
    run(...params: unknown[]): { changes: number | bigint }
    all(...params: unknown[]): unknown[]
  }
}

/** A SQL identifier we may splice into a statement: no quoting needed, no injection possible. */
export const IDENTIFIER = /^[A-Za-z_]\w{0,40}$/

/**
 * The schema, one step per version; a database remembers the last step it ran in
 * `<table>_migrations`. Version 1 is the table of consentry 0.1 (hence IF NOT EXISTS).
 */
export function sqliteMigrations(table: string): { version: number; sql: string }[] {
  return [
    {
      version: 1,
      sql:
        `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL);` +
        `CREATE INDEX IF NOT EXISTS ${table}_consent ON ${table} (consent_id, time);`,
    },
    {
      // Retention and export walk the decision time.
      version: 2,
      sql: `CREATE INDEX IF NOT EXISTS ${table}_time ON ${table} (time, id);`,
    },
  ]
}

function migrate(db: SqliteDatabase, table: string): void {
  const log = table + '_migrations'
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${log} (version INTEGER PRIMARY KEY, applied INTEGER NOT NULL)`,
  )
  const rows = db.prepare(`SELECT max(version) AS version FROM ${log}`).all() as {
    version: number | null
  }[]
  const current = rows[0]?.version ?? 0
  const record = db.prepare(`INSERT INTO ${log} (version, applied) VALUES (?, ?)`)
  for (const step of sqliteMigrations(table)) {
    if (step.version <= current) continue
    // One transaction per step: a step runs whole or not at all.
    db.exec('BEGIN')
    try {
      db.exec(step.sql)
      record.run(step.version, Date.now())
      db.exec('COMMIT')
    } catch (e) {
      db.exec('ROLLBACK')
      throw e
    }
  }
}

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
export function sqliteStore(db: SqliteDatabase, table = 'consentry_receipts'): FullReceiptStore {
  if (!IDENTIFIER.test(table)) throw new TypeError('sqliteStore: invalid table name ' + table)
  migrate(db, table)
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${table} (id, consent_id, time, received, body) VALUES (?, ?, ?, ?, ?)`,
  )
  const selectHistory = db.prepare(
    `SELECT body FROM ${table} WHERE consent_id = ? ORDER BY time, received`,
  )
  const deleteBefore = db.prepare(`DELETE FROM ${table} WHERE time < ?`)
  const selectFirstPage = db.prepare(
    `SELECT body FROM ${table} WHERE time >= ? AND time < ? ORDER BY time, id LIMIT ?`,
  )
  const selectNextPage = db.prepare(
    `SELECT body FROM ${table} WHERE time >= ? AND time < ? AND (time > ? OR (time = ? AND id > ?)) ORDER BY time, id LIMIT ?`,
  )
  const receipts = (rows: unknown[]) =>
    (rows as { body: string }[]).map(row => JSON.parse(row.body) as StoredReceipt)

  return withListAlias({
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
    history: consentId => settle(() => receipts(selectHistory.all(consentId))),
    retain: options =>
      settle(() => {
        const before = retainCutoff(options)
        deleteBefore.run(before)
        return { before }
      }),
    export: range => {
      const { from, to } = exportBounds(range)
      return ndjsonStream((cursor, limit) =>
        settle(() => {
          if (!cursor) return receipts(selectFirstPage.all(from, to, limit))
          return receipts(selectNextPage.all(from, to, cursor.time, cursor.time, cursor.id, limit))
        }),
      )
    },
  })
}
