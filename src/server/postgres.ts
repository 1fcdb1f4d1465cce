import { IDENTIFIER } from './sqlite'
import {
  type ExportCursor,
  type FullReceiptStore,
  ReceiptStoreError,
  type StoredReceipt,
  exportBounds,
  monthStart,
  ndjsonStream,
  retainCutoff,
  withListAlias,
} from './stores'

/** A query as node-postgres (`pg`) takes it. */
export interface PostgresQuery {
  text: string
  values?: unknown[]
}

/** What a query answers, as `pg` answers it. */
export interface PostgresResult {
  rows: unknown[]
  rowCount: number | null
}

/** One connection taken from the pool, for a transaction. */
export interface PostgresClient {
  query(query: PostgresQuery): Promise<PostgresResult>
  release(error?: Error | boolean): void
}

/** The part of a `pg.Pool` the store uses; you create the pool, so consentry loads no driver. */
export interface PostgresPool {
  query(query: PostgresQuery): Promise<PostgresResult>
  connect(): Promise<PostgresClient>
  on(event: 'error', listener: (error: Error) => void): unknown
}

/** Options of `postgresStore`. */
export interface PostgresStoreOptions {
  /** A `pg.Pool`, e.g. `new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 2000 })`. */
  pool: PostgresPool
  /** The table (default `consentry_receipts`); its monthly partitions are `<table>_YYYY_MM`. */
  table?: string
  /** A call that has no answer after this many ms fails with a `ReceiptStoreError` (default 5000). */
  timeoutMs?: number
  /** Run the migrations on first use (default true); false when a DBA applies `postgresMigrations()`. */
  migrate?: boolean
}

/**
 * The schema, one step per version; the database remembers the last step it ran in
 * `<table>_migrations`. Run by the store itself, or by a DBA (join the `sql` of each step).
 *
 * PostgreSQL requires the partition key in every unique index of a partitioned table, so
 * the key is (decision time, receipt id): a retry carries both unchanged, so it never
 * adds a row, and the same index serves the export's order.
 */
export function postgresMigrations(
  table = 'consentry_receipts',
): { version: number; sql: string }[] {
  checkTable(table)
  return [
    {
      version: 1,
      sql: `CREATE TABLE ${table} (
  id text NOT NULL,
  consent_id text NOT NULL,
  decided_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  receipt jsonb NOT NULL,
  PRIMARY KEY (decided_at, id)
) PARTITION BY RANGE (decided_at);
CREATE INDEX ${table}_consent ON ${table} (consent_id, decided_at);`,
    },
  ]
}

function checkTable(table: string): void {
  if (!IDENTIFIER.test(table)) throw new TypeError('postgresStore: invalid table name ' + table)
}

/** SQLSTATE 23514: "no partition of relation ... found for row". */
const NO_PARTITION = '23514'

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined

const pad = (value: number) => String(value).padStart(2, '0')

/** The partition that holds decisions of the month of `time`: its name and bounds. */
function partitionOf(table: string, time: number) {
  const start = new Date(monthStart(time))
  const end = new Date(monthStart(time, -1))
  const name = `${table}_${start.getUTCFullYear()}_${pad(start.getUTCMonth() + 1)}`
  return { name, start, end }
}

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
export function postgresStore(options: PostgresStoreOptions): FullReceiptStore {
  const { pool, table = 'consentry_receipts', timeoutMs = 5000, migrate = true } = options
  checkTable(table)
  // pg emits 'error' when an idle connection dies (a restart, a failover); unheard, that
  // event would end the process. The next query then fails and is answered with 503.
  pool.on('error', () => {})
  const lockKey = `consentry:${table}`

  /** Every call: bounded in time, and any failure a ReceiptStoreError that says what failed. */
  async function guarded<T>(what: string, call: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new ReceiptStoreError(`postgresStore: ${what}: no answer in ${timeoutMs} ms`)),
        timeoutMs,
      )
    })
    try {
      return await Promise.race([call(), timeout])
    } catch (e) {
      if (e instanceof ReceiptStoreError) throw e
      const reason = e instanceof Error ? e.message : String(e)
      throw new ReceiptStoreError(`postgresStore: ${what} failed: ${reason}`, { cause: e })
    } finally {
      clearTimeout(timer)
    }
  }

  /** Runs statements in one transaction holding this table's advisory lock, so receivers take turns at DDL. */
  async function locked(statements: (client: PostgresClient) => Promise<void>): Promise<void> {
    const client = await pool.connect()
    try {
      await client.query({ text: 'BEGIN' })
      await client.query({ text: 'SELECT pg_advisory_xact_lock(hashtext($1))', values: [lockKey] })
      await statements(client)
      await client.query({ text: 'COMMIT' })
      client.release()
    } catch (e) {
      // A connection in an unknown state is closed rather than reused.
      await client.query({ text: 'ROLLBACK' }).catch(() => {})
      client.release(true)
      throw e
    }
  }

  async function createPartition(client: PostgresClient, time: number): Promise<void> {
    const { name, start, end } = partitionOf(table, time)
    await client.query({
      text: `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF ${table} FOR VALUES FROM ('${start.toISOString()}') TO ('${end.toISOString()}')`,
    })
  }

  async function runMigrations(): Promise<void> {
    await locked(async client => {
      await client.query({
        text: `CREATE TABLE IF NOT EXISTS ${table}_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      })
      const result = await client.query({
        text: `SELECT coalesce(max(version), 0) AS version FROM ${table}_migrations`,
      })
      const current = Number((result.rows[0] as { version: number }).version)
      for (const step of postgresMigrations(table)) {
        if (step.version <= current) continue
        await client.query({ text: step.sql })
        await client.query({
          text: `INSERT INTO ${table}_migrations (version) VALUES ($1)`,
          values: [step.version],
        })
      }
      // This month and the next exist before anyone needs them.
      const now = Date.now()
      await createPartition(client, now)
      await createPartition(client, monthStart(now, -1))
    })
  }

  // Once it has worked; a failed attempt (database down at start) is tried again next call.
  let ready: Promise<void> | null = null
  function whenReady(): Promise<void> {
    if (!migrate) return Promise.resolve()
    if (!ready) {
      ready = runMigrations().catch((e: unknown) => {
        ready = null
        throw e
      })
    }
    return ready
  }

  const insertQuery = (receipt: StoredReceipt): PostgresQuery => ({
    text: `INSERT INTO ${table} (id, consent_id, decided_at, received_at, receipt)
      VALUES ($1, $2, to_timestamp($3::float8 / 1000), to_timestamp($4::float8 / 1000), $5)
      ON CONFLICT DO NOTHING`,
    values: [
      receipt.id,
      receipt.consentId,
      receipt.time,
      receipt.received,
      JSON.stringify(receipt),
    ],
  })

  async function insert(receipt: StoredReceipt): Promise<boolean> {
    await whenReady()
    try {
      const result = await pool.query(insertQuery(receipt))
      return result.rowCount === 1
    } catch (e) {
      if (errorCode(e) !== NO_PARTITION) throw e
    }
    // The first receipt of a month with no partition yet (a visitor's clock, a new month).
    await locked(client => createPartition(client, receipt.time))
    const result = await pool.query(insertQuery(receipt))
    return result.rowCount === 1
  }

  const receiptsOf = (result: PostgresResult) =>
    (result.rows as { receipt: StoredReceipt }[]).map(row => row.receipt)

  async function readPage(
    from: number,
    to: number,
    cursor: ExportCursor | null,
    limit: number,
  ): Promise<StoredReceipt[]> {
    await whenReady()
    const after = cursor ?? { time: -1, id: '' }
    const result = await pool.query({
      text: `SELECT receipt FROM ${table}
        WHERE decided_at >= to_timestamp($1::float8 / 1000) AND decided_at < to_timestamp($2::float8 / 1000)
          AND (decided_at, id) > (to_timestamp($3::float8 / 1000), $4)
        ORDER BY decided_at, id LIMIT $5`,
      values: [from, to, after.time, after.id, limit],
    })
    return receiptsOf(result)
  }

  async function dropPartitionsBefore(before: number): Promise<void> {
    await whenReady()
    await locked(async client => {
      const result = await client.query({
        text: `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = $1::regclass`,
        values: [table],
      })
      const pattern = new RegExp(`^${table}_(\\d{4})_(\\d{2})$`)
      for (const { name } of result.rows as { name: string }[]) {
        const match = pattern.exec(name)
        if (!match) continue
        const end = Date.UTC(Number(match[1]), Number(match[2]), 1)
        if (end <= before) await client.query({ text: `DROP TABLE ${name}` })
      }
    })
  }

  return withListAlias({
    add: receipt => guarded('storing a receipt', () => insert(receipt)),
    history: consentId =>
      guarded('reading a history', async () => {
        await whenReady()
        const result = await pool.query({
          text: `SELECT receipt FROM ${table} WHERE consent_id = $1 ORDER BY decided_at, received_at`,
          values: [consentId],
        })
        return receiptsOf(result)
      }),
    retain: async retainOptions => {
      const before = retainCutoff(retainOptions)
      await guarded('dropping old partitions', () => dropPartitionsBefore(before))
      return { before }
    },
    export: range => {
      const { from, to } = exportBounds(range)
      return ndjsonStream((cursor, limit) =>
        guarded('exporting', () => readPage(from, to, cursor, limit)),
      )
    },
  })
}
