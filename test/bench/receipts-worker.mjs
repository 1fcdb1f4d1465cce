// One receiver process of `npm run bench:receipts`: the shipped receiver (dist/server.js)
// behind node:http, storing into SQLite or PostgreSQL as the environment says. Started by
// node:cluster from test/bench/receipts.mjs; all workers share one port.
import { createServer } from 'node:http'
import Database from 'better-sqlite3'
import pg from 'pg'
import { createReceiver, postgresStore, sqliteStore } from '../../dist/server.js'
import { sendResponse, toRequest } from '../../demo/api/receipts.mjs'

const { BENCH_STORE, BENCH_SQLITE_FILE, BENCH_PG_HOST, BENCH_PG_TABLE, BENCH_POOL } = process.env

function openStore() {
  if (BENCH_STORE === 'sqlite') {
    const db = new Database(BENCH_SQLITE_FILE)
    db.pragma('journal_mode = WAL')
    // The setting the docs recommend with WAL: a commit survives a crash of the process;
    // only a power loss can take the last ones. BENCH_DURABLE=0: no fsync at all.
    db.pragma(process.env.BENCH_DURABLE === '0' ? 'synchronous = OFF' : 'synchronous = NORMAL')
    return sqliteStore(db)
  }
  const pool = new pg.Pool({
    host: BENCH_PG_HOST,
    user: 'postgres',
    database: 'postgres',
    max: Number(BENCH_POOL),
    connectionTimeoutMillis: 2000,
  })
  return postgresStore({ pool, table: BENCH_PG_TABLE })
}

const receive = createReceiver({ store: openStore(), onError: () => {} })

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1')
  // The generator marks the receipts that get one 503 before they are taken, as a receiver
  // whose database is briefly away would answer them.
  if (req.headers['x-bench-fail-once'] === '1') {
    req.resume()
    res.writeHead(503, { 'retry-after': '1' }).end()
    return
  }
  const response = await receive(toRequest(req, url), { address: req.socket.remoteAddress })
  await sendResponse(response, res)
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  process.send({ port: server.address().port })
})
