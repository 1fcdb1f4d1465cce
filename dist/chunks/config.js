import Cookies from 'js-cookie';
import { d as decodeRecord, e as encodeRecord, l as lifetimeDays, D as DAY, C as ConsentConfigError } from './error.js';

/** The consent cookie's name for a config. */
const cookieName = (config) => (config.cookie && config.cookie.name) || 'consentry';
/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. A record
 * dated in the future (skewed clock, forgery) is the last choice: if it won, every new
 * decision would be outvoted by it and the banner would come back on every page. */
function readRecord(config) {
    let found = null;
    const rank = (r) => (r.time > Date.now() + DAY ? -r.time : r.time);
    try {
        const name = cookieName(config);
        for (const part of document.cookie.split(/; */)) {
            const eq = part.indexOf('=');
            const record = part.slice(0, eq) == name && decodeRecord(part.slice(eq + 1));
            if (record && (!found || rank(record) > rank(found)))
                found = record;
        }
    }
    catch { }
    return found;
}
/** Writes the record; returns false when cookies are unavailable (the choice then lives
 * in memory for this page view). */
function writeRecord(config, record) {
    try {
        const c = config.cookie || {};
        Cookies.set(cookieName(config), encodeRecord(record), {
            expires: new Date(record.time + lifetimeDays(config, record) * DAY),
            path: c.path || '/',
            domain: c.domain,
            sameSite: c.sameSite || 'Lax',
            secure: location.protocol == 'https:' || c.sameSite == 'None',
        });
        return readRecord(config)?.id == record.id;
    }
    catch {
        return false;
    }
}
/** Deletes the consent cookie everywhere this page can see one: host-only and on every
 * parent domain, on `/` and every prefix of this path. readRecord reads them all, so a
 * record left by an earlier config (another domain or path) would otherwise come back. */
function clearRecord(config) {
    try {
        const c = config.cookie || {};
        const labels = location.hostname.split('.');
        const parts = location.pathname.split('/');
        const domains = [undefined, c.domain];
        for (let i = 0; i < labels.length - 1; i++)
            domains.push('.' + labels.slice(i).join('.'));
        const paths = [c.path || '/'];
        for (let i = 1; i < parts.length; i++)
            paths.push(parts.slice(0, i + 1).join('/') || '/');
        for (const domain of domains)
            for (const path of paths)
                Cookies.remove(cookieName(config), { domain, path });
    }
    catch { }
}

// Its own module, so integrations can throw it without pulling in the schema.
const fail = (path, message) => {
    throw new ConsentConfigError(path || 'config', message);
};
const isObject = (v) => !!v && typeof v == 'object' && !Array.isArray(v) && !(v instanceof RegExp);
/** http(s) or relative: a `javascript:` link must never reach the page. Asks the URL
 * parser itself, which strips tabs, newlines and leading control characters (WHATWG URL
 * "basic URL parser") that a hand-written scheme test would miss: `java\tscript:`. */
const safeUrl = (v) => {
    try {
        return /^https?:$/.test(new URL(v, 'http://a').protocol);
    }
    catch { }
};
/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
const toRegExp = (s) => {
    const end = s.lastIndexOf('/');
    if (end < 2)
        throw SyntaxError(s);
    return new RegExp(s.slice(1, end), s.slice(end + 1));
};
const validRegExp = (s) => {
    try {
        return !!toRegExp(s);
    }
    catch { }
};
// Plain constants and literals only at the top level, so a bundle that never validates
// (a production build of createConsent) drops all of this.
const STR = 'a string';
const BOOL = 'true or false';
const FN = 'a function';
const HTTP = 'an http(s) or relative URL';
const DAYS = 'days, 1 to 3650';
const INT = 'a whole number from 0';
const NAME_ = 'a cookie name';
const PATTERN = 'a string or RegExp (a /regular expression/ string must be valid)';
const FLAG = 'true, false or an object';
const TESTS = {
    [STR]: v => typeof v == 'string',
    [BOOL]: v => typeof v == 'boolean',
    [FN]: v => typeof v == 'function',
    [HTTP]: v => typeof v == 'string' && safeUrl(v),
    [DAYS]: v => typeof v == 'number' && v > 0 && v <= 3650,
    [INT]: v => Number.isInteger(v) && v >= 0 && v < 1e9,
    [NAME_]: v => typeof v == 'string' && /^[\w-]{1,64}$/.test(v),
    [PATTERN]: v => v instanceof RegExp || (typeof v == 'string' && (v[0] != '/' || validRegExp(v))),
    [FLAG]: v => typeof v == 'boolean' || isObject(v),
};
/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const join = (p, key) => typeof key == 'number' ? p + '[' + key + ']' : p ? p + '.' + key : key;
function check(spec, v, p) {
    if (typeof spec == 'function')
        return spec(v, p);
    if (Array.isArray(spec)) {
        if (!Array.isArray(v))
            fail(p, 'expected an array');
        return v.forEach((x, i) => check(spec[0], x, join(p, i)));
    }
    if (typeof spec == 'string') {
        if (spec.includes('|')) {
            if (!spec.split('|').includes(v))
                fail(p, "expected '" + spec.split('|').join("' | '") + "'");
            return;
        }
        if (!TESTS[spec](v))
            fail(p, 'expected ' + spec);
        return;
    }
    if (!isObject(v))
        fail(p, 'expected an object');
    for (const key of (spec['!'] || '').split(' '))
        if (key && !(key in v))
            fail(join(p, key), 'is required');
    for (const key in v) {
        // Own keys only: a config key named `toString` must not find Object.prototype's.
        const s = Object.keys(spec).includes(key) ? spec[key] : spec['*'];
        if (!s || key == '!')
            fail(join(p, key), 'unknown key (expected one of ' + Object.keys(spec).join(', ') + ')');
        if (spec['*'] && !NAME.test(key))
            fail(join(p, key), 'expected a name ([A-Za-z][\\w-]*)');
        if (v[key] !== undefined)
            check(s, v[key], join(p, key));
    }
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
/* @__PURE__ */ 'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways'.split(' ');
const texts = (v, p) => check(Object.fromEntries(TEXT_KEYS.map(key => [key, STR])), v, p);
const SCHEMA = {
    '!': 'categories',
    categories: {
        '*': {
            ...common,
            required: BOOL,
            tracking: BOOL,
            services: {
                '*': { ...common, hosts: [STR], thirdParty: BOOL, disabled: BOOL, onRevoke: FN },
            },
        },
    },
    revision: INT,
    model: (v, p) => check(typeof v == 'string'
        ? MODEL
        : {
            '!': 'default',
            default: MODEL,
            unknown: MODEL,
            regions: (r, q) => {
                check({ '*': MODEL }, r, q);
                // Looked up in upper case: a lower-case key would silently never apply.
                for (const k in r)
                    if (!/^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(k))
                        fail(q + '.' + k, 'expected an ISO 3166 code (DE, US-CA)');
            },
        }, v, p),
    region: STR,
    signals: { dnt: SIGNAL, gpc: SIGNAL, cookieless: BOOL },
    cookie: { name: NAME_, domain: STR, path: STR, sameSite: 'Lax|Strict|None' },
    lifetime: { consent: DAYS, refusal: DAYS },
    thirdPartyTracking: BOOL,
    policyUrl: HTTP,
    lang: STR,
    texts,
    ui: { layout: 'bar|box|modal', theme: 'light|dark|auto', reopen: BOOL, nonce: STR },
    gate: { network: BOOL },
    reloadOnWithdraw: BOOL,
    // Integrations check their own options; the core checks only the shape.
    consentMode: FLAG,
    receipts: (v, p) => check({ '!': 'endpoint', endpoint: HTTP, '*': () => { } }, v, p),
    dataLayer: FLAG,
};
/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
function validateConfig(config) {
    check(SCHEMA, config, '');
    const seen = {};
    const cats = config.categories;
    if (!Object.keys(cats).length)
        fail('categories', 'expected at least one category');
    for (const cat in cats) {
        // `{ a: undefined }` passes the schema walk (undefined means "not set"), not this.
        if (!cats[cat])
            fail('categories.' + cat, 'expected an object');
        const services = cats[cat].services || {};
        for (const name in services) {
            const p = 'categories.' + cat + '.services.' + name;
            if (!services[name])
                fail(p, 'expected an object');
            if (seen[name] || cats[name])
                fail(p, 'service names must be unique');
            seen[name] = 1;
            if (config.thirdPartyTracking === false &&
                cats[cat].tracking &&
                services[name].thirdParty &&
                !services[name].disabled)
                fail(p, 'third-party tracking is refused (thirdPartyTracking: false)');
        }
    }
    return config;
}

export { clearRecord as a, cookieName as c, readRecord as r, safeUrl as s, toRegExp as t, validateConfig as v, writeRecord as w };
