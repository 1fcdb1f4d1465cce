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

/** Thrown by `readBody` when the body has more bytes than allowed. */
class TooLarge extends Error {}

/** Reads at most `max` bytes of a body, then stops reading and cancels the rest. */
async function readBody(request: Request, max: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      // The sender may still be sending; nothing more of it is read.
      await reader.cancel().catch(() => {})
      throw new TooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
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
  const corsHeaders: Record<string, string> = {}
  if (allowOrigin) {
    corsHeaders['access-control-allow-origin'] = allowOrigin
    corsHeaders.vary = 'origin'
  }

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        ...corsHeaders,
        ...headers,
      },
    })
  const error = (status: number, message: string, field?: string) => {
    if (field) return json(status, { error: message, field })
    return json(status, { error: message })
  }
  const tooLarge = () => error(413, `body larger than ${maxBytes} bytes`)

  const preflight = () =>
    new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders,
        'access-control-allow-methods': 'POST, GET',
        'access-control-allow-headers': 'content-type',
      },
    })

  async function history(request: Request): Promise<Response> {
    const consentId = new URL(request.url).searchParams.get('consent') ?? ''
    if (!/^[\w-]{8,40}$/.test(consentId)) {
      return error(400, 'consent: expected a consent id in ?consent=', 'consent')
    }
    if (authorize && !(await authorize(request))) return error(403, 'not allowed to list receipts')
    return json(200, { consentId, receipts: await store.list(consentId) })
  }

  async function receive(request: Request): Promise<Response> {
    // Content-Length first, so a large body is refused before it is read; then the bytes actually read.
    const declaredLength = Number(request.headers.get('content-length'))
    if (declaredLength > maxBytes) return tooLarge()
    let text: string
    try {
      const bytes = await readBody(request, maxBytes)
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch (e) {
      if (e instanceof TooLarge) return tooLarge()
      return error(400, 'body is not valid UTF-8')
    }
    let value: unknown
    try {
      value = JSON.parse(text)
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
  }

  return async request => {
    try {
      if (request.method === 'OPTIONS') return preflight()
      if (request.method === 'GET') return await history(request)
      if (request.method === 'POST') return await receive(request)
      return json(405, { error: 'expected POST or GET' }, { allow: 'POST, GET, OPTIONS' })
    } catch {
      // The store failed: 5xx tells the browser to keep the receipt and try again later.
      return error(500, 'could not store the receipt')
    }
  }
}
