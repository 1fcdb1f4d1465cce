import { type BindingOptions, bindingCookieHeader, checkBinding, hasBinding } from './binding'
import { ReceiptError, validateReceipt } from './schema'
import { type LegacyReceiptStore, type ReceiptStore, historyOf } from './stores'

/** Options of `createReceiver`. */
export interface ReceiverOptions {
  /** Where receipts go (`memoryStore()`, `sqliteStore(db)`, `postgresStore({ pool })`, or your own). */
  store: ReceiptStore | LegacyReceiptStore
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
  /**
   * Page origins allowed to post receipts, e.g. `['https://www.example.com']`. A POST whose
   * `Origin` header is missing or not listed is refused (403), and so is a receipt whose
   * `origin` field differs from that header (400). This stops other sites from making
   * visitors' browsers post receipts; a script outside a browser can send any header.
   */
  origins?: readonly string[]
  /**
   * At most `requests` per client address in each window of `perSeconds` (default 60);
   * more answer 429 with `Retry-After`, and the browser tries again later. Counted in the
   * memory of this process: with several receivers, each counts alone, so a limit shared
   * by all of them belongs to the load balancer or proxy in front.
   */
  rateLimit?: { requests: number; perSeconds?: number }
  /**
   * The client address a request is counted under (default: `client.address`, the second
   * argument of the handler). Behind a proxy, take it from the header your proxy sets.
   * Requests with no address share one count.
   */
  clientAddress?: (request: Request, client: ClientInfo | undefined) => string
  /**
   * Oldest decision time accepted, in days before now (default 400); a decision more than a
   * day in the future is refused too. A visitor's clock can be wrong, but not by years: this
   * keeps a forged time from filling the store with partitions for far-off months.
   */
  maxAgeDays?: number
  /**
   * Binds each consent id to the browser that sent its first receipt: the answer sets an
   * HttpOnly cookie holding an HMAC of the consent id, and later receipts of that id (and
   * its history, unless `authorize` allows) need it (403 without). Someone who learned a
   * visitor's consent id cannot add to or read that visitor's history from elsewhere. Needs
   * a receiver on the site's own origin and a browser that sends cookies with receipts.
   */
  binding?: BindingOptions
  /** Called with every store failure the receiver answered with 503 (default `console.error`). */
  onError?: (error: unknown) => void
}

/** What the server knows of the connection, passed beside the request (e.g. `{ address: req.socket.remoteAddress }`). */
export interface ClientInfo {
  address?: string
}

/** The receiver: a web-standard handler. */
export type Receiver = (request: Request, client?: ClientInfo) => Promise<Response>

/**
 * The body types a browser's `fetch` and `sendBeacon` give a JSON string: `text/plain`
 * (CORS-safelisted, so no preflight), or `application/json` from a server-side client.
 */
const BODY_TYPES = ['text/plain', 'application/json']

function mediaType(contentType: string | null): string {
  const [type = ''] = (contentType ?? '').split(';')
  return type.trim().toLowerCase()
}

/** Counts requests per key in fixed windows; the whole table is dropped when a window ends. */
function fixedWindowCounter(limit: number, windowMs: number) {
  let windowStart = 0
  let counts = new Map<string, number>()
  return {
    /** Counts one request; the seconds until the window ends when it is over the limit, else 0. */
    hit(key: string, now: number): number {
      if (now - windowStart >= windowMs) {
        windowStart = now
        counts = new Map()
      }
      const count = (counts.get(key) ?? 0) + 1
      counts.set(key, count)
      if (count <= limit) return 0
      return Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000))
    },
  }
}

const DAY_MS = 86_400_000

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
 * bad field; 403 from an origin not allowed; 413 when too large; 415 for another body
 * type; 429 over the rate limit). GET `?consent=<id>`: that consent id's history, oldest
 * first. A failing store answers 503, so the browser keeps the receipt and retries.
 * @example
 * const receive = createReceiver({ store: sqliteStore(new Database('receipts.db')) })
 * export default { fetch: receive } // or: app.all('/api/receipts', req => receive(req))
 */
export function createReceiver(options: ReceiverOptions): Receiver {
  const { store, maxBytes = 16384, allowOrigin, authorize, origins, rateLimit } = options
  const { maxAgeDays = 400, onError = console.error, binding } = options
  if (binding) checkBinding(binding)
  const clientAddress =
    options.clientAddress ?? ((_request: Request, client?: ClientInfo) => client?.address ?? '')
  const counter = rateLimit
    ? fixedWindowCounter(rateLimit.requests, (rateLimit.perSeconds ?? 60) * 1000)
    : null
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

  async function mayList(request: Request, consentId: string): Promise<boolean> {
    if (binding && (await hasBinding(binding, request.headers.get('cookie'), consentId))) {
      return true
    }
    if (authorize) return await authorize(request)
    // With a binding, holding the id is not enough; without one it is (the 0.1 default).
    return !binding
  }

  async function history(request: Request): Promise<Response> {
    const consentId = new URL(request.url).searchParams.get('consent') ?? ''
    if (!/^[\w-]{8,40}$/.test(consentId)) {
      return error(400, 'consent: expected a consent id in ?consent=', 'consent')
    }
    if (!(await mayList(request, consentId))) return error(403, 'not allowed to list receipts')
    return json(200, { consentId, receipts: await historyOf(store, consentId) })
  }

  async function receive(request: Request): Promise<Response> {
    const requestOrigin = request.headers.get('origin')
    if (origins && !(requestOrigin && origins.includes(requestOrigin))) {
      return error(403, 'origin not allowed to post receipts')
    }
    if (!BODY_TYPES.includes(mediaType(request.headers.get('content-type')))) {
      return error(415, 'expected a body of type text/plain or application/json')
    }
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
    if (origins && receipt.origin !== requestOrigin) {
      return error(400, 'origin: differs from the Origin header', 'origin')
    }
    const received = Date.now()
    const age = received - receipt.time
    if (age > maxAgeDays * DAY_MS || age < -DAY_MS) {
      return error(
        400,
        `time: expected a decision from the last ${maxAgeDays} days, not in the future`,
        'time',
      )
    }
    let setCookie: Record<string, string> = {}
    if (binding) {
      const bound = await hasBinding(binding, request.headers.get('cookie'), receipt.consentId)
      if (!bound) {
        // Trust on first use: a consent id with no history yet is bound to whoever sends it.
        const earlier = await historyOf(store, receipt.consentId)
        if (earlier.some(other => other.id === receipt.id)) {
          return json(200, { id: receipt.id, stored: false })
        }
        if (earlier.length > 0) {
          return error(403, 'consentId: bound to another browser', 'consentId')
        }
      }
      setCookie = { 'set-cookie': await bindingCookieHeader(binding, receipt.consentId) }
    }
    const stored = await store.add({ ...receipt, received })
    return json(stored ? 201 : 200, { id: receipt.id, stored }, setCookie)
  }

  return async (request, client) => {
    if (counter) {
      const retryAfter = counter.hit(clientAddress(request, client), Date.now())
      if (retryAfter) {
        return json(429, { error: 'too many requests' }, { 'retry-after': String(retryAfter) })
      }
    }
    try {
      if (request.method === 'OPTIONS') return preflight()
      if (request.method === 'GET') return await history(request)
      if (request.method === 'POST') return await receive(request)
      return json(405, { error: 'expected POST or GET' }, { allow: 'POST, GET, OPTIONS' })
    } catch (e) {
      // The store failed: 5xx tells the browser to keep the receipt and try again later.
      onError(e)
      return json(
        503,
        { error: 'receipt store unavailable, try again later' },
        { 'retry-after': '30' },
      )
    }
  }
}
