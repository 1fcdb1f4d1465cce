import { atom } from 'nanostores';
import Cookies from 'js-cookie';

/** Thrown for an invalid config; the message names the path and what was expected. */
class ConsentConfigError extends Error {
    constructor(path, message) {
        super(path + ': ' + message);
        this.name = 'ConsentConfigError';
        this.path = path;
    }
}
const fail = (path, message) => {
    throw new ConsentConfigError(path, message);
};
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp);
const str = (v, p) => typeof v != 'string' && fail(p, 'expected a string');
const bool = (v, p) => typeof v != 'boolean' && fail(p, 'expected true or false');
const fn = (v, p) => typeof v != 'function' && fail(p, 'expected a function');
const oneOf = (...values) => (v, p) => !values.includes(v) && fail(p, 'expected ' + values.map(x => "'" + x + "'").join(' | '));
const days = (v, p) => !(typeof v == 'number' && v > 0 && v <= 3650) && fail(p, 'expected a number of days from 1 to 3650');
/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/;
const checkName = (name, p) => !NAME.test(name) && fail(p, 'expected a name of letters, digits, _ or - starting with a letter');
/** http(s) or relative: a `javascript:` link must never reach the page. */
const safeUrl = (v) => !/^\s*[a-z][\w+.-]*:/i.test(v) || /^\s*https?:/i.test(v);
const url = (v, p) => {
    str(v, p);
    !safeUrl(v) && fail(p, 'expected an http(s) or relative URL');
};
const list = (item) => (v, p) => {
    if (!Array.isArray(v))
        fail(p, 'expected an array');
    v.forEach((x, i) => item(x, p + '[' + i + ']'));
};
const cookiePattern = (v, p) => {
    if (v instanceof RegExp)
        return;
    if (typeof v != 'string')
        fail(p, 'expected a string or RegExp');
    if (v[0] == '/') {
        try {
            toRegExp(v);
        }
        catch {
            fail(p, 'expected a valid /regular expression/');
        }
    }
};
/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
const toRegExp = (s) => {
    const end = s.lastIndexOf('/');
    if (end < 2)
        throw SyntaxError(s);
    return new RegExp(s.slice(1, end), s.slice(end + 1));
};
const shape = (fields, required = []) => (v, p) => {
    if (!isObject(v))
        fail(p, 'expected an object');
    for (const key of required)
        if (!(key in v))
            fail(join(p, key), 'is required');
    for (const key in v) {
        const check = fields[key];
        if (!check)
            fail(join(p, key), 'unknown key (expected one of ' + Object.keys(fields).join(', ') + ')');
        if (v[key] !== undefined)
            check(v[key], join(p, key));
    }
};
const join = (p, key) => (p ? p + '.' + key : key);
const record = (item, names = true) => (v, p) => {
    if (!isObject(v))
        fail(p, 'expected an object');
    for (const key in v) {
        names && checkName(key, join(p, key));
        item(v[key], join(p, key));
    }
};
const model = oneOf('opt-in', 'opt-out', 'notice');
const signal = oneOf('ignore', 'default-deny', 'enforce');
const cookieInfo = list(shape({ name: str, purpose: str, lifetime: str }, ['name']));
const common = {
    label: str,
    description: str,
    cookies: list(cookiePattern),
    cookieInfo,
    storage: list(str),
};
const service = shape({
    ...common,
    hosts: list(str),
    thirdParty: bool,
    disabled: bool,
    onRevoke: fn,
});
const category = shape({ ...common, required: bool, tracking: bool, services: record(service) });
const TEXT_KEYS = 'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways';
const texts = {};
for (const key of TEXT_KEYS.split(' '))
    texts[key] = str;
const root = shape({
    categories: record(category),
    revision: (v, p) => !(Number.isInteger(v) && v >= 0 && v < 1e9) && fail(p, 'expected a whole number from 0'),
    model: (v, p) => typeof v == 'string' ? model(v, p) : shape({ default: model, regions: record(model, false) }, ['default'])(v, p),
    region: str,
    signals: shape({ dnt: signal, gpc: signal, cookieless: bool }),
    cookie: shape({
        name: (v, p) => !(typeof v == 'string' && /^[\w-]{1,64}$/.test(v)) && fail(p, 'expected a cookie name'),
        domain: str,
        path: str,
        sameSite: oneOf('Lax', 'Strict', 'None'),
    }),
    lifetime: shape({ consent: days, refusal: days }),
    thirdPartyTracking: bool,
    policyUrl: url,
    lang: str,
    texts: shape(texts),
    ui: shape({ layout: oneOf('bar', 'box', 'modal'), theme: oneOf('light', 'dark', 'auto'), reopen: bool, nonce: str }),
    gate: shape({ network: bool }),
    reloadOnWithdraw: bool,
}, ['categories']);
/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
function validateConfig(config) {
    root(config, '');
    const seen = {};
    const cats = config.categories;
    if (!Object.keys(cats).length)
        fail('categories', 'expected at least one category');
    for (const cat in cats) {
        const services = cats[cat].services || {};
        for (const name in services) {
            const p = 'categories.' + cat + '.services.' + name;
            if (seen[name] || cats[name])
                fail(p, 'service names must be unique across categories and services');
            seen[name] = cat;
            if (config.thirdPartyTracking === false && cats[cat].tracking && services[name].thirdParty && !services[name].disabled)
                fail(p, 'third-party tracking is refused by thirdPartyTracking: false');
        }
    }
    return config;
}

/*
 * The consent cookie value, version 1:
 *   1.<id>.<time base36>.<revision>.<method>.<categories>.<services>
 * where each list is `name:1~name:0`. Names are validated to [A-Za-z][\w-]*, and
 * every character used here is a cookie-octet (RFC 6265 section 4.1.1), so the
 * value needs no percent-encoding.
 */
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal'];
const ID = /^[\w-]{8,40}$/;
const ENTRY = /^([A-Za-z][\w-]{0,39}):([01])$/;
const MAX = 3000;
const encodeMap = (map) => Object.keys(map)
    .map(name => name + ':' + +map[name])
    .join('~');
/**
 * Serialises a record for the consent cookie.
 * @example encodeRecord(record) // '1.k3j9x0aa.lq2x1c.2.a.necessary:1~analytics:0.'
 */
function encodeRecord(record) {
    return [
        1,
        record.id,
        record.time.toString(36),
        record.revision,
        METHODS.indexOf(record.method),
        encodeMap(record.categories),
        encodeMap(record.services),
    ].join('.');
}
const decodeMap = (text) => {
    const map = {};
    const seen = new Set();
    if (text)
        for (const entry of text.split('~')) {
            const match = ENTRY.exec(entry);
            if (!match || seen.has(match[1]))
                return;
            seen.add(match[1]);
            map[match[1]] = match[2] == '1';
        }
    return map;
};
/**
 * Reads a consent cookie value. Anything that is not exactly a version 1 record,
 * tampered, truncated or oversized, is `null` ("ask again"); it never throws.
 */
function decodeRecord(value) {
    if (typeof value != 'string' || value.length > MAX)
        return null;
    const [version, id, time36, revision, method, cats, services, extra] = value.split('.');
    const time = parseInt(time36, 36);
    const categories = decodeMap(cats);
    const serviceMap = decodeMap(services);
    if (version != '1' ||
        extra !== undefined ||
        !ID.test(id) ||
        !/^[0-9a-z]{1,11}$/.test(time36) ||
        !/^\d{1,9}$/.test(revision) ||
        !/^[0-3]$/.test(method) ||
        !categories ||
        !serviceMap)
        return null;
    return { id, time, revision: +revision, method: METHODS[+method], categories, services: serviceMap };
}
/** A random consent id from the platform CSPRNG (no personal data). */
function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return Array.from(bytes, b => (b & 63).toString(36).padStart(2, '0')).join('');
}

const DAY = 864e5;
/** A record dated further ahead than this is from a skewed clock or forged: ask again. */
const SKEW = DAY;
/** The model that applies in a region: exact (`US-CA`), then country (`US`), then the default. */
function modelFor(config, region) {
    const m = config.model || 'opt-in';
    if (typeof m == 'string')
        return m;
    const regions = m.regions || {};
    const r = (region || '').toUpperCase();
    return regions[r] || regions[r.split('-')[0]] || m.default;
}
/** Days a record lasts: a refusal of anything optional is asked again sooner. */
const lifetimeDays = (config, record) => {
    const life = config.lifetime || {};
    return Object.values(record.categories).includes(false) ? life.refusal || 182 : life.consent || 390;
};
/**
 * What applies to every category and service, and whether the visitor must be asked.
 * Pure: the same inputs always give the same answer.
 * @example decide(config, null, { dnt: false, gpc: false }, 'DE', Date.now()).ask // true
 */
function decide(config, record, signals, region, now) {
    const model = modelFor(config, region);
    const valid = !!record &&
        record.revision === (config.revision || 0) &&
        record.time <= now + SKEW &&
        now - record.time < lifetimeDays(config, record) * DAY;
    const modes = config.signals || {};
    let enforced;
    let denied = false;
    for (const s of ['dnt', 'gpc']) {
        const mode = modes[s] || 'ignore';
        if (signals[s] && mode != 'ignore') {
            if (mode == 'enforce')
                enforced = enforced || s;
            else
                denied = true;
        }
    }
    const d = { categories: {}, services: {}, locked: {}, ask: !valid && !enforced && !denied, model, valid };
    for (const name in config.categories) {
        const cat = config.categories[name];
        const lock = cat.tracking && !cat.required && enforced;
        if (lock)
            d.locked[name] = lock;
        const granted = cat.required
            ? true
            : lock
                ? false
                : valid && name in record.categories
                    ? record.categories[name]
                    : cat.tracking && denied
                        ? false
                        : model != 'opt-in';
        d.categories[name] = granted;
        const services = cat.services || {};
        for (const s in services)
            d.services[s] =
                !lock && !services[s].disabled && (valid && !cat.required && s in record.services ? record.services[s] : granted);
    }
    return d;
}

/** Fail closed: a getter that throws, or any value we do not recognise, means "off". */
const read = (get) => {
    try {
        return get();
    }
    catch { }
};
/** DNT is `'1'` (or legacy `'yes'`) on any of the three places browsers have put it. */
const dntOn = (v) => v === '1' || v === 'yes';
/**
 * Reads Do Not Track and Global Privacy Control. Outside a browser both are off.
 * @example readSignals() // { dnt: false, gpc: true }
 */
function readSignals() {
    const nav = typeof navigator == 'object' ? navigator : {};
    const win = typeof window == 'object' ? window : {};
    return {
        dnt: dntOn(read(() => nav.doNotTrack)) || dntOn(read(() => win.doNotTrack)) || dntOn(read(() => nav.msDoNotTrack)),
        // GPC spec section 4 (navigator.globalPrivacyControl): only the boolean true counts.
        gpc: read(() => nav.globalPrivacyControl) === true,
    };
}

/** The consent cookie's name for a config. */
const cookieName = (config) => (config.cookie && config.cookie.name) || 'consentry';
/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. */
function readRecord(config) {
    let found = null;
    try {
        const name = cookieName(config);
        for (const part of document.cookie.split(/; */)) {
            const eq = part.indexOf('=');
            const record = part.slice(0, eq) == name && decodeRecord(part.slice(eq + 1));
            if (record && (!found || record.time > found.time))
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
/** Deletes the consent cookie where it was written. */
function clearRecord(config) {
    try {
        const c = config.cookie || {};
        Cookies.remove(cookieName(config), { path: c.path || '/', domain: c.domain });
    }
    catch { }
}

const same = (a, b) => JSON.stringify(a) == JSON.stringify(b);
/**
 * Creates the consent controller for a site's policy. Touches nothing outside
 * `document.cookie` (and `BroadcastChannel` for other tabs).
 * @example
 * const consent = createConsent({ categories: { necessary: { required: true }, analytics: { tracking: true } } })
 */
function createConsent(config) {
    validateConfig(config);
    const browser = typeof document == 'object';
    const region = config.region || (browser ? document.documentElement.getAttribute('data-consent-region') || '' : '');
    let signals = readSignals();
    const signalOn = () => {
        const modes = config.signals || {};
        return (signals.dnt && (modes.dnt || 'ignore') != 'ignore') || (signals.gpc && (modes.gpc || 'ignore') != 'ignore');
    };
    const cookieless = () => !!(config.signals && config.signals.cookieless && signalOn());
    // When the cookie cannot be written, the choice lives in memory for this page view.
    let inMemory = cookieless();
    const $record = atom(browser && !inMemory ? readRecord(config) : null);
    const compute = () => decide(config, $record.get(), signals, region, Date.now());
    const $decision = atom(compute());
    const $consent = atom($decision.get().categories);
    const $view = atom(null);
    const channel = browser && typeof BroadcastChannel == 'function' ? new BroadcastChannel('consentry') : null;
    const update = () => {
        const d = compute();
        $decision.set(d);
        if (!same(d.categories, $consent.get()))
            $consent.set(d.categories);
    };
    const save = (method, categories, services = {}) => {
        const current = $decision.get();
        const previous = $record.get();
        const record = {
            id: (previous && previous.id) || newId(),
            time: Date.now(),
            revision: config.revision || 0,
            method,
            categories: {},
            services: {},
        };
        for (const name in config.categories) {
            const cat = config.categories[name];
            const granted = cat.required || (!current.locked[name] && (categories[name] ?? current.categories[name]));
            record.categories[name] = !!granted;
            for (const s in cat.services || {}) {
                const value = services[s] ?? (method == 'custom' && current.valid && previous ? previous.services[s] : undefined);
                // Keep only services that differ from their category: smaller cookie, same meaning.
                if (value !== undefined && value !== granted)
                    record.services[s] = value;
            }
        }
        inMemory = cookieless() || !writeRecord(config, record);
        $record.set(record);
        $view.set(null);
        update();
        if (channel)
            channel.postMessage(record.id);
    };
    const all = (granted) => {
        const map = {};
        for (const name in config.categories)
            map[name] = granted;
        return map;
    };
    const refresh = () => {
        signals = readSignals();
        if (!inMemory || cookieless()) {
            inMemory = cookieless();
            $record.set(inMemory ? $record.get() : readRecord(config));
        }
        update();
        const view = $view.get();
        if ($decision.get().ask)
            view || $view.set('banner');
        else if (view == 'banner')
            $view.set(null);
    };
    if (channel)
        channel.onmessage = refresh;
    const consent = {
        config,
        get: ((name) => {
            const d = $decision.get();
            return name === undefined ? $consent.get() : !!(name in d.categories ? d.categories[name] : d.services[name]);
        }),
        set: (categories, services) => save('custom', categories, services),
        acceptAll: () => save('accept-all', all(true)),
        rejectAll: () => save('reject-all', all(false)),
        reset: () => {
            clearRecord(config);
            $record.set(null);
            update();
            $view.set('banner');
            if (channel)
                channel.postMessage('');
        },
        subscribe: listener => $consent.subscribe(state => listener(state, $record.get())),
        whenGranted: name => new Promise(resolve => {
            const off = $decision.subscribe(() => {
                if (consent.get(name)) {
                    resolve();
                    // Subscribe calls at once: defer the unsubscribe until `off` exists.
                    queueMicrotask(() => off());
                }
            });
        }),
        show: () => $view.set('banner'),
        showPreferences: () => $view.set('preferences'),
        hide: () => $view.set(null),
        refresh,
        get record() {
            return $record.get();
        },
        get signals() {
            return signals;
        },
        $consent,
        $decision,
        $record,
        $view,
    };
    if (browser) {
        const fire = (type) => document.dispatchEvent(new CustomEvent('consentry:' + type, { detail: { state: $consent.get(), record: $record.get() } }));
        let last = '';
        $decision.subscribe(d => {
            const now = JSON.stringify([d.categories, d.services, $record.get()]);
            if (last && now != last)
                fire('change');
            last = now;
        });
        // Listeners in scripts after ours would miss a synchronous event.
        if (document.readyState == 'loading')
            document.addEventListener('DOMContentLoaded', () => fire('ready'));
        else
            queueMicrotask(() => fire('ready'));
        // Another tab without BroadcastChannel, and pages restored from the back/forward cache.
        document.addEventListener('visibilitychange', () => document.hidden || refresh());
        addEventListener('pageshow', e => e.persisted && refresh());
    }
    if ($decision.get().ask)
        $view.set('banner');
    return consent;
}

export { ConsentConfigError, createConsent, decide, decodeRecord, encodeRecord, readSignals, validateConfig };
