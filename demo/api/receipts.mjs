// POST /api/receipts and GET /api/receipts?consent=<id>: the reference receiver of
// `consentry/server` (the built dist/server.js, as a site would import it), storing
// receipts in a real SQLite file, demo/.data/receipts.db.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { createReceiver, sqliteStore } from '../../dist/server.js'

// demo/.data/receipts.db, or $CONSENTRY_RECEIPTS_DB (tests point it at a temporary file).
const FILE =
  process.env.CONSENTRY_RECEIPTS_DB ||
  fileURLToPath(new URL('../.data/receipts.db', import.meta.url))
let receive = null

/** Opens the database on first use, so merely loading the demo creates no file. */
function receiver() {
  if (!receive) {
    mkdirSync(dirname(FILE), { recursive: true })
    const db = new Database(FILE)
    // WAL: readers (the inspector's GET) never wait for a writer.
    db.pragma('journal_mode = WAL')
    // With WAL, NORMAL keeps every commit through a crash of the process without an fsync each.
    db.pragma('synchronous = NORMAL')
    receive = createReceiver({ store: sqliteStore(db), maxBytes: 16384 })
  }
  return receive
}

/**
 * A node:http request as a web `Request`; the body stays a stream, so the receiver's
 * size limit applies while it is read.
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 */
export function toRequest(req, url) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const each of [value].flat()) headers.append(name, each)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const body = hasBody ? Readable.toWeb(req) : undefined
  return new Request(url, { method: req.method, headers, body, duplex: 'half' })
}

/**
 * Writes a web `Response` to a node:http response.
 * @param {Response} response
 * @param {import('node:http').ServerResponse} res
 */
export async function sendResponse(response, res) {
  const headers = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const setCookie = response.headers.getSetCookie()
  if (setCookie.length) headers['set-cookie'] = setCookie
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * Handles `/api/receipts`; returns false for any other path.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function handle(req, res, url) {
  if (url.pathname !== '/api/receipts') return false
  const client = { address: req.socket.remoteAddress }
  await sendResponse(await receiver()(toRequest(req, url), client), res)
  return true
}
