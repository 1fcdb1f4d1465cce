import { C as ConsentConfigError, n as newId } from './chunks/error.js';

/** Throws the core's config error, so integration options fail like the rest of the config. */
const fail = (path, message) => {
    throw new ConsentConfigError(path, message);
};
/** Granted state of a category, or of a service when no category has that name. */
const granted = (d, name) => !!(name in d.categories ? d.categories[name] : d.services[name]);
/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
function onDecision(consent, fn) {
    let last = '';
    return consent.$decision.subscribe(d => {
        const record = consent.$record.get();
        const now = JSON.stringify([d.categories, d.services, record && [record.time, record.method]]);
        if (now != last) {
            const first = !last;
            last = now;
            // A broken integration must not break the visitor's click: report it, out of band.
            try {
                fn(d, record, first);
            }
            catch (e) {
                setTimeout(() => {
                    throw e;
                });
            }
        }
    });
}
/** The region the core decides for: config, then `<html data-consent-region>`. */
const regionOf = (consent) => consent.config.region || document.documentElement.getAttribute('data-consent-region') || '';
/** Every service name of a config, across its categories. */
const serviceNames = (config) => [].concat(...Object.keys(config.categories).map(c => Object.keys(config.categories[c].services || {})));

/** The seven Consent Mode v2 types, in the order every command lists them. */
const CONSENT_TYPES = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
];
/** The default mapping by category name; a `required` category not named here gets security_storage. */
const DEFAULTS = {
    necessary: ['security_storage'],
    preferences: ['functionality_storage', 'personalization_storage'],
    functional: ['functionality_storage', 'personalization_storage'],
    analytics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
// The core has checked that `consentMode` is true, false or an object.
const check = (consent, o) => {
    const d = consent.$decision.get();
    for (const key in o) {
        const v = o[key];
        const path = 'consentMode.' + key;
        if (key == 'map') {
            (v && typeof v == 'object') || fail(path, 'expected an object');
            for (const name in v)
                ((name in d.categories || name in d.services) &&
                    Array.isArray(v[name]) &&
                    v[name].every((t) => CONSENT_TYPES.includes(t))) ||
                    fail(path + '.' + name, 'expected a category or service name mapped to consent types');
        }
        else if (key == 'mode')
            v === 'basic' || v === 'advanced' || fail(path, "expected 'basic' or 'advanced'");
        else if (key == 'waitForUpdate')
            (Number.isInteger(v) && v >= 0) || fail(path, 'expected milliseconds');
        else if (key == 'adsDataRedaction' || key == 'urlPassthrough')
            typeof v == 'boolean' || fail(path, 'expected true or false');
        else
            fail(path, 'unknown key');
    }
};
/**
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
function mapping(config, options = {}) {
    const map = {};
    for (const name in config.categories)
        map[name] = DEFAULTS[name] || (config.categories[name].required ? ['security_storage'] : []);
    return { ...map, ...options.map };
}
/**
 * The Consent Mode state for a decision: a type is granted when every name mapped to it
 * is, and denied when none is mapped to it (fail closed).
 * @example consentModeState(mapping(config), consent.$decision.get()).analytics_storage // 'denied'
 */
function consentModeState(map, decision) {
    const state = {};
    for (const type of CONSENT_TYPES) {
        const names = Object.keys(map).filter(name => map[name].includes(type));
        state[type] =
            names.length && names.every(name => granted(decision, name)) ? 'granted' : 'denied';
    }
    return state;
}
/**
 * What applies before any choice under a model: `decide(config, null, signals, region)` for a
 * region with that model, restated without the record logic so that this drop-in stays
 * small; `consent-mode.test.ts` holds the two equal over every model, signal and mode.
 */
function before(config, signals, model) {
    const modes = config.signals || {};
    const honoured = (signals.dnt && (modes.dnt || 'ignore') != 'ignore') ||
        (signals.gpc && (modes.gpc || 'ignore') != 'ignore');
    const d = { categories: {}, services: {} };
    for (const name in config.categories) {
        const c = config.categories[name];
        const on = !!c.required || (!(c.tracking && honoured) && model != 'opt-in');
        d.categories[name] = on;
        for (const s in c.services)
            d.services[s] = on && !c.services[s].disabled;
    }
    return d;
}
/** `window.gtag`, defined as Google's snippet does when the page has none yet. */
const gtag = (...args) => {
    const w = window;
    w.dataLayer = w.dataLayer || [];
    // gtag.js reads `arguments` objects from the queue, not arrays (Google's snippet pushes `arguments`).
    if (typeof w.gtag != 'function')
        w.gtag = function () {
            w.dataLayer.push(arguments);
        };
    w.gtag(...args);
};
/**
 * Google Consent Mode v2: synchronously pushes `gtag('consent', 'default', ...)` with all
 * seven types (and one default per configured region), then `update` at once when a valid
 * record exists, then `update` with all seven types on every change. Returns a stop function.
 * Call it before any Google tag can run: in `<head>`, right after creating the controller.
 * @example
 * const consent = createConsent(config)
 * consentMode(consent, { urlPassthrough: true })
 */
function consentMode(consent, options = {}) {
    const config = consent.config;
    check(consent, options);
    const map = mapping(config, options);
    const wait = options.waitForUpdate ?? 500;
    const state = (m) => consentModeState(map, before(config, consent.signals, m));
    gtag('consent', 'default', { ...state(consent.$decision.get().model), wait_for_update: wait });
    // Region-specific defaults let Google's geolocation pick the model the site set for that
    // region; the most specific region wins. Pointless when the site knows the region.
    const model = config.model;
    if (!regionOf(consent) && typeof model == 'object' && model.regions)
        for (const r in model.regions)
            gtag('consent', 'default', {
                ...state(model.regions[r]),
                region: [r.toUpperCase()],
                wait_for_update: wait,
            });
    if (options.adsDataRedaction !== false)
        gtag('set', 'ads_data_redaction', true);
    if (options.urlPassthrough)
        gtag('set', 'url_passthrough', true);
    // Later commands wait up to `wait_for_update` ms for this: a gated inline snippet that the
    // gate runs just before this listener (`gtag('config', ...)`) still sees the update.
    return onDecision(consent, (d, _record, first) => (!first || d.valid) && gtag('consent', 'update', consentModeState(map, d)));
}

/**
 * Pushes `{ event: 'consentry_ready', consentry }` now and `{ event: 'consentry_update',
 * consentry }` on every change into `window.dataLayer`, for tag-manager triggers
 * (GTM: a Custom Event trigger on `consentry_update`, a Data Layer Variable
 * `consentry.categories.analytics`). Start it after `consentMode` so that a tag fired by
 * the event already sees the updated consent state. Returns a stop function.
 * @example dataLayerEvents(consent)
 */
function dataLayerEvents(consent, options = {}) {
    // The core has checked that `dataLayer` is true, false or an object.
    for (const key in options)
        fail('dataLayer.' + key, 'unknown key (dataLayer takes no options yet)');
    return onDecision(consent, (d, record, first) => {
        const w = window;
        const consentry = {
            categories: { ...d.categories },
            services: { ...d.services },
            method: d.valid && record ? record.method : null,
        };
        (w.dataLayer = w.dataLayer || []).push({
            event: first ? 'consentry_ready' : 'consentry_update',
            consentry,
        });
    });
}

/**
 * Meta Pixel: `fbq('consent', 'grant' | 'revoke')` following one category or service.
 * Keep the pixel revoked until then: gate its snippet (`data-consent="marketing"`) or put
 * `fbq('consent', 'revoke')` before `fbq('init', ...)`.
 * @example attachAdapters(consent, [metaPixel({ category: 'marketing' })])
 */
function metaPixel({ category = 'marketing' } = {}) {
    return {
        name: 'meta-pixel',
        global: 'fbq',
        uses: [category],
        commands: g => [['consent', g(category) ? 'grant' : 'revoke']],
    };
}
/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })`.
 * @example attachAdapters(consent, [clarity({ analytics: 'analytics', ads: 'marketing' })])
 */
function clarity({ analytics = 'analytics', ads = 'marketing', } = {}) {
    const v = (on) => (on ? 'granted' : 'denied');
    return {
        name: 'clarity',
        global: 'clarity',
        stub: true,
        uses: [analytics, ads],
        commands: g => [['consentv2', { ad_Storage: v(g(ads)), analytics_Storage: v(g(analytics)) }]],
    };
}
/**
 * Tells each vendor what applies now, again once the page has loaded (for vendor snippets
 * placed after ours), and on every change; a command is sent again only when it differs.
 * Returns a stop function.
 * @example attachAdapters(consent, [metaPixel(), clarity()])
 */
function attachAdapters(consent, adapters) {
    const config = consent.config;
    const names = serviceNames(config).concat(Object.keys(config.categories));
    for (const a of adapters)
        for (const name of a.uses)
            names.includes(name) ||
                fail('adapters.' + a.name, "'" + name + "' is not a category or service of this config");
    const sent = {};
    const apply = () => {
        const d = consent.$decision.get();
        const w = window;
        for (const a of adapters) {
            const commands = a.commands(name => granted(d, name));
            const key = JSON.stringify(commands);
            if (sent[a.name] == key)
                continue;
            if (typeof w[a.global] != 'function') {
                if (!a.stub)
                    continue;
                const fn = (w[a.global] = function () {
                    (fn.q = fn.q || []).push(arguments);
                });
            }
            for (const args of commands)
                w[a.global](...args);
            sent[a.name] = key;
        }
    };
    const off = onDecision(consent, apply);
    document.addEventListener('DOMContentLoaded', apply);
    addEventListener('load', apply);
    return () => {
        off();
        document.removeEventListener('DOMContentLoaded', apply);
        removeEventListener('load', apply);
    };
}

const KEY = 'consentry-receipts';
const SIGNAL_KEY = 'consentry-receipts-signal';
/** localStorage that may be missing or throw (Safari private mode, sandboxed frames): then `undefined`. */
const ls = (fn) => {
    try {
        return fn(localStorage);
    }
    catch { }
};
/**
 * Sends a receipt for every decision: accept, reject, custom, withdrawal (`reset()`), and
 * a signal-derived state (once per consent id, signal and revision). Each receipt goes into a
 * bounded outbox in localStorage before it is sent with `fetch(..., { keepalive: true })`
 * (which, unlike `sendBeacon`, tells a 5xx from a success); it leaves the outbox only when
 * the endpoint accepted it (2xx) or refused it for good (4xx). Otherwise it is sent again:
 * with backoff, on `online`, and on the next page load; on `pagehide` what is left goes by
 * `sendBeacon` as a last try. Every copy carries the same receipt id, so the receiver keeps
 * one. The body is JSON sent as `text/plain`: a CORS-safelisted type, so no preflight.
 * Returns a stop function.
 * @example receipts(consent, { endpoint: '/api/receipts' })
 */
function receipts(consent, options) {
    const config = consent.config;
    // The core has checked `endpoint`.
    for (const key in options)
        key == 'endpoint' ||
            key == 'queue' ||
            fail('receipts.' + key, 'unknown key (expected endpoint or queue)');
    const max = options.queue ?? 50;
    if (!(Number.isInteger(max) && max > 0 && max <= 1000))
        fail('receipts.queue', 'expected a whole number from 1 to 1000');
    const endpoint = options.endpoint;
    // A site that promised to store nothing while a signal is on gets a memory-only outbox.
    // That is when the core keeps no record and a signal decides (neither valid nor asking).
    const d0 = consent.$decision.get();
    const cookieless = !!(config.signals && config.signals.cookieless) && !d0.valid && !d0.ask;
    let memory = cookieless ? [] : null;
    // Junk in that key (tampered, another script's) reads as an empty outbox; a storage that
    // throws leaves the outbox in memory for this page view (see `save`).
    const load = () => memory ||
        ls(storage => JSON.parse(storage.getItem(KEY) || '[]').filter((r) => r && typeof r.id == 'string')) ||
        [];
    const save = (list) => {
        list = list.slice(-max);
        if (memory || !ls(storage => (storage.setItem(KEY, JSON.stringify(list)), 1)))
            memory = list;
    };
    const beacon = (r) => ls(() => navigator.sendBeacon(endpoint, JSON.stringify(r)));
    const inflight = {};
    let tries = 0;
    let timer = 0;
    const retry = () => {
        timer = timer || setTimeout(() => ((timer = 0), flush()), Math.min(3e5, 2e3 * 2 ** tries++));
    };
    const send = (r) => {
        inflight[r.id] = 1;
        const done = (sent) => {
            delete inflight[r.id];
            if (!sent)
                return retry();
            tries = 0;
            save(load().filter(x => x.id != r.id));
        };
        try {
            // 4xx other than 408 and 429 will never succeed: drop it rather than retry forever.
            fetch(endpoint, {
                method: 'POST',
                body: JSON.stringify(r),
                keepalive: true,
                credentials: 'omit',
            }).then(res => done(res.ok || (res.status < 500 && res.status != 408 && res.status != 429)), () => done(false));
        }
        catch {
            // No fetch (or no keepalive): a beacon, which can only say it was queued.
            done(!!beacon(r));
        }
    };
    // Offline, a request can only fail; 'online' calls this again.
    const each = (fn) => navigator.onLine !== false && load().forEach(r => inflight[r.id] || fn(r));
    const flush = () => each(send);
    const add = (r) => {
        save(load()
            .filter(x => x.id != r.id)
            .concat(r));
        flush();
    };
    // Receipts still waiting as the page goes: one last try that cannot report back, so they
    // stay in the outbox and go again on the next load (the receiver drops the copy).
    const last = () => each(beacon);
    const receipt = (id, consentId, time, method) => {
        const d = consent.$decision.get();
        return {
            id,
            consentId,
            time,
            revision: config.revision || 0,
            policyUrl: config.policyUrl ? new URL(config.policyUrl, location.href).href : null,
            categories: { ...d.categories },
            services: { ...d.services },
            method,
            signals: { ...consent.signals },
            language: config.lang || document.documentElement.lang || '',
            origin: location.origin,
            path: location.pathname,
        };
    };
    // A receipt id is the consent id, the decision time and a hash of the whole record: the
    // same in every tab that sees the decision, distinct for two decisions in one millisecond.
    const t36 = (t) => t.toString(36);
    const idOf = (r) => {
        let h = 7;
        for (const c of JSON.stringify(r))
            h = (h * 31 + c.charCodeAt(0)) >>> 0;
        return r.id + '.' + t36(r.time) + '.' + t36(h);
    };
    let prev = consent.$record.get();
    let signalled = '';
    // The decision, not the record: it is computed after the record is set.
    const off = onDecision(consent, (d, record) => {
        if (record && (!prev || idOf(record) != idOf(prev))) {
            // Another tab's decision reaches this one too: the receipt id is the same in both.
            if (d.valid)
                add(receipt(idOf(record), record.id, record.time, record.method));
        }
        else if (!record && prev)
            add(receipt(idOf(prev) + '.w', prev.id, Date.now(), 'withdrawal'));
        else if (!d.valid && !d.ask && !cookieless) {
            // A state that a signal decided, with no choice of the visitor's: one receipt per
            // consent id, signals and revision, remembered beside the outbox.
            const s = consent.signals;
            const sign = '' + (config.revision || 0) + +s.dnt + +s.gpc;
            const [had, id] = (ls(storage => storage.getItem(SIGNAL_KEY)) || signalled).split('.');
            if (had != sign) {
                const consentId = (record && record.id) || id || newId();
                const now = Date.now();
                signalled = sign + '.' + consentId;
                ls(storage => storage.setItem(SIGNAL_KEY, signalled));
                add(receipt(consentId + '.' + t36(now) + '.s', consentId, now, 'signal'));
            }
        }
        prev = record;
    });
    flush();
    addEventListener('online', flush);
    addEventListener('pagehide', last);
    return () => {
        off();
        clearTimeout(timer);
        removeEventListener('online', flush);
        removeEventListener('pagehide', last);
    };
}

const and = (items) => items.length < 2
    ? items.join('')
    : items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
const cookieText = (p) => (typeof p == 'string' ? p : '/' + p.source + '/');
const MODEL = {
    'opt-in': labels => `only what the site needs to work runs before you choose; ${labels} stay off until you switch them on.`,
    'opt-out': labels => `optional categories (${labels}) are on unless you switch them off, or your browser sends a privacy signal this site honours (see below).`,
    notice: labels => `this site tells you what it uses, and you can switch ${labels} off at any time.`,
};
const upper = (s) => s[0].toUpperCase() + s.slice(1);
/**
 * Plain-language policy text generated from the config, with the structured facts behind
 * it: how the site responds to Do Not Track and Global Privacy Control, which third parties
 * may collect data over time and across sites (what California's CalOPPA asks a privacy
 * policy to disclose), the categories, services and cookies. Rendering both from the one
 * config keeps the policy page from drifting away from what the SDK does.
 * @example
 * const { paragraphs } = describePolicy(consent.config)
 * policy.innerHTML = paragraphs.map(p => `<h3>${p.title}</h3><p>${p.text}</p>`).join('') // escape if texts are untrusted
 */
function describePolicy(config) {
    var _a;
    const m = config.model || 'opt-in';
    const model = typeof m == 'string'
        ? { default: m, regions: {} }
        : { default: m.default, regions: { ...m.regions } };
    const sig = config.signals || {};
    const signals = {
        dnt: sig.dnt || 'ignore',
        gpc: sig.gpc || 'ignore',
        cookieless: !!sig.cookieless,
    };
    const life = config.lifetime || {};
    const consentCookie = {
        name: (config.cookie && config.cookie.name) || 'consentry',
        consentDays: life.consent || 390,
        refusalDays: life.refusal || 182,
    };
    const cm = config.consentMode;
    const consentMode = cm
        ? typeof cm == 'object' && cm.mode == 'advanced'
            ? 'advanced'
            : 'basic'
        : null;
    const categories = Object.keys(config.categories).map(name => {
        const c = config.categories[name];
        const services = c.services || {};
        return {
            name,
            label: c.label || name,
            description: c.description || '',
            required: !!c.required,
            tracking: !!c.tracking && !c.required,
            cookies: c.cookieInfo ? c.cookieInfo.map(i => i.name) : (c.cookies || []).map(cookieText),
            services: Object.keys(services).map(s => {
                const v = services[s];
                return {
                    name: s,
                    label: v.label || s,
                    description: v.description || '',
                    category: name,
                    thirdParty: !!v.thirdParty,
                    hosts: [...(v.hosts || [])],
                    cookies: v.cookieInfo ? v.cookieInfo.map(i => i.name) : (v.cookies || []).map(cookieText),
                    disabled: !!v.disabled,
                };
            }),
        };
    });
    const thirdParties = categories.flatMap(c => c.services.filter(s => s.thirdParty && !s.disabled));
    const optional = categories.filter(c => !c.required);
    const tracking = categories.filter(c => c.tracking);
    const labels = (cs) => and(cs.map(c => c.label));
    const paragraphs = [];
    const add = (id, title, text) => paragraphs.push({ id, title, text });
    // Choices: the model, per region, and how long a choice is kept.
    let choices = 'This site uses only what it needs to work.';
    if (optional.length) {
        choices = upper(MODEL[model.default](labels(optional)));
        const byModel = {};
        for (const r in model.regions)
            if (model.regions[r] != model.default)
                (byModel[_a = model.regions[r]] || (byModel[_a] = [])).push(r);
        for (const other in byModel)
            choices += ` For visitors in ${and(byModel[other])}: ${MODEL[other](labels(optional))}`;
    }
    choices +=
        ` You can change or withdraw your choice at any time in the cookie settings. Your choice is kept in a first-party cookie named "${consentCookie.name}"` +
            ` for ${consentCookie.consentDays} days (a refusal for ${consentCookie.refusalDays} days), then you are asked again;` +
            ' it holds a random identifier and your choices, nothing that identifies you.';
    add('choices', 'Your choices', choices);
    // How the site responds to the two browser signals (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)).
    const signal = (id, name) => {
        const mode = signals[id];
        const what = labels(tracking);
        const lead = `When your browser sends a ${name} signal, `;
        let text = mode == 'ignore'
            ? `This site does not change what it does when your browser sends a ${name} signal; use the cookie settings to refuse optional categories.`
            : !tracking.length
                ? lead + 'nothing changes: no category on this site is used for tracking.'
                : mode == 'default-deny'
                    ? lead +
                        `this site treats it as your refusal of ${what}: they stay off unless you switch them on yourself.`
                    : lead + `${what} stay off, and cannot be switched on, for as long as the signal is on.`;
        if (mode != 'ignore' && signals.cookieless)
            text += ' While the signal is on, this site stores no consent cookie at all.';
        add(id, name, text);
    };
    signal('dnt', 'Do Not Track');
    signal('gpc', 'Global Privacy Control');
    const listed = thirdParties.map(s => `${s.label} (${categories.find(c => c.name == s.category).label}${s.hosts.length ? ', ' + s.hosts.join(', ') : ''})`);
    add('third-parties', 'Third parties', listed.length
        ? `These third parties may collect information about your online activities over time and across different websites when you use this site: ${and(listed)}. Each runs only while its category is on.`
        : 'No service on this site is listed as a third party that may collect information about your online activities over time and across different websites.');
    if (consentMode == 'advanced')
        add('consent-mode', 'Google tags', "Google's tags load before you choose. Until you agree, they send Google cookieless measurement pings (such as the page address and the time) without setting or reading cookies for analytics or advertising.");
    for (const c of categories) {
        const status = c.required
            ? 'Always on.'
            : c.tracking
                ? 'Optional; used for tracking.'
                : 'Optional.';
        const services = c.services.map(s => s.label +
            (s.disabled ? ' (not in use)' : '') +
            (s.cookies.length ? ` (cookies: ${s.cookies.join(', ')})` : ''));
        add(`category-${c.name}`, c.label, [
            status,
            c.description,
            services.length && `Services: ${and(services)}.`,
            c.cookies.length && `Cookies: ${c.cookies.join(', ')}.`,
        ]
            .filter(Boolean)
            .join(' '));
    }
    return {
        model,
        signals,
        consentCookie,
        categories,
        thirdParties,
        consentMode,
        paragraphs,
        text: paragraphs.map(p => p.title + '\n' + p.text).join('\n\n'),
    };
}

export { CONSENT_TYPES, attachAdapters, clarity, consentMode, consentModeState, dataLayerEvents, describePolicy, mapping, metaPixel, receipts };
