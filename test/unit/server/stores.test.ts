// @vitest-environment node
// One suite, three stores: in memory, SQLite, and a real PostgreSQL that the suite starts
// (test/setup/postgres.mjs) and deletes afterwards. No mock database.
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createReceiver,
  type FullReceiptStore,
  memoryStore,
  postgresMigrations,
  postgresStore,
  ReceiptStoreError,
  type SqliteDatabase,
  sqliteStore,
  type StoredReceipt,
} from '../../../src/server'
import { startPostgres, type TestPostgres } from '../../setup/postgres.mjs'
import { DAY, post, receipt, stored } from './fixtures'

/** node:sqlite where this Node has it (22.5+, no compiler needed), else better-sqlite3. */
async function openSqlite(file: string): Promise<SqliteDatabase & { close(): void }> {
  try {
    const { DatabaseSync } = await import('node:sqlite')
    return new DatabaseSync(file)
  } catch {
    return new Database(file)
  }
}

let cluster: TestPostgres
const pools: pg.Pool[] = []
const newPool = (max = 10) => {
  const pool = new pg.Pool({
    host: cluster.host,
    user: cluster.user,
    database: cluster.database,
    max,
  })
  // Idle connections report the server's shutdown in the down test; heard, not fatal.
  pool.on('error', () => {})
  pools.push(pool)
  return pool
}

beforeAll(async () => {
  cluster = await startPostgres()
}, 120_000)

afterAll(async () => {
  await Promise.all(pools.map(pool => pool.end()))
  await cluster?.remove()
}, 60_000)

let tables = 0
/** A fresh table per test, so tests share one cluster and never each other's rows. */
const freshTable = () => `receipts_t${++tables}`

interface Opened {
  store: FullReceiptStore
  /** Another store on the same data, as a second receiver process would open it. */
  reopen(): Promise<FullReceiptStore>
}

const STORES: { name: string; open(): Promise<Opened> }[] = [
  {
    name: 'memoryStore',
    open: () => {
      const store = memoryStore()
      return Promise.resolve({ store, reopen: () => Promise.resolve(store) })
    },
  },
  {
    name: 'sqliteStore',
    open: async () => {
      const table = freshTable()
      const db = await openSqlite(':memory:')
      return {
        store: sqliteStore(db, table),
        reopen: () => Promise.resolve(sqliteStore(db, table)),
      }
    },
  },
  {
    name: 'postgresStore',
    open: () => {
      const table = freshTable()
      // A loaded machine queues the bulk tests' inserts for seconds; the timeout has its own test.
      const open = () => postgresStore({ pool: newPool(), table, timeoutMs: 30_000 })
      return Promise.resolve({ store: open(), reopen: () => Promise.resolve(open()) })
    },
  },
]

/** Everything an export stream holds, one parsed receipt per line. */
async function exported(stream: ReadableStream<Uint8Array>): Promise<StoredReceipt[]> {
  const text = await new Response(stream).text()
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text
    .split('\n')
    .filter(line => line !== '')
    .map(line => JSON.parse(line) as StoredReceipt)
}

const NOW = Date.UTC(2026, 11, 4, 12)
const monthsAgo = (months: number, day = 15) => Date.UTC(2026, 11 - months, day, 12)

describe.each(STORES)('$name', ({ open }) => {
  it('stores a receipt once: a retry resolves false and adds nothing', async () => {
    const { store } = await open()
    const r = stored()
    expect(await store.add(r)).toBe(true)
    expect(await store.add(r)).toBe(false)
    expect(await store.history(r.consentId)).toEqual([r])
  })

  it('keeps one copy when two receivers get the same receipt at once', async () => {
    const { store, reopen } = await open()
    const other = await reopen()
    const r = stored()
    const results = await Promise.all([store.add(r), other.add(r), store.add(r), other.add(r)])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await other.history(r.consentId)).toHaveLength(1)
  })

  it('lists the history of one consent id only, oldest decision first, across months', async () => {
    const { store } = await open()
    const late = stored({ consentId: 'consent-a1', time: monthsAgo(0) })
    const early = stored({ consentId: 'consent-a1', time: monthsAgo(3) })
    const middle = stored({ consentId: 'consent-a1', time: monthsAgo(1) })
    await store.add(late)
    await store.add(early)
    await store.add(middle)
    await store.add(stored({ consentId: 'consent-b1', time: monthsAgo(2) }))
    expect(await store.history('consent-a1')).toEqual([early, middle, late])
    expect(await store.history('consent-c1')).toEqual([])
    expect(await store.list('consent-a1')).toEqual([early, middle, late])
  })

  it('keeps all of a burst of 1,000 receipts through the receiver, each once, with 100 retries among them', async () => {
    const { store } = await open()
    const receive = createReceiver({ store })
    const all = Array.from({ length: 1000 }, (_, i) =>
      stored({ consentId: 'consent' + String(i % 50).padStart(5, '0') }),
    )
    const bodies = all.map(({ received: _received, ...receipt }) => receipt)
    const answers = await Promise.all(
      [...bodies, ...bodies.slice(0, 100)].map(r => receive(post(r))),
    )
    expect(answers.filter(a => a.status === 201)).toHaveLength(1000)
    expect(answers.filter(a => a.status === 200)).toHaveLength(100)
    const rows = await exported(store.export())
    expect(rows).toHaveLength(1000)
    expect(new Set(rows.map(r => r.id))).toEqual(new Set(all.map(r => r.id)))
    expect(await store.history('consent00007')).toHaveLength(20)
  }, 30_000)

  it('exports a range as NDJSON: from inclusive, to exclusive, ordered by decision time, across pages', async () => {
    const { store } = await open()
    const start = monthsAgo(2, 1)
    // 2,500 receipts cross the export's pages of 1,000; a few share one millisecond.
    const all = Array.from({ length: 2500 }, (_, i) =>
      stored({ time: start + Math.floor(i / 3) * 1000 }),
    )
    for (let i = 0; i < all.length; i += 100) {
      await Promise.all(all.slice(i, i + 100).map(r => store.add(r)))
    }
    await store.add(stored({ time: start - 1 }))
    const from = all[0].time
    const to = all[2400].time
    const rows = await exported(store.export({ from: new Date(from), to }))
    const expected = all.filter(r => r.time >= from && r.time < to)
    expect(rows).toHaveLength(expected.length)
    expect(new Set(rows.map(r => r.id))).toEqual(new Set(expected.map(r => r.id)))
    const order = rows.map(r => [r.time, r.id] as const)
    const sorted = [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    expect(order).toEqual(sorted)
    // Every line is a whole receipt, fields in the documented order.
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'consentId',
      'time',
      'received',
      'revision',
      'policyUrl',
      'categories',
      'services',
      'method',
      'signals',
      'language',
      'origin',
      'path',
    ])
    expect(rows[0]).toEqual(all[0])
  }, 30_000)

  it('retain({ months }) removes what was decided before the months kept, and keeps the rest', async () => {
    const { store } = await open()
    const kept = [monthsAgo(0), monthsAgo(1), monthsAgo(2, 1)].map(time => stored({ time }))
    const dropped = [monthsAgo(3, 28), monthsAgo(14)].map(time => stored({ time }))
    for (const r of [...kept, ...dropped]) await store.add(r)
    expect(await store.retain({ months: 2, now: NOW })).toEqual({ before: Date.UTC(2026, 9, 1) })
    const left = await exported(store.export())
    expect(left.map(r => r.id).sort()).toEqual(kept.map(r => r.id).sort())
    // A receipt of a dropped month can arrive again (a late retry) and is stored anew.
    expect(await store.add(dropped[0])).toBe(true)
  })

  it('refuses retain without a whole number of months', async () => {
    const { store } = await open()
    await expect(store.retain({ months: 1.5 })).rejects.toThrow(TypeError)
  })
})

describe('sqliteStore on a file', () => {
  it('upgrades a 0.1 table in place and keeps its receipts', async () => {
    const db = await openSqlite(':memory:')
    db.exec(
      'CREATE TABLE consentry_receipts (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL)',
    )
    const old = stored()
    db.prepare('INSERT INTO consentry_receipts VALUES (?, ?, ?, ?, ?)').run(
      old.id,
      old.consentId,
      old.time,
      old.received,
      JSON.stringify(old),
    )
    const store = sqliteStore(db)
    sqliteStore(db)
    expect(await store.history(old.consentId)).toEqual([old])
    const versions = db.prepare('SELECT version FROM consentry_receipts_migrations').all()
    expect(versions).toEqual([{ version: 1 }, { version: 2 }])
    db.close()
  })

  it('refuses a table name that is not an identifier', async () => {
    const db = await openSqlite(':memory:')
    expect(() => sqliteStore(db, 'x; DROP TABLE y')).toThrow('invalid table name')
    db.close()
  })
})

describe('postgresStore in PostgreSQL', () => {
  const partitions = async (pool: pg.Pool, table: string) => {
    const result = await pool.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::regclass ORDER BY 1`,
      [table],
    )
    return result.rows.map(row => row.name)
  }

  it('migrates once when several receivers start together, and partitions by month of decision', async () => {
    const table = freshTable()
    const stores = [1, 2, 3, 4].map(() => postgresStore({ pool: newPool(2), table }))
    await Promise.all(stores.map(store => store.add(stored({ time: monthsAgo(5) }))))
    const pool = newPool(1)
    const versions = await pool.query(`SELECT version FROM ${table}_migrations`)
    expect(versions.rows).toEqual(
      postgresMigrations(table).map(step => ({ version: step.version })),
    )
    const month = new Date(monthsAgo(5))
    const name = `${table}_${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`
    expect(await partitions(pool, table)).toContain(name)
    const rows = await pool.query(`SELECT count(*)::int AS n FROM ${name}`)
    expect(rows.rows).toEqual([{ n: 4 }])
  })

  it('retain drops whole partitions, not rows', async () => {
    const table = freshTable()
    const pool = newPool(2)
    const store = postgresStore({ pool, table })
    for (const months of [0, 1, 2, 3, 4])
      await store.add(stored({ time: Date.now() - months * 31 * DAY }))
    const before = await partitions(pool, table)
    const { before: cutoff } = await store.retain({ months: 2 })
    const after = await partitions(pool, table)
    const ends = (name: string) => {
      const [year, month] = name
        .slice(table.length + 1)
        .split('_')
        .map(Number)
      return Date.UTC(year, month, 1)
    }
    expect(after).toEqual(before.filter(name => ends(name) > cutoff))
    expect(after.length).toBeLessThan(before.length)
  })

  it('answers 503 while the database is down, without crashing, and stores the retry once it is back', async () => {
    const table = freshTable()
    const pool = newPool(2)
    const errors: unknown[] = []
    const receive = createReceiver({
      store: postgresStore({ pool, table, timeoutMs: 3000 }),
      onError: e => errors.push(e),
    })
    expect((await receive(post(receipt()))).status).toBe(201)
    await cluster.stop()
    try {
      const r = receipt()
      const down = await receive(post(r))
      expect(down.status).toBe(503)
      expect(down.headers.get('retry-after')).toBe('30')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toBeInstanceOf(ReceiptStoreError)
      expect(String(errors[0])).toMatch(/^ReceiptStoreError: postgresStore: storing a receipt/)
      await cluster.start()
      // The browser sends the same receipt again: stored now, and only once.
      const answers = []
      for (let tries = 0; tries < 20; tries++) {
        const res = await receive(post(r))
        answers.push(res.status)
        if (res.status !== 503) break
        await new Promise(resolve => setTimeout(resolve, 100))
      }
      expect(answers.at(-1)).toBe(201)
      expect((await receive(post(r))).status).toBe(200)
    } finally {
      await cluster.start().catch(() => {})
    }
  }, 60_000)

  it('fails with a ReceiptStoreError when the database does not answer in time', async () => {
    const silent = {
      query: () => new Promise<never>(() => {}),
      connect: () => new Promise<never>(() => {}),
      on: () => {},
    }
    const store = postgresStore({ pool: silent, timeoutMs: 50 })
    await expect(store.add(stored())).rejects.toThrow(
      'postgresStore: storing a receipt: no answer in 50 ms',
    )
  })
})
