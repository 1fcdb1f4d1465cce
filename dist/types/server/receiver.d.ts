import type { ReceiptStore } from './stores';
/** Options of `createReceiver`. */
export interface ReceiverOptions {
    /** Where receipts go (`memoryStore()`, `sqliteStore(db)`, or your own). */
    store: ReceiptStore;
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
export declare function createReceiver(options: ReceiverOptions): (request: Request) => Promise<Response>;
