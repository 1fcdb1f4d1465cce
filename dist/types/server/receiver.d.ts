import { type BindingOptions } from './binding';
import { type LegacyReceiptStore, type ReceiptStore } from './stores';
/** Options of `createReceiver`. */
export interface ReceiverOptions {
    /** Where receipts go (`memoryStore()`, `sqliteStore(db)`, `postgresStore({ pool })`, or your own). */
    store: ReceiptStore | LegacyReceiptStore;
    /** Largest body accepted, in bytes (default 16384: a receipt with 200 services is about 5 KB). */
    maxBytes?: number;
    /**
     * `Access-Control-Allow-Origin` for a receiver on another origin than the site's pages
     * (the browser sends `text/plain`, so there is no preflight, but it must read the answer
     * to know the receipt arrived). Same origin needs nothing.
     */
    allowOrigin?: string;
    /**
     * Who may list a consent id's history (GET). Default: anyone holding the id, a random
     * 72-bit value that only the visitor's cookie and your store know.
     */
    authorize?: (request: Request) => boolean | Promise<boolean>;
    /**
     * Page origins allowed to post receipts, e.g. `['https://www.example.com']`. A POST whose
     * `Origin` header is missing or not listed is refused (403), and so is a receipt whose
     * `origin` field differs from that header (400). This stops other sites from making
     * visitors' browsers post receipts; a script outside a browser can send any header.
     */
    origins?: readonly string[];
    /**
     * At most `requests` per client address in each window of `perSeconds` (default 60);
     * more answer 429 with `Retry-After`, and the browser tries again later. Counted in the
     * memory of this process: with several receivers, each counts alone, so a limit shared
     * by all of them belongs to the load balancer or proxy in front.
     */
    rateLimit?: {
        requests: number;
        perSeconds?: number;
    };
    /**
     * The client address a request is counted under (default: `client.address`, the second
     * argument of the handler). Behind a proxy, take it from the header your proxy sets.
     * Requests with no address share one count.
     */
    clientAddress?: (request: Request, client: ClientInfo | undefined) => string;
    /**
     * Oldest decision time accepted, in days before now (default 400); a decision more than a
     * day in the future is refused too. A visitor's clock can be wrong, but not by years: this
     * keeps a forged time from filling the store with partitions for far-off months.
     */
    maxAgeDays?: number;
    /**
     * Binds each consent id to the browser that sent its first receipt: the answer sets an
     * HttpOnly cookie holding an HMAC of the consent id, and later receipts of that id (and
     * its history, unless `authorize` allows) need it (403 without). Someone who learned a
     * visitor's consent id cannot add to or read that visitor's history from elsewhere. Needs
     * a receiver on the site's own origin and a browser that sends cookies with receipts.
     */
    binding?: BindingOptions;
    /** Called with every store failure the receiver answered with 503 (default `console.error`). */
    onError?: (error: unknown) => void;
}
/** What the server knows of the connection, passed beside the request (e.g. `{ address: req.socket.remoteAddress }`). */
export interface ClientInfo {
    address?: string;
}
/** The receiver: a web-standard handler. */
export type Receiver = (request: Request, client?: ClientInfo) => Promise<Response>;
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
export declare function createReceiver(options: ReceiverOptions): Receiver;
