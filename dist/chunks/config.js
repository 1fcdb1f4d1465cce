import Cookies from 'js-cookie';
import { a as decodeRecord, D as DAY, b as encodeRecord, l as lifetimeDays, C as ConsentConfigError } from './error.js';
import { u as usedForTracking } from './category.js';
import { h as hasOwn } from './own.js';

/*
 * Deleting a cookie. The browser deletes only an exact (name, domain, path) match
 * (RFC 6265 section 5.3 step 11), and `document.cookie` does not say which domain or
 * path a cookie carries, so a cookie is expired on every variant this page could have
 * set it with. Used for the consent cookie (`reset()`) and by the gate's clean-up.
 */
/**
 * Every `Domain` a cookie visible on `host` may carry: none (host-only), and the host and
 * each parent down to two labels (RFC 6265 section 5.3 step 5: a browser refuses a public
 * suffix, so `.co.uk` is harmless, but a single label never needs trying).
 * @example cookieDomains('www.site.test') // ['', '.www.site.test', '.site.test']
 */
function cookieDomains(host) {
    const labels = host.split('.');
    const domains = [''];
    for (let i = 0; i < labels.length - 1; i++)
        domains.push('.' + labels.slice(i).join('.'));
    return domains;
}
/**
 * Every `Path` a cookie visible on `path` may carry: a cookie is sent only where its path
 * is a prefix of the page's (RFC 6265 section 5.1.4), so the prefixes, with and without a
 * trailing slash, are all the paths worth expiring; cookies set for other paths are
 * cleaned on the pages that see them.
 * @example cookiePaths('/shop/cart') // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']
 */
function cookiePaths(path) {
    const paths = ['/'];
    let prefix = '';
    for (const segment of path.split('/')) {
        if (!segment)
            continue;
        prefix += '/' + segment;
        paths.push(prefix, prefix + '/');
    }
    return paths;
}
const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT';
/**
 * Expires cookie `name` on every domain and path this page can set, and on `also` (a
 * configured domain or path outside those, such as `cookie.domain`). Never throws: a
 * page where cookies are unavailable has nothing to delete.
 * @example expireCookie('_ga')
 */
function expireCookie(name, also = {}) {
    try {
        const domains = cookieDomains(location.hostname);
        if (also.domain && !domains.includes(also.domain))
            domains.push(also.domain);
        const paths = cookiePaths(location.pathname);
        if (also.path && !paths.includes(also.path))
            paths.push(also.path);
        // A Secure cookie can only be replaced by a Secure write (RFC 6265bis section 5.7
        // step 16); an expiry date in the past deletes it (RFC 6265 section 5.3 step 11).
        const secure = location.protocol === 'https:' ? '; Secure' : '';
        for (const domain of domains) {
            const domainAttribute = domain ? '; Domain=' + domain : '';
            for (const path of paths)
                document.cookie = name + '=; Expires=' + EPOCH + '; Path=' + path + domainAttribute + secure;
        }
    }
    catch {
        // Cookies unavailable (sandboxed frame, file: page): nothing was stored either.
    }
}

/** The consent cookie's name for a config. */
const cookieName = (config) => config.cookie?.name || 'consentry';
/** A record dated in the future (skewed clock, forgery) ranks below every other. */
const rank = (record) => {
    if (record.time > Date.now() + DAY)
        return -record.time;
    return record.time;
};
/** Every value of the consent cookie this page sees, in `document.cookie`'s order. */
const cookieValues = (name) => {
    const values = [];
    for (const pair of document.cookie.split(/; */)) {
        const eq = pair.indexOf('=');
        if (eq > 0 && pair.slice(0, eq) === name)
            values.push(pair.slice(eq + 1));
    }
    return values;
};
/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. A record
 * dated in the future is the last choice: if it won, every new decision would be
 * outvoted by it and the banner would come back on every page. */
function readRecord(config) {
    let found = null;
    try {
        for (const value of cookieValues(cookieName(config))) {
            const record = decodeRecord(value);
            if (record && (!found || rank(record) > rank(found)))
                found = record;
        }
    }
    catch {
        // Cookies unavailable: no record, so no consent (fail closed).
    }
    return found;
}
/**
 * Writes the record and reads it back; returns false when the exact value did not arrive
 * (cookies unavailable, the write dropped, a value the browser refused). Nothing is written
 * for a record that could not be read back (too large). The choice then lives in memory
 * for this page view.
 */
function writeRecord(config, record) {
    try {
        const value = encodeRecord(record);
        const cookie = config.cookie || {};
        Cookies.set(cookieName(config), value, {
            expires: new Date(record.time + lifetimeDays(config, record) * DAY),
            path: cookie.path || '/',
            domain: cookie.domain,
            sameSite: cookie.sameSite || 'Lax',
            secure: location.protocol === 'https:' || cookie.sameSite === 'None',
        });
        // The id is reused across decisions: only the exact value proves this write landed.
        return cookieValues(cookieName(config)).includes(value);
    }
    catch {
        return false;
    }
}
/** Deletes the consent cookie everywhere this page can see one: host-only and on every
 * parent domain, on every prefix of this path and the configured domain and path.
 * readRecord reads them all, so a record left by an earlier config (another domain or
 * path) would otherwise come back. */
function clearRecord(config) {
    expireCookie(cookieName(config), { domain: config.cookie?.domain, path: config.cookie?.path });
}

/*
 * A service's `hosts` entry is a host name, matched with its subdomains. What is
 * unambiguous is normalised (any case, a trailing dot, a leading `*.` or `.`, which
 * mean "with subdomains" as every entry already does, and what the URL parser maps,
 * such as an ideographic full stop or a Unicode name to its punycode); anything that
 * is not a host (a scheme, port, path, `%`, `*` elsewhere) is refused, since it would
 * never match and the tracker would go unblocked.
 */
/** What a host name looks like once the URL parser has normalised it. */
const HOST$1 = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
/** Characters that make an entry a URL, a pattern or an escape, never a host. */
const NOT_A_HOST = /[\s/\\:?#@[\]*%&;,'"<>^`{|}]/;
/**
 * The host an entry of `hosts` names, in the form the browser gives a URL's host; `null`
 * for an entry that is not a host name.
 * @example normalizeHost('WWW.Tracker.test.') // 'www.tracker.test'
 * @example normalizeHost('https://tracker.test/x') // null
 */
function normalizeHost(entry) {
    let name = entry;
    if (name.startsWith('*.'))
        name = name.slice(2);
    else if (name.startsWith('.'))
        name = name.slice(1);
    if (name.endsWith('.'))
        name = name.slice(0, -1);
    if (!name || NOT_A_HOST.test(name))
        return null;
    let parsed;
    try {
        parsed = new URL('http://' + name + '/').hostname;
    }
    catch {
        return null;
    }
    // The parser keeps a trailing dot an ideographic full stop turned into.
    if (parsed.endsWith('.'))
        parsed = parsed.slice(0, -1);
    if (!HOST$1.test(parsed))
        return null;
    return parsed;
}

const fail = (path, message) => {
    throw new ConsentConfigError(path || 'config', message);
};
const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp);
/** http(s) or relative: a `javascript:` link must never reach the page. Asks the URL
 * parser itself, which strips tabs, newlines and leading control characters (WHATWG URL
 * "basic URL parser") that a hand-written scheme test would miss: `java\tscript:`. */
const safeUrl = (url) => {
    try {
        return /^https?:$/.test(new URL(url, 'http://a').protocol);
    }
    catch {
        return false;
    }
};
/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
const toRegExp = (source) => {
    const end = source.lastIndexOf('/');
    if (end < 2)
        throw SyntaxError(source);
    return new RegExp(source.slice(1, end), source.slice(end + 1));
};
const validRegExp = (source) => {
    try {
        toRegExp(source);
        return true;
    }
    catch {
        return false;
    }
};
// Plain constants and literals only at the top level, so a bundle that never validates
// (a production build of createConsent) drops all of this.
const STR = 'a string';
const BOOL = 'true or false';
const FN = 'a function';
const HTTP = 'an http(s) or relative URL';
const DAYS = 'days, 1 to 3650';
const INT = 'a whole number from 0';
const COOKIE_NAME = 'a cookie name';
const PATTERN = 'a string or RegExp (a /regular expression/ string must be valid)';
const FLAG = 'true, false or an object';
const HOST = 'a host name such as tracker.test (no scheme, port, path or pattern)';
const TESTS = {
    [STR]: value => typeof value === 'string',
    [BOOL]: value => typeof value === 'boolean',
    [FN]: value => typeof value === 'function',
    [HTTP]: value => typeof value === 'string' && safeUrl(value),
    [DAYS]: value => typeof value === 'number' && value > 0 && value <= 3650,
    [INT]: value => Number.isInteger(value) && value >= 0 && value < 1e9,
    [COOKIE_NAME]: value => typeof value === 'string' && /^[\w-]{1,64}$/.test(value),
    [PATTERN]: value => {
        if (value instanceof RegExp)
            return true;
        if (typeof value !== 'string')
            return false;
        return !value.startsWith('/') || validRegExp(value);
    },
    [FLAG]: value => typeof value === 'boolean' || isObject(value),
    [HOST]: value => typeof value === 'string' && normalizeHost(value) !== null,
};
/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const join = (path, key) => {
    if (typeof key === 'number')
        return path + '[' + key + ']';
    if (!path)
        return key;
    return path + '.' + key;
};
/** A name every object inherits (`constructor`, `toString`, `valueOf`...): refused, so no
 * lookup, ours or a site's own `config.categories[name]`, can find the built-in instead. */
const builtinName = (name) => name in Object.prototype;
function checkObject(spec, value, path) {
    if (!isObject(value))
        return fail(path, 'expected an object');
    const required = typeof spec['!'] === 'string' ? spec['!'].split(' ') : [];
    for (const key of required)
        if (!hasOwn(value, key))
            fail(join(path, key), 'is required');
    const anyName = spec['*'];
    for (const key of Object.keys(value)) {
        const keySpec = key !== '!' && hasOwn(spec, key) ? spec[key] : anyName;
        if (!keySpec)
            fail(join(path, key), 'unknown key (expected one of ' + Object.keys(spec).join(', ') + ')');
        if (anyName && !NAME.test(key))
            fail(join(path, key), 'expected a name ([A-Za-z][\\w-]*)');
        if (anyName && builtinName(key))
            fail(join(path, key), 'is a name every object has built in; pick another');
        if (value[key] !== undefined)
            check(keySpec, value[key], join(path, key));
    }
}
function check(spec, value, path) {
    if (typeof spec === 'function')
        return spec(value, path);
    if (Array.isArray(spec)) {
        if (!Array.isArray(value))
            return fail(path, 'expected an array');
        value.forEach((item, index) => check(spec[0], item, join(path, index)));
        return;
    }
    if (typeof spec === 'string') {
        const choices = spec.split('|');
        if (choices.length > 1) {
            if (!choices.includes(value))
                fail(path, "expected '" + choices.join("' | '") + "'");
            return;
        }
        if (!TESTS[spec](value))
            fail(path, 'expected ' + spec);
        return;
    }
    checkObject(spec, value, path);
}
const MODEL = 'opt-in|opt-out|notice';
const SIGNAL = 'ignore|default-deny|enforce';
const common = {
    label: STR,
    description: STR,
    cookies: [PATTERN],
    cookieInfo: [{ '!': 'name', name: STR, purpose: STR, lifetime: STR }],
    storage: [STR],
};
/** Every key of `Texts`; the UI's English defaults have the same keys. */
const TEXT_KEYS = 
/* @__PURE__ */ 'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways bodyOptOut bodyNotice purposes partners'.split(' ');
const checkTexts = (value, path) => check(Object.fromEntries(TEXT_KEYS.map(key => [key, STR])), value, path);
const checkRegions = (regions, path) => {
    check({ '*': MODEL }, regions, path);
    // Looked up in upper case: a lower-case key would silently never apply.
    for (const code of Object.keys(regions))
        if (!/^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(code))
            fail(path + '.' + code, 'expected an ISO 3166 code (DE, US-CA)');
};
const checkModel = (model, path) => {
    if (typeof model === 'string')
        return check(MODEL, model, path);
    const spec = { '!': 'default', default: MODEL, unknown: MODEL, regions: checkRegions };
    check(spec, model, path);
};
const SCHEMA = {
    '!': 'categories',
    categories: {
        '*': {
            ...common,
            required: BOOL,
            signalsApply: BOOL,
            usedForTracking: BOOL,
            tracking: BOOL,
            services: {
                '*': { ...common, hosts: [HOST], thirdParty: BOOL, disabled: BOOL, onRevoke: FN },
            },
        },
    },
    revision: INT,
    model: checkModel,
    region: STR,
    signals: { dnt: SIGNAL, gpc: SIGNAL, cookieless: BOOL },
    cookie: { name: COOKIE_NAME, domain: STR, path: STR, sameSite: 'Lax|Strict|None' },
    lifetime: { consent: DAYS, refusal: DAYS },
    thirdPartyTracking: BOOL,
    policyUrl: HTTP,
    lang: STR,
    texts: checkTexts,
    ui: { layout: 'bar|box|modal', theme: 'light|dark|auto', reopen: BOOL, nonce: STR },
    gate: { network: BOOL },
    reloadOnWithdraw: BOOL,
    // Integrations check their own options; the core checks only the shape.
    consentMode: FLAG,
    receipts: (value, path) => check({ '!': 'endpoint', endpoint: HTTP, '*': () => { } }, value, path),
    dataLayer: FLAG,
};
/** What the schema cannot say: at least one category, unique service names, and the
 * site's own refusal of third-party tracking. */
function checkCategories(config) {
    const categories = config.categories;
    const names = Object.keys(categories);
    if (!names.length)
        fail('categories', 'expected at least one category');
    const seen = new Set();
    for (const name of names) {
        const category = categories[name];
        // `{ a: undefined }` passes the schema walk (undefined means "not set"), not this.
        if (!category)
            fail('categories.' + name, 'expected an object');
        const services = category.services || {};
        for (const service of Object.keys(services)) {
            const path = 'categories.' + name + '.services.' + service;
            const serviceConfig = services[service];
            if (!serviceConfig)
                fail(path, 'expected an object');
            if (seen.has(service) || hasOwn(categories, service))
                fail(path, 'service names must be unique');
            seen.add(service);
            const refused = config.thirdPartyTracking === false &&
                usedForTracking(category) &&
                serviceConfig.thirdParty &&
                !serviceConfig.disabled;
            if (refused)
                fail(path, 'third-party tracking is refused (thirdPartyTracking: false)');
        }
    }
}
/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
function validateConfig(config) {
    check(SCHEMA, config, '');
    checkCategories(config);
    return config;
}

export { clearRecord as a, cookieName as c, expireCookie as e, readRecord as r, safeUrl as s, toRegExp as t, validateConfig as v, writeRecord as w };
