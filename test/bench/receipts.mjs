// `npm run bench:receipts`: many receivers, one store. node:cluster starts N receiver
// processes (test/bench/receipts-worker.mjs) on one loopback port; a load generator in this
// process sends COUNT receipts, 10% of them twice and 5% answered 503 once and sent again,
// against SQLite (one process) and a real PostgreSQL (N = 1, 2, 4), then one run where a
// receiver is killed half-way. It counts the rows afterwards: exactly one per receipt id,
// none missing. Writes test/bench/receipts-results.md and the table into README.md and
// docs/receipts.md (between `<!-- bench:receipts -->` markers). A benchmark, not a test.
//   BENCH_RECEIPTS=10000 npm run bench:receipts   (a quick run; default 100000; a run of
//   fewer receipts, or of only some rows, writes the results file but not the docs)
//   node test/bench/receipts.mjs --publish       (the docs from the last results file)
import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import os from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { startPostgres } from '../setup/postgres.mjs'

const COUNT = Math.max(100, parseInt(process.env.BENCH_RECEIPTS || '', 10) || 100_000)
// BENCH_DURABLE=0 turns fsync off in both stores, to tell disk waits from CPU limits.
const DURABLE = process.env.BENCH_DURABLE !== '0'
// BENCH_ONLY=postgres-4 runs only the runs whose label starts so (sqlite-1, postgres-1, ..., kill).
const ONLY = process.env.BENCH_ONLY || ''
const CONCURRENCY = 64
const MAX_ATTEMPTS = 60
const POOL_PER_RECEIVER = 8
const WORKER = new URL('./receipts-worker.mjs', import.meta.url).pathname
const OUT = new URL('./receipts-results.md', import.meta.url).pathname
const DOCS = ['../../README.md', '../../docs/receipts.md'].map(
  path => new URL(path, import.meta.url).pathname,
)
const MARKER_START = '<!-- bench:receipts -->'
const MARKER_END = '<!-- /bench:receipts -->'
const DAY = 86_400_000

const log = (...args) => console.error('[bench:receipts]', ...args)

/** COUNT receipts over 50 days (two or three monthly partitions), five per consent id. */
function makeReceipts(count) {
  const now = Date.now()
  const receipts = []
  let consentId = ''
  for (let i = 0; i < count; i++) {
    if (i % 5 === 0) consentId = randomBytes(12).toString('base64url')
    const time = now - Math.floor(Math.random() * 50 * DAY)
    receipts.push({
      id: `${consentId}.${time.toString(36)}.${i.toString(36)}`,
      consentId,
      time,
      revision: 3,
      policyUrl: 'https://www.example.com/privacy',
      categories: { necessary: true, analytics: i % 2 === 0, marketing: false },
      services: { ga: i % 2 === 0, ads: false },
      method: i % 2 === 0 ? 'accept-all' : 'reject-all',
      signals: { dnt: false, gpc: i % 7 === 0 },
      language: 'en',
      origin: 'https://www.example.com',
      path: '/pricing',
    })
  }
  return receipts
}

/** One POST; resolves with the status, or 0 for a connection error (a receiver that died). */
function send(port, agent, body, failOnce) {
  return new Promise(resolve => {
    const headers = {
      'content-type': 'text/plain;charset=UTF-8',
      origin: 'https://www.example.com',
    }
    if (failOnce) headers['x-bench-fail-once'] = '1'
    const req = request(
      { host: '127.0.0.1', port, path: '/api/receipts', method: 'POST', agent, headers },
      res => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
        res.on('error', () => resolve(0))
      },
    )
    req.on('error', () => resolve(0))
    req.setTimeout(30_000, () => req.destroy())
    req.end(body)
  })
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Sends every receipt until the receiver accepts it (2xx), as the browser's outbox does:
 * 5xx and connection errors are tried again after a short pause, a bounded number of times.
 */
async function load(port, receipts, { onHalf } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const jobs = []
  receipts.forEach((receipt, i) => {
    const body = JSON.stringify(receipt)
    jobs.push({ body, failOnce: i % 20 === 7, id: receipt.id })
    // 10% sent twice: a second tab, or an answer the browser never saw.
    if (i % 10 === 3) jobs.push({ body, failOnce: false, id: receipt.id })
  })
  const latencies = []
  const statuses = new Map()
  let requests = 0
  let gaveUp = 0
  let next = 0
  let halfDone = false
  const started = performance.now()
  async function lane() {
    while (next < jobs.length) {
      const job = jobs[next++]
      if (!halfDone && next >= jobs.length / 2 && onHalf) {
        halfDone = true
        onHalf()
      }
      let failOnce = job.failOnce
      let accepted = false
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !accepted; attempt++) {
        const t0 = performance.now()
        const status = await send(port, agent, job.body, failOnce)
        latencies.push(performance.now() - t0)
        requests++
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        failOnce = false
        if (status >= 200 && status < 300) accepted = true
        else if (status >= 400 && status < 500)
          throw new Error(`receiver refused a receipt: ${status}`)
        else await sleep(Math.min(1000, 20 * 2 ** attempt))
      }
      if (!accepted) gaveUp++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
  return {
    sends: jobs.length,
    requests,
    seconds,
    perSecond: receipts.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
    gaveUp,
  }
}

/** Starts N receivers on one port; resolves with the port and the workers. */
async function startReceivers(n, env) {
  cluster.setupPrimary({ exec: WORKER, silent: false })
  const workers = []
  const ports = []
  for (let i = 0; i < n; i++) {
    const worker = cluster.fork(env)
    workers.push(worker)
    ports.push(
      new Promise((resolve, reject) => {
        worker.once('message', message => resolve(message.port))
        worker.once('exit', code => reject(new Error(`receiver exited early (${code})`)))
      }),
    )
  }
  const all = await Promise.all(ports)
  if (new Set(all).size !== 1) throw new Error('receivers listen on different ports: ' + all)
  return { port: all[0], workers }
}

async function stopReceivers(workers) {
  await Promise.all(
    workers
      .filter(worker => !worker.isDead())
      .map(
        worker =>
          new Promise(resolve => {
            worker.once('exit', resolve)
            worker.kill()
          }),
      ),
  )
}

/** Every stored receipt id, and how many rows there are. */
async function storedIds(run) {
  if (run.store === 'sqlite') {
    const db = new Database(run.file, { readonly: true })
    const ids = db
      .prepare('SELECT id FROM consentry_receipts')
      .all()
      .map(row => row.id)
    db.close()
    return ids
  }
  const pool = new pg.Pool({ host: run.pgHost, user: 'postgres', database: 'postgres', max: 1 })
  const result = await pool.query(`SELECT id FROM ${run.table}`)
  await pool.end()
  return result.rows.map(row => row.id)
}

async function benchRun(run, receipts) {
  const env = {
    BENCH_STORE: run.store,
    BENCH_SQLITE_FILE: run.file ?? '',
    BENCH_PG_HOST: run.pgHost ?? '',
    BENCH_PG_TABLE: run.table ?? '',
    BENCH_POOL: String(POOL_PER_RECEIVER),
    BENCH_DURABLE: DURABLE ? '1' : '0',
  }
  const { port, workers } = await startReceivers(run.receivers, env)
  let killed = 0
  const onHalf = run.kill
    ? () => {
        killed = workers[0].process.pid
        workers[0].process.kill('SIGKILL')
      }
    : undefined
  const result = await load(port, receipts, { onHalf })
  await stopReceivers(workers)
  const ids = await storedIds(run)
  const distinct = new Set(ids)
  const missing = receipts.filter(receipt => !distinct.has(receipt.id)).length
  const duplicated = ids.length - distinct.size
  return { ...run, ...result, rows: ids.length, missing, duplicated, killed }
}

function machineLine(pgVersion, settings) {
  const cpu = os.cpus()
  const load = os
    .loadavg()
    .map(value => value.toFixed(2))
    .join(', ')
  return (
    `Measured ${new Date().toISOString()} on ${cpu[0]?.model.trim() ?? 'unknown CPU'} ` +
    `(${cpu.length} cores, ${os.type()} ${os.release()} ${os.arch()}), Node ${process.version}, ` +
    `${pgVersion} (${settings}); load generator in the same machine over loopback, ` +
    `${CONCURRENCY} requests in flight, ${POOL_PER_RECEIVER} connections per receiver; ` +
    `1-minute load average at the end: ${load}.`
  )
}

const ms = value => value.toFixed(1)

function markdown(results, machine) {
  const lines = [
    '# Receipts at scale: many receivers, one store',
    '',
    machine,
    '',
    `Each row: ${COUNT.toLocaleString('en')} receipts, 10% sent twice, 5% answered 503 once and sent again; ` +
      'every 5xx or connection error is retried until the receiver accepts it. ' +
      'Latency is per HTTP request, retries included. Generated by `npm run bench:receipts` (test/bench/receipts.mjs).',
    '',
    '| store | receivers | receipts/s | p50 ms | p99 ms | requests | rows | distinct ids | missing | duplicated | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const r of results) {
    const notes = []
    if (r.kill) notes.push(`receiver ${r.killed} killed (SIGKILL) half-way`)
    const statuses = Object.entries(r.statuses)
      .map(([status, n]) => `${status === '0' ? 'conn. error' : status}: ${n}`)
      .join(', ')
    notes.push(statuses)
    if (r.gaveUp) notes.push(`${r.gaveUp} gave up`)
    lines.push(
      `| ${r.store === 'sqlite' ? 'SQLite (WAL)' : 'PostgreSQL'} | ${r.receivers} | ${Math.round(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.requests} | ${r.rows} | ${r.rows - r.duplicated} | ${r.missing} | ${r.duplicated} | ${notes.join('; ')} |`,
    )
  }
  lines.push('')
  return lines.join('\n')
}

/** The table and the machine line of a results file, as they go into the docs. */
function publishedPart(results) {
  const lines = results.split('\n')
  const machine = lines.find(line => line.startsWith('Measured '))
  const table = lines.filter(line => line.startsWith('|'))
  return [machine, '', ...table].join('\n')
}

/** Replaces what stands between the markers in each document with the latest figures. */
function publish(results) {
  const part = publishedPart(results)
  for (const path of DOCS) {
    const text = readFileSync(path, 'utf8')
    const start = text.indexOf(MARKER_START)
    const end = text.indexOf(MARKER_END)
    if (start < 0 || end < start) throw new Error(`${path}: no ${MARKER_START} markers`)
    const before = text.slice(0, start + MARKER_START.length)
    const after = text.slice(end)
    writeFileSync(path, `${before}\n${part}\n${after}`)
    log(`wrote the table into ${path}`)
  }
}

async function main() {
  log(`${COUNT} receipts per run`)
  const receipts = makeReceipts(COUNT)
  const dir = mkdtempSync(join(os.tmpdir(), 'consentry-bench-'))
  const postgres = await startPostgres({ durable: DURABLE, maxConnections: 60 })
  const results = []
  try {
    const versionPool = new pg.Pool({
      host: postgres.host,
      user: 'postgres',
      database: 'postgres',
      max: 1,
    })
    const version = (await versionPool.query('SHOW server_version')).rows[0].server_version
    await versionPool.end()
    const runs = [
      { store: 'sqlite', receivers: 1, file: join(dir, 'receipts.db') },
      ...[1, 2, 4].map(n => ({
        store: 'postgres',
        receivers: n,
        pgHost: postgres.host,
        table: `receipts_n${n}`,
      })),
      {
        store: 'postgres',
        receivers: 4,
        pgHost: postgres.host,
        table: 'receipts_kill',
        kill: true,
      },
    ]
    const label = run => (run.kill ? 'kill' : `${run.store}-${run.receivers}`)
    for (const run of runs.filter(run => label(run).startsWith(ONLY))) {
      log(`${run.store}, ${run.receivers} receiver(s)${run.kill ? ', one killed half-way' : ''}`)
      const result = await benchRun(run, receipts)
      log(
        `  ${Math.round(result.perSecond)} receipts/s, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ` +
          `${result.rows} rows, ${result.missing} missing, ${result.duplicated} duplicated`,
      )
      results.push(result)
    }
    const machine = machineLine(
      `PostgreSQL ${version}`,
      DURABLE
        ? 'a fresh cluster on a unix socket, default durability: fsync and synchronous_commit on'
        : 'a fresh cluster on a unix socket, fsync and synchronous_commit OFF',
    )
    const text = markdown(results, machine)
    writeFileSync(OUT, text)
    console.log(text)
    const complete = COUNT === 100_000 && ONLY === '' && results.length === runs.length
    if (complete) publish(text)
  } finally {
    await postgres.remove()
    rmSync(dir, { recursive: true, force: true })
  }
  const bad = results.filter(r => r.missing || r.duplicated || r.gaveUp)
  if (bad.length) {
    log('FAILED: some run lost or duplicated receipts')
    process.exitCode = 1
  }
}

if (process.argv.includes('--publish')) {
  publish(readFileSync(OUT, 'utf8'))
} else {
  await main()
}
