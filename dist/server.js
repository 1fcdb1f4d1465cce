import { c as cookieName, v as validateConfig } from './chunks/config.js';
import { l as lifetimeDays, D as DAY, b as encodeRecord, d as decide, a as decodeRecord } from './chunks/error.js';
import 'js-cookie';
import './chunks/category.js';
import './chunks/own.js';

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
const isRequestOptions = (value) => typeof value === 'object' && value !== null && 'config' in value;
/** The `Cookie` header of the options: given, or read from the headers. */
const cookieOf = (options) => options.cookie ?? headerValue(options.headers, 'cookie');
/** The positional forms of 0.1, turned into options. */
function positional(config, cookie, headers, region) {
    return { config, cookie: cookie ?? '', headers, region };
}
function decodeNewest(cookieHeader, config) {
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
function readConsent(first, config) {
    if (isRequestOptions(first))
        return decodeNewest(cookieOf(first), first.config);
    return decodeNewest(first ?? '', config);
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
function decideFor(options) {
    const { config } = options;
    ensureValid(config);
    const decision = decide(config, readConsent(options), readSignals(options.headers), options.region ?? config.region, Date.now());
    // decide() keeps its maps free of a prototype; a server hands them to the page
    // (`serverState`), and React Server Components refuse to serialise such objects.
    // validateConfig has refused every name a prototype could answer for.
    return {
        ...decision,
        categories: { ...decision.categories },
        services: { ...decision.services },
        locked: { ...decision.locked },
    };
}
function readDecision(first, cookieHeader, headers, region) {
    if (isRequestOptions(first))
        return decideFor(first);
    return decideFor(positional(first, cookieHeader, headers, region));
}
function needsBanner(first, cookieHeader, headers, region) {
    if (isRequestOptions(first))
        return decideFor(first).ask;
    return decideFor(positional(first, cookieHeader, headers, region)).ask;
}
function consentCookieHeader(first, config, rest = {}) {
    if ('record' in first)
        return cookieHeaderFor(first);
    return cookieHeaderFor({ ...rest, record: first, config: config });
}
function cookieHeaderFor(options) {
    const { record, config } = options;
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

const DEFAULT_COOKIE = 'consentry_binding';
const encoder = new TextEncoder();
function secretsOf(options) {
    const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
    if (secrets.length === 0 || secrets.some(secret => secret.length < 32)) {
        throw new TypeError('binding: secret must be 32 characters or more');
    }
    return secrets;
}
/** The message a token signs: the consent id, under a label no other use of the secret shares. */
const message = (consentId) => encoder.encode('consentry-binding:' + consentId);
function importKey(secret) {
    return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}
function toBase64Url(bytes) {
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
/** The bytes of a base64url token; null for anything that is not one. */
function fromBase64Url(text) {
    if (!/^[\w-]{43}$/.test(text))
        return null;
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, char => char.charCodeAt(0));
}
/** The token for one consent id: HMAC-SHA-256 of it under the first secret, base64url. */
async function bindingToken(options, consentId) {
    const [current] = secretsOf(options);
    const key = await importKey(current);
    const signature = await crypto.subtle.sign('HMAC', key, message(consentId));
    return toBase64Url(new Uint8Array(signature));
}
/**
 * Whether a `Cookie` header carries a valid token for this consent id, under any of the
 * secrets. `crypto.subtle.verify` compares in constant time.
 */
async function hasBinding(options, cookieHeader, consentId) {
    const name = options.cookie ?? DEFAULT_COOKIE;
    const presented = cookieValues(cookieHeader, name)
        .map(fromBase64Url)
        .filter((bytes) => bytes !== null);
    if (presented.length === 0)
        return false;
    for (const secret of secretsOf(options)) {
        const key = await importKey(secret);
        for (const signature of presented) {
            if (await crypto.subtle.verify('HMAC', key, signature, message(consentId)))
                return true;
        }
    }
    return false;
}
/**
 * The `Set-Cookie` value of the HttpOnly cookie that binds a consent id to this browser.
 * The receiver sets it with the first receipt of a consent id and renews it with every
 * bound one. A page handler may renew it beside `consentCookieHeader`, but only where the
 * request already proves the binding: a server cannot tell a visitor who lost the cookie
 * from someone who only knows the consent id.
 * @example
 * if (await hasBinding(binding, req.headers.cookie, record.id))
 *   res.setHeader('set-cookie', await bindingCookieHeader(binding, record.id))
 */
async function bindingCookieHeader(options, consentId) {
    const name = options.cookie ?? DEFAULT_COOKIE;
    const maxAge = Math.floor((options.maxAgeDays ?? 400) * 86400);
    const attributes = [name + '=' + (await bindingToken(options, consentId))];
    attributes.push('Path=/');
    attributes.push('Max-Age=' + maxAge);
    // Scripts on the page never need it: HttpOnly keeps the token out of their reach.
    attributes.push('HttpOnly');
    attributes.push('SameSite=Lax');
    if (options.secure ?? true)
        attributes.push('Secure');
    return attributes.join('; ');
}
/** Checks the options once, when the receiver is made, so a short secret fails at start-up. */
function checkBinding(options) {
    secretsOf(options);
}

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

/** Adds the 0.1 name `list` to a store, so code written for 0.1 keeps working. */
function withListAlias(store) {
    return { ...store, list: consentId => store.history(consentId) };
}
/** The history of a store of either generation. */
function historyOf(store, consentId) {
    if ('history' in store)
        return store.history(consentId);
    return store.list(consentId);
}
/**
 * The store could not do its job (database down, timeout, disk full). The receiver answers
 * 503 for it, so the browser keeps the receipt and sends it again later.
 */
class ReceiptStoreError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ReceiptStoreError';
    }
}
/** Runs a synchronous call so that a throw becomes a rejected promise, as callers of a store expect. */
function settle(call) {
    return new Promise(resolve => resolve(call()));
}
/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
function byDecisionTime(a, b) {
    if (a.time !== b.time)
        return a.time - b.time;
    return a.received - b.received;
}
function toMs(time) {
    if (typeof time === 'number')
        return time;
    return time.getTime();
}
/** The first instant (UTC) of the month `monthsBack` months before the month of `now`. */
function monthStart(now, monthsBack = 0) {
    const date = new Date(now);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1);
}
/** The cut-off of `retain`, after checking its options. */
function retainCutoff(options) {
    const { months } = options;
    if (!Number.isInteger(months) || months < 0) {
        throw new TypeError('retain: months must be a whole number from 0');
    }
    return monthStart(toMs(options.now ?? Date.now()), months);
}
/** The range of `export` as ms, open ends made finite. */
function exportBounds(range = {}) {
    const from = range.from === undefined ? 0 : toMs(range.from);
    const to = range.to === undefined ? Number.MAX_SAFE_INTEGER : toMs(range.to);
    return { from, to };
}
const FIELD_ORDER = [
    'id',
    'consentId',
    'time',
    'received',
    'revision',
    'policyUrl',
    'categories',
    'services',
    'method',
    'signals',
    'language',
    'origin',
    'path',
];
/** One NDJSON line with the fields always in the same order, whatever order the database kept. */
function ndjsonLine(receipt) {
    const ordered = {};
    for (const field of FIELD_ORDER)
        ordered[field] = receipt[field];
    return JSON.stringify(ordered) + '\n';
}
/**
 * An export as a byte stream, read page by page (keyset pagination on decision time and
 * id), so memory stays flat however many receipts there are and the reader sets the pace.
 */
function ndjsonStream(readPage, pageSize = 1000) {
    const encoder = new TextEncoder();
    let cursor = null;
    return new ReadableStream({
        async pull(controller) {
            const page = await readPage(cursor, pageSize);
            if (page.length > 0) {
                controller.enqueue(encoder.encode(page.map(ndjsonLine).join('')));
                const last = page[page.length - 1];
                cursor = { time: last.time, id: last.id };
            }
            if (page.length < pageSize)
                controller.close();
        },
    });
}
/** Export order: decision time, then receipt id. */
function byTimeThenId(a, b) {
    if (a.time !== b.time)
        return a.time - b.time;
    if (a.id === b.id)
        return 0;
    return a.id < b.id ? -1 : 1;
}
/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
function memoryStore() {
    const byId = new Map();
    return withListAlias({
        add(receipt) {
            if (byId.has(receipt.id))
                return Promise.resolve(false);
            byId.set(receipt.id, receipt);
            return Promise.resolve(true);
        },
        history(consentId) {
            const receipts = [...byId.values()].filter(receipt => receipt.consentId === consentId);
            return Promise.resolve(receipts.sort(byDecisionTime));
        },
        retain: options => settle(() => {
            const before = retainCutoff(options);
            for (const [id, receipt] of byId) {
                if (receipt.time < before)
                    byId.delete(id);
            }
            return { before };
        }),
        export(range) {
            const { from, to } = exportBounds(range);
            return ndjsonStream((cursor, limit) => {
                const inRange = [...byId.values()].filter(receipt => {
                    if (receipt.time < from || receipt.time >= to)
                        return false;
                    if (!cursor)
                        return true;
                    return byTimeThenId(receipt, cursor) > 0;
                });
                return Promise.resolve(inRange.sort(byTimeThenId).slice(0, limit));
            });
        },
    });
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
const DAY_MS = 86400000;
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
 * first. A failing store answers 503, so the browser keeps the receipt and retries.
 * @example
 * const receive = createReceiver({ store: sqliteStore(new Database('receipts.db')) })
 * export default { fetch: receive } // or: app.all('/api/receipts', req => receive(req))
 */
function createReceiver(options) {
    const { store, maxBytes = 16384, allowOrigin, authorize, origins, rateLimit } = options;
    const { maxAgeDays = 400, onError = console.error, binding } = options;
    if (binding)
        checkBinding(binding);
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
    async function mayList(request, consentId) {
        if (binding && (await hasBinding(binding, request.headers.get('cookie'), consentId))) {
            return true;
        }
        if (authorize)
            return await authorize(request);
        // With a binding, holding the id is not enough; without one it is (the 0.1 default).
        return !binding;
    }
    async function history(request) {
        const consentId = new URL(request.url).searchParams.get('consent') ?? '';
        if (!/^[\w-]{8,40}$/.test(consentId)) {
            return error(400, 'consent: expected a consent id in ?consent=', 'consent');
        }
        if (!(await mayList(request, consentId)))
            return error(403, 'not allowed to list receipts');
        return json(200, { consentId, receipts: await historyOf(store, consentId) });
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
        const received = Date.now();
        const age = received - receipt.time;
        if (age > maxAgeDays * DAY_MS || age < -DAY_MS) {
            return error(400, `time: expected a decision from the last ${maxAgeDays} days, not in the future`, 'time');
        }
        let setCookie = {};
        if (binding) {
            const bound = await hasBinding(binding, request.headers.get('cookie'), receipt.consentId);
            if (!bound) {
                // Trust on first use: a consent id with no history yet is bound to whoever sends it.
                const earlier = await historyOf(store, receipt.consentId);
                if (earlier.some(other => other.id === receipt.id)) {
                    return json(200, { id: receipt.id, stored: false });
                }
                if (earlier.length > 0) {
                    return error(403, 'consentId: bound to another browser', 'consentId');
                }
            }
            setCookie = { 'set-cookie': await bindingCookieHeader(binding, receipt.consentId) };
        }
        const stored = await store.add({ ...receipt, received });
        return json(stored ? 201 : 200, { id: receipt.id, stored }, setCookie);
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
        catch (e) {
            // The store failed: 5xx tells the browser to keep the receipt and try again later.
            onError(e);
            return json(503, { error: 'receipt store unavailable, try again later' }, { 'retry-after': '30' });
        }
    };
}

/** A SQL identifier we may splice into a statement: no quoting needed, no injection possible. */
const IDENTIFIER = /^[A-Za-z_]\w{0,40}$/;
/**
 * The schema, one step per version; a database remembers the last step it ran in
 * `<table>_migrations`. Version 1 is the table of consentry 0.1 (hence IF NOT EXISTS).
 */
function sqliteMigrations(table) {
    return [
        {
            version: 1,
            sql: `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, time INTEGER NOT NULL, received INTEGER NOT NULL, body TEXT NOT NULL);` +
                `CREATE INDEX IF NOT EXISTS ${table}_consent ON ${table} (consent_id, time);`,
        },
        {
            // Retention and export walk the decision time.
            version: 2,
            sql: `CREATE INDEX IF NOT EXISTS ${table}_time ON ${table} (time, id);`,
        },
    ];
}
function migrate(db, table) {
    const log = table + '_migrations';
    db.exec(`CREATE TABLE IF NOT EXISTS ${log} (version INTEGER PRIMARY KEY, applied INTEGER NOT NULL)`);
    const rows = db.prepare(`SELECT max(version) AS version FROM ${log}`).all();
    const current = rows[0]?.version ?? 0;
    const record = db.prepare(`INSERT INTO ${log} (version, applied) VALUES (?, ?)`);
    for (const step of sqliteMigrations(table)) {
        if (step.version <= current)
            continue;
        // One transaction per step: a step runs whole or not at all.
        db.exec('BEGIN');
        try {
            db.exec(step.sql);
            record.run(step.version, Date.now());
            db.exec('COMMIT');
        }
        catch (e) {
            db.exec('ROLLBACK');
            throw e;
        }
    }
}
/**
 * A receipt store in SQLite, for one server process. You pass the open database, so
 * consentry itself loads no driver; the table `consentry_receipts` is created or upgraded
 * (`sqliteMigrations`). The receipt id is the primary key: a retried receipt is ignored,
 * never stored twice.
 * @example
 * import Database from 'better-sqlite3' // or: import { DatabaseSync } from 'node:sqlite' (Node 22.5+)
 * const db = new Database('receipts.db')
 * db.exec('PRAGMA journal_mode = WAL')
 * const store = sqliteStore(db)
 * const receive = createReceiver({ store })
 * await store.retain({ months: 24 })
 */
function sqliteStore(db, table = 'consentry_receipts') {
    if (!IDENTIFIER.test(table))
        throw new TypeError('sqliteStore: invalid table name ' + table);
    migrate(db, table);
    const insert = db.prepare(`INSERT OR IGNORE INTO ${table} (id, consent_id, time, received, body) VALUES (?, ?, ?, ?, ?)`);
    const selectHistory = db.prepare(`SELECT body FROM ${table} WHERE consent_id = ? ORDER BY time, received`);
    const deleteBefore = db.prepare(`DELETE FROM ${table} WHERE time < ?`);
    const selectFirstPage = db.prepare(`SELECT body FROM ${table} WHERE time >= ? AND time < ? ORDER BY time, id LIMIT ?`);
    const selectNextPage = db.prepare(`SELECT body FROM ${table} WHERE time >= ? AND time < ? AND (time > ? OR (time = ? AND id > ?)) ORDER BY time, id LIMIT ?`);
    const receipts = (rows) => rows.map(row => JSON.parse(row.body));
    return withListAlias({
        add: (receipt) => settle(() => {
            const body = JSON.stringify(receipt);
            const result = insert.run(receipt.id, receipt.consentId, receipt.time, receipt.received, body);
            return Number(result.changes) === 1;
        }),
        history: consentId => settle(() => receipts(selectHistory.all(consentId))),
        retain: options => settle(() => {
            const before = retainCutoff(options);
            deleteBefore.run(before);
            return { before };
        }),
        export: range => {
            const { from, to } = exportBounds(range);
            return ndjsonStream((cursor, limit) => settle(() => {
                if (!cursor)
                    return receipts(selectFirstPage.all(from, to, limit));
                return receipts(selectNextPage.all(from, to, cursor.time, cursor.time, cursor.id, limit));
            }));
        },
    });
}

/**
 * The schema, one step per version; the database remembers the last step it ran in
 * `<table>_migrations`. Run by the store itself, or by a DBA (join the `sql` of each step).
 *
 * PostgreSQL requires the partition key in every unique index of a partitioned table, so
 * the key is (decision time, receipt id): a retry carries both unchanged, so it never
 * adds a row, and the same index serves the export's order.
 */
function postgresMigrations(table = 'consentry_receipts') {
    checkTable(table);
    return [
        {
            version: 1,
            sql: `CREATE TABLE ${table} (
  id text NOT NULL,
  consent_id text NOT NULL,
  decided_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  receipt jsonb NOT NULL,
  PRIMARY KEY (decided_at, id)
) PARTITION BY RANGE (decided_at);
CREATE INDEX ${table}_consent ON ${table} (consent_id, decided_at);`,
        },
    ];
}
function checkTable(table) {
    if (!IDENTIFIER.test(table))
        throw new TypeError('postgresStore: invalid table name ' + table);
}
/** SQLSTATE 23514: "no partition of relation ... found for row". */
const NO_PARTITION = '23514';
const errorCode = (error) => typeof error === 'object' && error !== null ? error.code : undefined;
const pad = (value) => String(value).padStart(2, '0');
/** The partition that holds decisions of the month of `time`: its name and bounds. */
function partitionOf(table, time) {
    const start = new Date(monthStart(time));
    const end = new Date(monthStart(time, -1));
    const name = `${table}_${start.getUTCFullYear()}_${pad(start.getUTCMonth() + 1)}`;
    return { name, start, end };
}
/**
 * A receipt store in PostgreSQL, shared by any number of receiver processes. Receipts are
 * partitioned by month of decision time (a month's partition is created when its first
 * receipt arrives), so `retain` drops whole partitions instead of deleting rows. Every
 * failure (database down, pool exhausted, timeout) is a `ReceiptStoreError`, which the
 * receiver answers with 503: the browser keeps the receipt and sends it again.
 * @example
 * import pg from 'pg'
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 2000 })
 * const store = postgresStore({ pool })
 * const receive = createReceiver({ store })
 */
function postgresStore(options) {
    const { pool, table = 'consentry_receipts', timeoutMs = 5000, migrate = true } = options;
    checkTable(table);
    // pg emits 'error' when an idle connection dies (a restart, a failover); unheard, that
    // event would end the process. The next query then fails and is answered with 503.
    pool.on('error', () => { });
    const lockKey = `consentry:${table}`;
    /** Every call: bounded in time, and any failure a ReceiptStoreError that says what failed. */
    async function guarded(what, call) {
        let timer;
        const timeout = new Promise((_resolve, reject) => {
            timer = setTimeout(() => reject(new ReceiptStoreError(`postgresStore: ${what}: no answer in ${timeoutMs} ms`)), timeoutMs);
        });
        try {
            return await Promise.race([call(), timeout]);
        }
        catch (e) {
            if (e instanceof ReceiptStoreError)
                throw e;
            const reason = e instanceof Error ? e.message : String(e);
            throw new ReceiptStoreError(`postgresStore: ${what} failed: ${reason}`, { cause: e });
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Runs statements in one transaction holding this table's advisory lock, so receivers take turns at DDL. */
    async function locked(statements) {
        const client = await pool.connect();
        try {
            await client.query({ text: 'BEGIN' });
            await client.query({ text: 'SELECT pg_advisory_xact_lock(hashtext($1))', values: [lockKey] });
            await statements(client);
            await client.query({ text: 'COMMIT' });
            client.release();
        }
        catch (e) {
            // A connection in an unknown state is closed rather than reused.
            await client.query({ text: 'ROLLBACK' }).catch(() => { });
            client.release(true);
            throw e;
        }
    }
    async function createPartition(client, time) {
        const { name, start, end } = partitionOf(table, time);
        await client.query({
            text: `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF ${table} FOR VALUES FROM ('${start.toISOString()}') TO ('${end.toISOString()}')`,
        });
    }
    async function runMigrations() {
        await locked(async (client) => {
            await client.query({
                text: `CREATE TABLE IF NOT EXISTS ${table}_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
            });
            const result = await client.query({
                text: `SELECT coalesce(max(version), 0) AS version FROM ${table}_migrations`,
            });
            const current = Number(result.rows[0].version);
            for (const step of postgresMigrations(table)) {
                if (step.version <= current)
                    continue;
                await client.query({ text: step.sql });
                await client.query({
                    text: `INSERT INTO ${table}_migrations (version) VALUES ($1)`,
                    values: [step.version],
                });
            }
            // This month and the next exist before anyone needs them.
            const now = Date.now();
            await createPartition(client, now);
            await createPartition(client, monthStart(now, -1));
        });
    }
    // Once it has worked; a failed attempt (database down at start) is tried again next call.
    let ready = null;
    function whenReady() {
        if (!migrate)
            return Promise.resolve();
        if (!ready) {
            ready = runMigrations().catch((e) => {
                ready = null;
                throw e;
            });
        }
        return ready;
    }
    const insertQuery = (receipt) => ({
        text: `INSERT INTO ${table} (id, consent_id, decided_at, received_at, receipt)
      VALUES ($1, $2, to_timestamp($3::float8 / 1000), to_timestamp($4::float8 / 1000), $5)
      ON CONFLICT DO NOTHING`,
        values: [
            receipt.id,
            receipt.consentId,
            receipt.time,
            receipt.received,
            JSON.stringify(receipt),
        ],
    });
    async function insert(receipt) {
        await whenReady();
        try {
            const result = await pool.query(insertQuery(receipt));
            return result.rowCount === 1;
        }
        catch (e) {
            if (errorCode(e) !== NO_PARTITION)
                throw e;
        }
        // The first receipt of a month with no partition yet (a visitor's clock, a new month).
        await locked(client => createPartition(client, receipt.time));
        const result = await pool.query(insertQuery(receipt));
        return result.rowCount === 1;
    }
    const receiptsOf = (result) => result.rows.map(row => row.receipt);
    async function readPage(from, to, cursor, limit) {
        await whenReady();
        const after = cursor ?? { time: -1, id: '' };
        const result = await pool.query({
            text: `SELECT receipt FROM ${table}
        WHERE decided_at >= to_timestamp($1::float8 / 1000) AND decided_at < to_timestamp($2::float8 / 1000)
          AND (decided_at, id) > (to_timestamp($3::float8 / 1000), $4)
        ORDER BY decided_at, id LIMIT $5`,
            values: [from, to, after.time, after.id, limit],
        });
        return receiptsOf(result);
    }
    async function dropPartitionsBefore(before) {
        await whenReady();
        await locked(async (client) => {
            const result = await client.query({
                text: `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = $1::regclass`,
                values: [table],
            });
            const pattern = new RegExp(`^${table}_(\\d{4})_(\\d{2})$`);
            for (const { name } of result.rows) {
                const match = pattern.exec(name);
                if (!match)
                    continue;
                const end = Date.UTC(Number(match[1]), Number(match[2]), 1);
                if (end <= before)
                    await client.query({ text: `DROP TABLE ${name}` });
            }
        });
    }
    return withListAlias({
        add: receipt => guarded('storing a receipt', () => insert(receipt)),
        history: consentId => guarded('reading a history', async () => {
            await whenReady();
            const result = await pool.query({
                text: `SELECT receipt FROM ${table} WHERE consent_id = $1 ORDER BY decided_at, received_at`,
                values: [consentId],
            });
            return receiptsOf(result);
        }),
        retain: async (retainOptions) => {
            const before = retainCutoff(retainOptions);
            await guarded('dropping old partitions', () => dropPartitionsBefore(before));
            return { before };
        },
        export: range => {
            const { from, to } = exportBounds(range);
            return ndjsonStream((cursor, limit) => guarded('exporting', () => readPage(from, to, cursor, limit)));
        },
    });
}

/**
 * The directives whose sources say where the page may load from or send to; `form-action`
 * is no fetch directive, but a form can post to a tracker. The others are kept as they are.
 */
const URL_DIRECTIVES = new Set([
    'default-src',
    'script-src',
    'script-src-elem',
    'style-src',
    'style-src-elem',
    'img-src',
    'font-src',
    'connect-src',
    'media-src',
    'object-src',
    'frame-src',
    'child-src',
    'worker-src',
    'manifest-src',
    'form-action',
]);
/** What a page without a policy of its own could load, less other origins' hosts. */
const OPEN_SOURCES = ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:'];
/** Scheme sources that allow every host on the network (CSP3 section 2.3.1). */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
/** scheme://host:port/path, each part but the host optional (CSP3 `host-source`). */
const HOST_SOURCE = /^(?:[a-z][a-z\d+.-]*:\/\/)?(\*|(?:\*\.)?[^:/*]+)(?::(?:\d+|\*))?(?:\/.*)?$/i;
/** A config host as the gate matches it: lower case, without a trailing dot. */
const normalHost = (host) => host.toLowerCase().replace(/\.$/, '');
function hostsFor(config, decision) {
    const grantedByHost = new Map();
    for (const category of Object.values(config.categories)) {
        const services = category.services || {};
        for (const name of Object.keys(services)) {
            const granted = Object.hasOwn(decision.services, name) && decision.services[name] === true;
            for (const host of services[name].hosts || []) {
                const key = normalHost(host);
                // Fail closed: one denied service listing a host keeps the host out for all.
                const before = grantedByHost.get(key) ?? true;
                grantedByHost.set(key, before && granted);
            }
        }
    }
    const hosts = { allowed: [], denied: [] };
    for (const [host, granted] of grantedByHost) {
        if (granted)
            hosts.allowed.push(host);
        else
            hosts.denied.push(host);
    }
    return hosts;
}
/** Splits a policy into directives; a repeated directive is ignored, as browsers do (CSP3 section 2.2.1). */
function parsePolicy(policy) {
    const directives = [];
    for (const part of policy.split(';')) {
        const tokens = part.trim().split(/\s+/).filter(Boolean);
        if (!tokens.length)
            continue;
        const name = tokens[0].toLowerCase();
        if (directives.some(directive => directive.name === name))
            continue;
        directives.push({ name, sources: tokens.slice(1) });
    }
    return directives;
}
/** Whether a host-source's host part (`example.com`, `*.example.com`) matches `host` or any subdomain of it. */
function reaches(hostPart, host) {
    const part = hostPart.toLowerCase();
    const zone = part.startsWith('*.') ? part.slice(2) : part;
    const inZone = zone === host || zone.endsWith('.' + host);
    // `*.test` reaches tracker.test; `*.tracker.test` and `px.tracker.test` lie inside it.
    const wildcardAbove = part.startsWith('*.') && host.endsWith('.' + zone);
    return inZone || wildcardAbove;
}
/** How one source expression treats network hosts. */
function kindOf(source) {
    const lower = source.toLowerCase();
    if (lower.startsWith("'"))
        return 'keyword';
    if (lower === '*' || NETWORK_SCHEMES.has(lower))
        return 'every-host';
    if (/^[a-z][a-z\d+.-]*:$/.test(lower))
        return 'other';
    const match = HOST_SOURCE.exec(source);
    if (!match)
        return 'other';
    if (match[1] === '*')
        return 'every-host';
    return { host: match[1] };
}
/** The sources that allow a granted host: itself and its subdomains, on any port (the gate matches hosts, not ports). */
const hostSources = (hosts) => hosts.flatMap(host => [host + ':*', '*.' + host + ':*']);
/** A source list without the denied hosts; a list that allowed every host gets `'self'` and the granted hosts instead. */
function narrow(sources, hosts) {
    if (sources.length === 1 && sources[0].toLowerCase() === "'none'")
        return sources;
    const kept = [];
    let allowedEveryHost = false;
    for (const source of sources) {
        const kind = kindOf(source);
        if (kind === 'every-host') {
            allowedEveryHost = true;
            continue;
        }
        // 'strict-dynamic' lets a trusted script load any host: host lists would not apply.
        if (source.toLowerCase() === "'strict-dynamic'")
            continue;
        if (typeof kind === 'object' && hosts.denied.some(host => reaches(kind.host, host)))
            continue;
        kept.push(source);
    }
    if (allowedEveryHost) {
        if (!kept.some(source => source.toLowerCase() === "'self'"))
            kept.push("'self'");
        kept.push(...hostSources(hosts.allowed));
    }
    return kept.length ? kept : ["'none'"];
}
/**
 * The `Content-Security-Policy` for a request: the site's `base` policy, narrowed so that
 * no denied service's `hosts` can load or receive anything, by any route the browser
 * checks (scripts, the preload scanner, `import()`, styles and their `url()` and `@import`,
 * images, fonts, media, frames, `fetch`, beacons, `<a ping>`, forms). What applies is the
 * browser's own `decide()` over the consent cookie, the signal headers and the region: with
 * no record, everything not granted by default stays out. Returns `base` unchanged (maybe
 * `''`: send no header) when nothing is denied.
 *
 * The policy holds for the whole page view: a service granted on the page loads only after
 * a reload (see `reloadOnGrant` in `consentry/integrations`).
 * @example
 * const policy = consentCsp({ config, cookie: req.headers.cookie, headers: req.headers, base: "default-src 'self'; img-src *" })
 * if (policy) res.setHeader('content-security-policy', policy)
 */
function consentCsp(options) {
    const { config, cookie, headers, region } = options;
    const base = options.base || '';
    const decision = readDecision(config, cookie, headers, region);
    const hosts = hostsFor(config, decision);
    if (!hosts.denied.length)
        return base;
    const directives = parsePolicy(base);
    // A policy without default-src leaves every fetch without its own directive open.
    if (!directives.some(directive => directive.name === 'default-src')) {
        const sources = [...OPEN_SOURCES, ...hostSources(hosts.allowed)];
        directives.unshift({ name: 'default-src', sources });
    }
    return directives
        .map(directive => {
        const sources = URL_DIRECTIVES.has(directive.name)
            ? narrow(directive.sources, hosts)
            : directive.sources;
        return [directive.name, ...sources].join(' ');
    })
        .join('; ');
}

/** One header's value, or ''; Node's header objects have lower-case keys, `Headers` any case. */
function header(headers, name) {
    const value = typeof headers.get === 'function'
        ? headers.get(name)
        : headers[name];
    if (Array.isArray(value))
        return String(value[0] ?? '');
    return typeof value === 'string' ? value : '';
}
/**
 * Codes that are in the alpha-2 shape but name no country: `XX` (Cloudflare: no data),
 * `ZZ` (unknown territory), `EU` and `AP` (continent-level results of some databases).
 * Tor (`T1`) and reserved blocks (`**`, Fastly) fail the shape check anyway.
 */
const NOT_A_COUNTRY = ['XX', 'ZZ', 'EU', 'AP'];
/**
 * A CDN's location headers, read as a country and a subdivision. Each reader names the
 * documentation of the headers it reads. A CDN sends its headers only when the site
 * turned them on, and only a request that came through that CDN has them.
 */
const readers = [
    // Cloudflare: CF-IPCountry, ISO 3166-1 alpha-2, `XX` without data, `T1` for Tor
    // (developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ipcountry);
    // cf-region-code, the ISO 3166-2 subdivision, with the "Add visitor location headers"
    // managed transform (developers.cloudflare.com/rules/transform/managed-transforms/reference/).
    headers => ({
        country: header(headers, 'cf-ipcountry'),
        subdivision: header(headers, 'cf-region-code'),
    }),
    // Vercel: x-vercel-ip-country (ISO 3166-1 alpha-2) and x-vercel-ip-country-region
    // (ISO 3166-2 subdivision, up to three characters) (vercel.com/docs/headers/request-headers).
    headers => ({
        country: header(headers, 'x-vercel-ip-country'),
        subdivision: header(headers, 'x-vercel-ip-country-region'),
    }),
    // Amazon CloudFront: CloudFront-Viewer-Country (ISO 3166-1 alpha-2) and
    // CloudFront-Viewer-Country-Region (ISO 3166-2 subdivision), added by an origin request
    // policy (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-cloudfront-headers.html).
    headers => ({
        country: header(headers, 'cloudfront-viewer-country'),
        subdivision: header(headers, 'cloudfront-viewer-country-region'),
    }),
    // Netlify: x-nf-geo, base64-encoded JSON of the object an edge function gets as
    // `context.geo`: `{ country: { code }, subdivision: { code } }`, ISO 3166 codes
    // (docs.netlify.com/edge-functions/api/; netlify-cli's geolocation template reads the header).
    headers => netlifyGeo(header(headers, 'x-nf-geo')),
    // Akamai: X-Akamai-Edgescape, `key=value` pairs with country_code (ISO 3166-1 alpha-2)
    // and region_code, sent with the Content Targeting (EdgeScape) behavior
    // (techdocs.akamai.com/property-mgr/docs/content-tgting).
    headers => edgescape(header(headers, 'x-akamai-edgescape')),
    // Fastly sends no location header of its own: VCL copies client.geo.country_code (ISO
    // 3166-1 alpha-2) and client.geo.region (ISO 3166-2 subdivision) into headers the site
    // names (fastly.com/documentation/reference/vcl/variables/geolocation/). These are the
    // names our documentation's VCL snippet sets; absent data is `?`, which fails the checks.
    headers => ({
        country: header(headers, 'x-fastly-country-code'),
        subdivision: header(headers, 'x-fastly-region'),
    }),
];
/** A JSON field that should hold a code: anything but a string is no code. */
const text = (value) => (typeof value === 'string' ? value : '');
/** Netlify's x-nf-geo: base64 JSON on Netlify, plain JSON from some local tools. */
function netlifyGeo(value) {
    const none = { country: '', subdivision: '' };
    if (!value)
        return none;
    try {
        const json = value.trim().startsWith('{') ? value : atob(value);
        const geo = JSON.parse(json);
        return { country: text(geo.country?.code), subdivision: text(geo.subdivision?.code) };
    }
    catch {
        // A header that does not decode says nothing about where the visitor is.
        return none;
    }
}
/** Akamai's `georegion=246,country_code=US,region_code=CA,city=SANJOSE,...`. */
function edgescape(value) {
    const fields = {};
    for (const pair of value.split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            fields[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim();
    }
    return { country: fields.country_code || '', subdivision: fields.region_code || '' };
}
/** An ISO 3166-1 alpha-2 code, upper case, or '' for anything else. */
function countryCode(value) {
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.includes(code))
        return '';
    return code;
}
/** An ISO 3166-2 subdivision's own part (`CA` of `US-CA`, `13` of `JP-13`), or ''. */
function subdivisionCode(value, country) {
    let code = value.trim().toUpperCase();
    // Some setups send the whole code (`US-CA`) rather than its second part.
    if (code.startsWith(country + '-'))
        code = code.slice(country.length + 1);
    if (!/^[A-Z0-9]{1,3}$/.test(code))
        return '';
    return code;
}
/**
 * The visitor's region from the location headers a CDN adds: Cloudflare, Vercel, Amazon
 * CloudFront, Netlify, Akamai, and Fastly through the VCL in the docs. Returns an ISO
 * 3166 code, the country (`DE`) or with its subdivision where the CDN gives one
 * (`US-CA`), or `''` when no header names a country. Pass it to `readDecision`, and to
 * the page as `<html data-consent-region>` or the config's `region`.
 *
 * Trust these headers only from your CDN: a request that reaches the origin directly
 * can send any of them. The first CDN in the order above whose header names a country wins.
 * @example regionFromHeaders(request.headers) // 'US-CA'
 */
function regionFromHeaders(headers) {
    if (!headers)
        return '';
    for (const read of readers) {
        const location = read(headers);
        const country = countryCode(location.country);
        if (!country)
            continue;
        const subdivision = subdivisionCode(location.subdivision, country);
        if (subdivision)
            return country + '-' + subdivision;
        return country;
    }
    return '';
}

export { ReceiptError, ReceiptStoreError, bindingCookieHeader, consentCookieHeader, consentCsp, createReceiver, hasBinding, memoryStore, needsBanner, postgresMigrations, postgresStore, readConsent, readDecision, readSignals, regionFromHeaders, sqliteMigrations, sqliteStore, validateReceipt };
