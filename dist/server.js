import { l as lifetimeDays, D as DAY, c as cookieName, d as decide, v as validateConfig } from './chunks/config.js';
import { e as encodeRecord, d as decodeRecord } from './chunks/error.js';
import 'js-cookie';

/** A receipt that does not match the schema; `field` names the offending path. */
class ReceiptError extends Error {
    constructor(field, message) {
        super(field + ': ' + message);
        this.name = 'ReceiptError';
        this.field = field;
    }
}
function fail(field, message) {
    throw new ReceiptError(field, message);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A key as it appears in an error: cut short, so a huge key cannot blow up the answer. */
const shortKey = (key) => key.slice(0, 40);
/** Same shapes as the browser side: consent ids from the codec, names from the config validator. */
const CONSENT_ID = /^[\w-]{8,40}$/;
const RECEIPT_ID = /^[\w.-]{8,64}$/;
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal', 'withdrawal'];
const HTTP_URL = /^https?:\/\//i;
const ORIGIN = /^https?:\/\/[^/?#\s]+$/i;
const PATH = /^\/[^?#\s]*$/;
function checkText(value, field, max) {
    if (typeof value === 'string' && value.length <= max)
        return value;
    return fail(field, `expected a string of at most ${max} characters`);
}
/**
 * Only the object's own keys count (`Object.keys`), so a key named `constructor`,
 * `toString` or an own `__proto__` (which `JSON.parse` creates) is as unknown as any other.
 */
function checkKeys(value, field, known, message) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key))
            fail(field + shortKey(key), message);
    }
}
/** A map of category or service name to true | false. */
function checkGrants(value, field, max) {
    if (!isObject(value))
        fail(field, 'expected an object of name: true | false');
    const names = Object.keys(value);
    if (names.length > max)
        fail(field, `expected at most ${max} entries`);
    for (const name of names) {
        if (!NAME.test(name)) {
            fail(field + '.' + shortKey(name), 'expected a name of letters, digits, _ or - starting with a letter');
        }
        if (typeof value[name] !== 'boolean')
            fail(field + '.' + name, 'expected true or false');
    }
}
function checkSignals(value, field) {
    if (!isObject(value))
        fail(field, 'expected { dnt, gpc }');
    checkKeys(value, field + '.', ['dnt', 'gpc'], 'unknown field');
    for (const key of ['dnt', 'gpc']) {
        if (typeof value[key] !== 'boolean')
            fail(field + '.' + key, 'expected true or false');
    }
}
/** Every field of a receipt, each checked; nothing else is accepted, so no IP or user agent can slip in. */
const FIELD_CHECKS = {
    id: (value, field) => {
        if (typeof value === 'string' && RECEIPT_ID.test(value))
            return;
        fail(field, 'expected 8 to 64 characters of letters, digits, _ . or -');
    },
    consentId: (value, field) => {
        if (typeof value === 'string' && CONSENT_ID.test(value))
            return;
        fail(field, 'expected a consent id (8 to 40 characters of letters, digits, _ or -)');
    },
    time: (value, field) => {
        if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
            return;
        fail(field, 'expected a time in ms since 1970');
    },
    revision: (value, field) => {
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e9)
            return;
        fail(field, 'expected a whole number from 0');
    },
    policyUrl: (value, field) => {
        if (value === null)
            return;
        if (typeof value === 'string' && value.length <= 2048 && HTTP_URL.test(value))
            return;
        fail(field, 'expected an http(s) URL or null');
    },
    categories: (value, field) => checkGrants(value, field, 100),
    services: (value, field) => checkGrants(value, field, 1000),
    method: (value, field) => {
        if (typeof value === 'string' && METHODS.includes(value))
            return;
        fail(field, 'expected one of ' + METHODS.join(', '));
    },
    signals: checkSignals,
    language: (value, field) => {
        checkText(value, field, 35);
    },
    origin: (value, field) => {
        const text = checkText(value, field, 255);
        if (!ORIGIN.test(text))
            fail(field, 'expected an origin such as https://www.example.com');
    },
    path: (value, field) => {
        const text = checkText(value, field, 2048);
        if (!PATH.test(text))
            fail(field, 'expected a path starting with / (no query or fragment)');
    },
};
const FIELD_NAMES = Object.keys(FIELD_CHECKS);
/**
 * Checks a parsed receipt; throws a `ReceiptError` naming the first bad field.
 * @example validateReceipt(JSON.parse(body)) // the receipt, typed
 */
function validateReceipt(value) {
    if (!isObject(value))
        fail('receipt', 'expected a JSON object');
    checkKeys(value, '', FIELD_NAMES, 'unknown field (a receipt carries no other data)');
    for (const name of FIELD_NAMES) {
        if (!Object.hasOwn(value, name))
            fail(name, 'is required');
        FIELD_CHECKS[name](value[name], name);
    }
    return value;
}

/**
 * The body types a browser's `fetch` and `sendBeacon` give a JSON string: `text/plain`
 * (CORS-safelisted, so no preflight), or `application/json` from a server-side client.
 */
const BODY_TYPES = ['text/plain', 'application/json'];
function mediaType(contentType) {
    const [type = ''] = (contentType ?? '').split(';');
    return type.trim().toLowerCase();
}
/** Counts requests per key in fixed windows; the whole table is dropped when a window ends. */
function fixedWindowCounter(limit, windowMs) {
    let windowStart = 0;
    let counts = new Map();
    return {
        /** Counts one request; the seconds until the window ends when it is over the limit, else 0. */
        hit(key, now) {
            if (now - windowStart >= windowMs) {
                windowStart = now;
                counts = new Map();
            }
            const count = (counts.get(key) ?? 0) + 1;
            counts.set(key, count);
            if (count <= limit)
                return 0;
            return Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
        },
    };
}
/** Thrown by `readBody` when the body has more bytes than allowed. */
class TooLarge extends Error {
}
/** Reads at most `max` bytes of a body, then stops reading and cancels the rest. */
async function readBody(request, max) {
    if (!request.body)
        return new Uint8Array(0);
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            // The sender may still be sending; nothing more of it is read.
            await reader.cancel().catch(() => { });
            throw new TooLarge();
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return bytes;
}
/**
 * A consent receipt endpoint on the web `Request`/`Response` types (Node 20+, Deno, Bun,
 * workers). POST: stores one receipt (201; 200 for a copy already stored; 400 naming the
 * bad field; 403 from an origin not allowed; 413 when too large; 415 for another body
 * type; 429 over the rate limit). GET `?consent=<id>`: that consent id's history, oldest
 * first. A failing store answers 500, so the browser keeps the receipt and retries.
 * @example
 * const receive = createReceiver({ store: sqliteStore(new Database('receipts.db')) })
 * export default { fetch: receive } // or: app.all('/api/receipts', req => receive(req))
 */
function createReceiver(options) {
    const { store, maxBytes = 16384, allowOrigin, authorize, origins, rateLimit } = options;
    const clientAddress = options.clientAddress ?? ((_request, client) => client?.address ?? '');
    const counter = rateLimit
        ? fixedWindowCounter(rateLimit.requests, (rateLimit.perSeconds ?? 60) * 1000)
        : null;
    const corsHeaders = {};
    if (allowOrigin) {
        corsHeaders['access-control-allow-origin'] = allowOrigin;
        corsHeaders.vary = 'origin';
    }
    const json = (status, body, headers = {}) => new Response(JSON.stringify(body), {
        status,
        headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
            ...corsHeaders,
            ...headers,
        },
    });
    const error = (status, message, field) => {
        if (field)
            return json(status, { error: message, field });
        return json(status, { error: message });
    };
    const tooLarge = () => error(413, `body larger than ${maxBytes} bytes`);
    const preflight = () => new Response(null, {
        status: 204,
        headers: {
            ...corsHeaders,
            'access-control-allow-methods': 'POST, GET',
            'access-control-allow-headers': 'content-type',
        },
    });
    async function history(request) {
        const consentId = new URL(request.url).searchParams.get('consent') ?? '';
        if (!/^[\w-]{8,40}$/.test(consentId)) {
            return error(400, 'consent: expected a consent id in ?consent=', 'consent');
        }
        if (authorize && !(await authorize(request)))
            return error(403, 'not allowed to list receipts');
        return json(200, { consentId, receipts: await store.list(consentId) });
    }
    async function receive(request) {
        const requestOrigin = request.headers.get('origin');
        if (origins && !(requestOrigin && origins.includes(requestOrigin))) {
            return error(403, 'origin not allowed to post receipts');
        }
        if (!BODY_TYPES.includes(mediaType(request.headers.get('content-type')))) {
            return error(415, 'expected a body of type text/plain or application/json');
        }
        // Content-Length first, so a large body is refused before it is read; then the bytes actually read.
        const declaredLength = Number(request.headers.get('content-length'));
        if (declaredLength > maxBytes)
            return tooLarge();
        let text;
        try {
            const bytes = await readBody(request, maxBytes);
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch (e) {
            if (e instanceof TooLarge)
                return tooLarge();
            return error(400, 'body is not valid UTF-8');
        }
        let value;
        try {
            value = JSON.parse(text);
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
        if (origins && receipt.origin !== requestOrigin) {
            return error(400, 'origin: differs from the Origin header', 'origin');
        }
        const stored = await store.add({ ...receipt, received: Date.now() });
        return json(stored ? 201 : 200, { id: receipt.id, stored });
    }
    return async (request, client) => {
        if (counter) {
            const retryAfter = counter.hit(clientAddress(request, client), Date.now());
            if (retryAfter) {
                return json(429, { error: 'too many requests' }, { 'retry-after': String(retryAfter) });
            }
        }
        try {
            if (request.method === 'OPTIONS')
                return preflight();
            if (request.method === 'GET')
                return await history(request);
            if (request.method === 'POST')
                return await receive(request);
            return json(405, { error: 'expected POST or GET' }, { allow: 'POST, GET, OPTIONS' });
        }
        catch {
            // The store failed: 5xx tells the browser to keep the receipt and try again later.
            return error(500, 'could not store the receipt');
        }
    };
}

/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
function byDecisionTime(a, b) {
    if (a.time !== b.time)
        return a.time - b.time;
    return a.received - b.received;
}
/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
function memoryStore() {
    const byId = new Map();
    return {
        add(receipt) {
            if (byId.has(receipt.id))
                return Promise.resolve(false);
            byId.set(receipt.id, receipt);
            return Promise.resolve(true);
        },
        list(consentId) {
            const receipts = [...byId.values()].filter(receipt => receipt.consentId === consentId);
            return Promise.resolve(receipts.sort(byDecisionTime));
        },
    };
}

/** A SQL identifier we may splice into a statement: no quoting needed, no injection possible. */
const IDENTIFIER = /^[A-Za-z_]\w*$/;
/** Runs a synchronous driver call so that a throw becomes a rejected promise, as callers expect. */
function settle(call) {
    return new Promise(resolve => resolve(call()));
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
    if (!IDENTIFIER.test(table))
        throw new TypeError('sqliteStore: invalid table name ' + table);
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL);` +
        `CREATE INDEX IF NOT EXISTS ${table}_consent ON ${table} (consent_id, time)`);
    const insert = db.prepare(`INSERT OR IGNORE INTO ${table} (id, consent_id, time, received, body) VALUES (?, ?, ?, ?, ?)`);
    const select = db.prepare(`SELECT body FROM ${table} WHERE consent_id = ? ORDER BY time, received`);
    return {
        add: (receipt) => settle(() => {
            const body = JSON.stringify(receipt);
            const result = insert.run(receipt.id, receipt.consentId, receipt.time, receipt.received, body);
            return Number(result.changes) === 1;
        }),
        list: consentId => settle(() => {
            const rows = select.all(consentId);
            return rows.map(row => JSON.parse(row.body));
        }),
    };
}

const isWebHeaders = (headers) => typeof headers.get === 'function';
/** One header's value, '' when it is absent; repeated Node headers are joined as HTTP joins them. */
function headerValue(headers, name) {
    if (!headers)
        return '';
    if (isWebHeaders(headers))
        return headers.get(name) ?? '';
    const value = headers[name];
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return value.join(', ');
}
/** The values of every cookie named `name` in a `Cookie` header, in header order. */
function cookieValues(cookieHeader, name) {
    const values = [];
    for (const part of (cookieHeader ?? '').split(/; */)) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        if (part.slice(0, eq).trim() !== name)
            continue;
        values.push(part.slice(eq + 1).trim());
    }
    return values;
}
/**
 * The consent record in a `Cookie` header, decoded exactly as the browser decodes it:
 * anything tampered, truncated or foreign is null. With two cookies of that name (host
 * and parent domain, or two paths), the newest that decodes wins, as in the browser.
 * @example readConsent(request.headers.get('cookie'), config)?.categories.analytics
 */
function readConsent(cookieHeader, config) {
    let newest = null;
    for (const value of cookieValues(cookieHeader, cookieName(config))) {
        const record = decodeRecord(value);
        if (!record)
            continue;
        if (!newest || record.time > newest.time)
            newest = record;
    }
    return newest;
}
/**
 * Do Not Track and Global Privacy Control from request headers. Only `Sec-GPC: 1`
 * counts (GPC spec, "The Sec-GPC header field for HTTP requests": 1 is its only value), and only `DNT: 1`.
 * @example readSignals(request.headers) // { dnt: false, gpc: true }
 */
function readSignals(headers) {
    return {
        dnt: headerValue(headers, 'dnt').trim() === '1',
        gpc: headerValue(headers, 'sec-gpc').trim() === '1',
    };
}
/** Configs already validated: each is checked once, however many requests use it. */
const validatedConfigs = new WeakSet();
function ensureValid(config) {
    if (validatedConfigs.has(config))
        return;
    validateConfig(config);
    validatedConfigs.add(config);
}
/**
 * What applies to a request: the browser's own `decide()` over the cookie, the signal
 * headers and the region (the site's own, e.g. from its CDN's country header).
 * @example readDecision(config, req.headers.cookie, req.headers, 'DE').categories.analytics
 */
function readDecision(config, cookieHeader, headers, region) {
    ensureValid(config);
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
    const cookie = config.cookie ?? {};
    const now = options.now ?? Date.now();
    const expires = record.time + lifetimeDays(config, record) * DAY;
    const sameSite = cookie.sameSite ?? 'Lax';
    const attributes = [cookieName(config) + '=' + encodeRecord(record)];
    attributes.push('Path=' + (cookie.path || '/'));
    if (cookie.domain)
        attributes.push('Domain=' + cookie.domain);
    attributes.push('Expires=' + new Date(expires).toUTCString());
    attributes.push('Max-Age=' + Math.max(0, Math.floor((expires - now) / 1000)));
    attributes.push('SameSite=' + sameSite);
    // Browsers refuse SameSite=None without Secure.
    const secure = (options.secure ?? true) || sameSite === 'None';
    if (secure)
        attributes.push('Secure');
    return attributes.join('; ');
}

export { ReceiptError, consentCookieHeader, createReceiver, memoryStore, needsBanner, readConsent, readDecision, readSignals, sqliteStore, validateReceipt };
