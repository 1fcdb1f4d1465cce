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
const bad = (field, message) => {
    throw new ReceiptError(field, message);
};
const isObject = (v) => !!v && typeof v == 'object' && !Array.isArray(v);
/** Same shapes as the browser side: consent ids from the codec, names from the config validator. */
const CONSENT_ID = /^[\w-]{8,40}$/;
const RECEIPT_ID = /^[\w.-]{8,64}$/;
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal', 'withdrawal'];
const text$1 = (v, field, max) => (typeof v == 'string' && v.length <= max) ||
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
        (text$1(v, f, 2048) && /^https?:\/\//i.test(v)) ||
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
    language: (v, f) => text$1(v, f, 35),
    origin: (v, f) => (text$1(v, f, 255) && /^https?:\/\/[^/?#\s]+$/i.test(v)) ||
        bad(f, 'expected an origin such as https://www.example.com'),
    path: (v, f) => (text$1(v, f, 2048) && /^\/[^?#\s]*$/.test(v)) ||
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

const header$1 = (headers, name) => {
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
        dnt: header$1(headers, 'dnt').trim() == '1',
        gpc: header$1(headers, 'sec-gpc').trim() == '1',
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

export { ReceiptError, consentCookieHeader, createReceiver, memoryStore, needsBanner, readConsent, readDecision, readSignals, regionFromHeaders, sqliteStore, validateReceipt };
