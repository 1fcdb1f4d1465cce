import { ReceiptError, validateReceipt } from './schema'
import type { ReceiptStore } from './stores'

/** Options of `createReceiver`. */
export interface ReceiverOptions {
  /** Where receipts go (`memoryStore()`, `sqliteStore(db)`, or your own). */
  store: ReceiptStore
  /** Largest body accepted, in bytes (default 16384: a receipt with 200 services is about 5 KB). */
  maxBytes?: number
  /**
   * `Access-Control-Allow-Origin` for a receiver on another origin than the site's pages
   * (the browser sends `text/plain`, so there is no preflight, but it must read the answer
   * to know the receipt arrived). Same origin needs nothing.
   */
  allowOrigin?: string
  /**
   * Who may list a consent id's history (GET). Default: anyone holding the id, a random
   * 72-bit value that only the visitor's cookie and your store know.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>
}

/** Reads at most `max` bytes of a body; null when there are more. */
async function readBody(request: Request, max: number): Promise<string | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const all = new Uint8Array(size)
  let at = 0
  for (const c of chunks) all.set(c, (at += c.byteLength) - c.byteLength)
  return new TextDecoder('utf-8', { fatal: true }).decode(all)
}

/**
 * A consent receipt endpoint on the web `Request`/`Response` types (Node 20+, Deno, Bun,
 * workers). POST: stores one receipt (201; 200 for a copy already stored; 400 naming the
 * bad field; 413 when too large). GET `?consent=<id>`: that consent id's history, oldest
 * first. A failing store answers 500, so the browser keeps the receipt and retries.
 * @example
 * const receive = createReceiver({ store: sqliteStore(new Database('receipts.db')) })
 * export default { fetch: receive } // or: app.all('/api/receipts', req => receive(req))
 */
export function createReceiver(options: ReceiverOptions): (request: Request) => Promise<Response> {
  const { store, maxBytes = 16384, allowOrigin, authorize } = options
  const cors: Record<string, string> = allowOrigin
    ? { 'access-control-allow-origin': allowOrigin, vary: 'origin' }
    : {}
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        ...cors,
        ...headers,
      },
    })
  const error = (status: number, message: string, field?: string) =>
    json(status, field ? { error: message, field } : { error: message })

  return async request => {
    try {
      if (request.method == 'OPTIONS')
        return new Response(null, {
          status: 204,
          headers: {
            ...cors,
            'access-control-allow-methods': 'POST, GET',
            'access-control-allow-headers': 'content-type',
          },
        })
      if (request.method == 'GET') {
        const id = new URL(request.url).searchParams.get('consent') || ''
        if (!/^[\w-]{8,40}$/.test(id))
          return error(400, 'consent: expected a consent id in ?consent=', 'consent')
        if (authorize && !(await authorize(request)))
          return error(403, 'not allowed to list receipts')
        return json(200, { consentId: id, receipts: await store.list(id) })
      }
      if (request.method != 'POST')
        return json(405, { error: 'expected POST or GET' }, { allow: 'POST, GET, OPTIONS' })
      // Content-Length first, so a large body is refused before it is read; then the bytes actually read.
      const length = Number(request.headers.get('content-length'))
      if (length > maxBytes) return error(413, `body larger than ${maxBytes} bytes`)
      let body: string | null
      try {
        body = await readBody(request, maxBytes)
      } catch {
        return error(400, 'body is not valid UTF-8')
      }
      if (body === null) return error(413, `body larger than ${maxBytes} bytes`)
      let value: unknown
      try {
        value = JSON.parse(body)
      } catch {
        return error(400, 'body is not valid JSON')
      }
      let receipt
      try {
        receipt = validateReceipt(value)
      } catch (e) {
        if (e instanceof ReceiptError) return error(400, e.message, e.field)
        throw e
      }
      const stored = await store.add({ ...receipt, received: Date.now() })
      return json(stored ? 201 : 200, { id: receipt.id, stored })
    } catch {
      // The store failed: 5xx tells the browser to keep the receipt and try again later.
      return error(500, 'could not store the receipt')
    }
  }
}
