import { l as lifetimeDays, D as DAY, c as cookieName, d as decide, v as validateConfig } from './chunks/config.js';
import { a as encodeRecord, d as decodeRecord } from './chunks/error.js';
import 'js-cookie';
import './chunks/own.js';

/** A receipt that does not match the schema; `field` names the offending path. */
class ReceiptError extends Error {
    constructor(field, message) {
        super(field + ': ' + message);
        this.name = 'ReceiptError';
        this.field = field;
    }
}
const bad = (field, message) => {
    throw new ReceiptError(field, message);
};
const isObject = (v) => !!v && typeof v == 'object' && !Array.isArray(v);
/** Same shapes as the browser side: consent ids from the codec, names from the config validator. */
const CONSENT_ID = /^[\w-]{8,40}$/;
const RECEIPT_ID = /^[\w.-]{8,64}$/;
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal', 'withdrawal'];
const text = (v, field, max) => (typeof v == 'string' && v.length <= max) ||
    bad(field, `expected a string of at most ${max} characters`);
const grants = (v, field, max) => {
    if (!isObject(v))
        bad(field, 'expected an object of name: true | false');
    const names = Object.keys(v);
    if (names.length > max)
        bad(field, `expected at most ${max} entries`);
    for (const name of names) {
        if (!NAME.test(name))
            bad(field + '.' + name.slice(0, 40), 'expected a name of letters, digits, _ or - starting with a letter');
        if (typeof v[name] != 'boolean')
            bad(field + '.' + name, 'expected true or false');
    }
};
/** Every field of a receipt, each checked; nothing else is accepted, so no IP or user agent can slip in. */
const FIELDS = {
    id: (v, f) => (typeof v == 'string' && RECEIPT_ID.test(v)) ||
        bad(f, 'expected 8 to 64 characters of letters, digits, _ . or -'),
    consentId: (v, f) => (typeof v == 'string' && CONSENT_ID.test(v)) ||
        bad(f, 'expected a consent id (8 to 40 characters of letters, digits, _ or -)'),
    time: (v, f) => (Number.isSafeInteger(v) && v > 0) || bad(f, 'expected a time in ms since 1970'),
    revision: (v, f) => (Number.isInteger(v) && v >= 0 && v < 1e9) ||
        bad(f, 'expected a whole number from 0'),
    policyUrl: (v, f) => v === null ||
        (text(v, f, 2048) && /^https?:\/\//i.test(v)) ||
        bad(f, 'expected an http(s) URL or null'),
    categories: (v, f) => grants(v, f, 100),
    services: (v, f) => grants(v, f, 1000),
    method: (v, f) => METHODS.includes(v) || bad(f, 'expected one of ' + METHODS.join(', ')),
    signals: (v, f) => {
        if (!isObject(v))
            bad(f, 'expected { dnt, gpc }');
        for (const key in v)
            if (key != 'dnt' && key != 'gpc')
                bad(f + '.' + key.slice(0, 40), 'unknown field');
        for (const key of ['dnt', 'gpc'])
            typeof v[key] == 'boolean' || bad(f + '.' + key, 'expected true or false');
    },
    language: (v, f) => text(v, f, 35),
    origin: (v, f) => (text(v, f, 255) && /^https?:\/\/[^/?#\s]+$/i.test(v)) ||
        bad(f, 'expected an origin such as https://www.example.com'),
    path: (v, f) => (text(v, f, 2048) && /^\/[^?#\s]*$/.test(v)) ||
        bad(f, 'expected a path starting with / (no query or fragment)'),
};
/**
 * Checks a parsed receipt; throws a `ReceiptError` naming the first bad field.
 * @example validateReceipt(JSON.parse(body)) // the receipt, typed
 */
function validateReceipt(value) {
    if (!isObject(value))
        bad('receipt', 'expected a JSON object');
    for (const key in value)
        if (!(key in FIELDS))
            bad(key.slice(0, 40), 'unknown field (a receipt carries no other data)');
    for (const key in FIELDS) {
        if (!(key in value))
            bad(key, 'is required');
        FIELDS[key](value[key], key);
    }
    return value;
}

/** Reads at most `max` bytes of a body; null when there are more. */
async function readBody(request, max) {
    if (!request.body)
        return '';
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => { });
            return null;
        }
        chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks)
        all.set(c, (at += c.byteLength) - c.byteLength);
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
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
function createReceiver(options) {
    const { store, maxBytes = 16384, allowOrigin, authorize } = options;
    const cors = allowOrigin
        ? { 'access-control-allow-origin': allowOrigin, vary: 'origin' }
        : {};
    const json = (status, body, headers = {}) => new Response(JSON.stringify(body), {
        status,
        headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
            ...cors,
            ...headers,
        },
    });
    const error = (status, message, field) => json(status, field ? { error: message, field } : { error: message });
    return async (request) => {
        try {
            if (request.method == 'OPTIONS')
                return new Response(null, {
                    status: 204,
                    headers: {
                        ...cors,
                        'access-control-allow-methods': 'POST, GET',
                        'access-control-allow-headers': 'content-type',
                    },
                });
            if (request.method == 'GET') {
                const id = new URL(request.url).searchParams.get('consent') || '';
                if (!/^[\w-]{8,40}$/.test(id))
                    return error(400, 'consent: expected a consent id in ?consent=', 'consent');
                if (authorize && !(await authorize(request)))
                    return error(403, 'not allowed to list receipts');
                return json(200, { consentId: id, receipts: await store.list(id) });
            }
            if (request.method != 'POST')
                return json(405, { error: 'expected POST or GET' }, { allow: 'POST, GET, OPTIONS' });
            // Content-Length first, so a large body is refused before it is read; then the bytes actually read.
            const length = Number(request.headers.get('content-length'));
            if (length > maxBytes)
                return error(413, `body larger than ${maxBytes} bytes`);
            let body;
            try {
                body = await readBody(request, maxBytes);
            }
            catch {
                return error(400, 'body is not valid UTF-8');
            }
            if (body === null)
                return error(413, `body larger than ${maxBytes} bytes`);
            let value;
            try {
                value = JSON.parse(body);
            }
            catch {
                return error(400, 'body is not valid JSON');
            }
            let receipt;
            try {
                receipt = validateReceipt(value);
            }
            catch (e) {
                if (e instanceof ReceiptError)
                    return error(400, e.message, e.field);
                throw e;
            }
            const stored = await store.add({ ...receipt, received: Date.now() });
            return json(stored ? 201 : 200, { id: receipt.id, stored });
        }
        catch {
            // The store failed: 5xx tells the browser to keep the receipt and try again later.
            return error(500, 'could not store the receipt');
        }
    };
}

/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
function memoryStore() {
    const byId = new Map();
    return {
        add: async (receipt) => !byId.has(receipt.id) && !!byId.set(receipt.id, receipt),
        list: async (consentId) => [...byId.values()]
            .filter(r => r.consentId == consentId)
            .sort((a, b) => a.time - b.time || a.received - b.received),
    };
}

/**
 * A receipt store in SQLite. You pass the open database, so consentry itself loads no
 * driver; the table `consentry_receipts` is created if missing. The receipt id is the
 * primary key: a retried receipt is ignored, never stored twice.
 * @example
 * import Database from 'better-sqlite3'
 * const db = new Database('receipts.db')
 * db.pragma('journal_mode = WAL')
 * const receive = createReceiver({ store: sqliteStore(db) })
 */
function sqliteStore(db, table = 'consentry_receipts') {
    if (!/^[A-Za-z_]\w*$/.test(table))
        throw new TypeError('sqliteStore: invalid table name ' + table);
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL);` +
        `CREATE INDEX IF NOT EXISTS ${table}_consent ON ${table} (consent_id, time)`);
    const insert = db.prepare(`INSERT OR IGNORE INTO ${table} (id, consent_id, time, received, body) VALUES (?, ?, ?, ?, ?)`);
    const select = db.prepare(`SELECT body FROM ${table} WHERE consent_id = ? ORDER BY time, received`);
    return {
        add: async (r) => Number(insert.run(r.id, r.consentId, r.time, r.received, JSON.stringify(r)).changes) == 1,
        list: async (consentId) => select.all(consentId).map(row => JSON.parse(row.body)),
    };
}

const header = (headers, name) => {
    if (!headers)
        return '';
    if (typeof headers.get == 'function')
        return headers.get(name) || '';
    const v = headers[name];
    return Array.isArray(v) ? v.join(', ') : v || '';
};
/**
 * The consent record in a `Cookie` header, decoded exactly as the browser decodes it:
 * anything tampered, truncated or foreign is null. With two cookies of that name (host
 * and parent domain, or two paths), the newest that decodes wins, as in the browser.
 * @example readConsent(request.headers.get('cookie'), config)?.categories.analytics
 */
function readConsent(cookieHeader, config) {
    const name = cookieName(config);
    let found = null;
    for (const part of (cookieHeader || '').split(/; */)) {
        const eq = part.indexOf('=');
        const record = eq > 0 && part.slice(0, eq).trim() == name ? decodeRecord(part.slice(eq + 1).trim()) : null;
        if (record && (!found || record.time > found.time))
            found = record;
    }
    return found;
}
/**
 * Do Not Track and Global Privacy Control from request headers. Only `Sec-GPC: 1`
 * counts (GPC spec, "The Sec-GPC header field for HTTP requests": 1 is its only value), and only `DNT: 1`.
 * @example readSignals(request.headers) // { dnt: false, gpc: true }
 */
function readSignals(headers) {
    return {
        dnt: header(headers, 'dnt').trim() == '1',
        gpc: header(headers, 'sec-gpc').trim() == '1',
    };
}
const checked = new WeakSet();
const valid = (config) => {
    if (!checked.has(config))
        checked.add(validateConfig(config));
    return config;
};
/**
 * What applies to a request: the browser's own `decide()` over the cookie, the signal
 * headers and the region (the site's own, e.g. from its CDN's country header).
 * @example readDecision(config, req.headers.cookie, req.headers, 'DE').categories.analytics
 */
function readDecision(config, cookieHeader, headers, region) {
    valid(config);
    return decide(config, readConsent(cookieHeader, config), readSignals(headers), region ?? config.region, Date.now());
}
/**
 * Whether the page will show the banner, so a server-rendered page can reserve its place
 * or render it at once instead of flashing it in. Pass the region the page will tell
 * the SDK (`<html data-consent-region>`), if any.
 * @example if (needsBanner(config, req.headers.cookie, req.headers)) html = html.replace('<body>', '<body class="consent-pending">')
 */
function needsBanner(config, cookieHeader, headers, region) {
    return readDecision(config, cookieHeader, headers, region).ask;
}
/**
 * A `Set-Cookie` value that re-issues the consent cookie from the server. Safari caps
 * cookies written by `document.cookie` at 7 days; one set by an HTTP response keeps its
 * lifetime. The name, path, domain and SameSite are the browser's, so it replaces that
 * cookie rather than adding a second, and the expiry is computed from the decision time,
 * so re-issuing never makes a choice last longer than the policy says. Never HttpOnly:
 * the SDK reads it.
 * @example
 * const record = readConsent(req.headers.cookie, config)
 * if (record) res.setHeader('set-cookie', consentCookieHeader(record, config))
 */
function consentCookieHeader(record, config, options = {}) {
    const c = config.cookie || {};
    const now = options.now ?? Date.now();
    const expires = record.time + lifetimeDays(config, record) * DAY;
    const sameSite = c.sameSite || 'Lax';
    return [
        cookieName(config) + '=' + encodeRecord(record),
        'Path=' + (c.path || '/'),
        c.domain && 'Domain=' + c.domain,
        'Expires=' + new Date(expires).toUTCString(),
        'Max-Age=' + Math.max(0, Math.floor((expires - now) / 1000)),
        'SameSite=' + sameSite,
        (options.secure ?? true) || sameSite == 'None' ? 'Secure' : '',
    ]
        .filter(Boolean)
        .join('; ');
}

export { ReceiptError, consentCookieHeader, createReceiver, memoryStore, needsBanner, readConsent, readDecision, readSignals, sqliteStore, validateReceipt };
