import { m as mapping, C as CONSENT_TYPES } from './chunks/consent-mode-map.js';
import { C as ConsentConfigError, d as decide, n as newId } from './chunks/error.js';
import { u as usedForTracking, i as inUse, s as signalsApply } from './chunks/category.js';
import './chunks/own.js';

/** `window`, seen as the bag of globals that vendor snippets share with us. */
const pageGlobals = () => window;
/** `window.dataLayer`, created as Google's snippet does when the page has none yet. */
function dataLayerQueue() {
    const globals = pageGlobals();
    if (!globals.dataLayer)
        globals.dataLayer = [];
    return globals.dataLayer;
}
/** Throws the core's config error, so integration options fail like the rest of the config. */
const fail = (path, message) => {
    throw new ConsentConfigError(path, message);
};
/**
 * Whether `key` is an own property of `map`: names such as `constructor` or `toString` are
 * inherited by every object, and must not read as a category, a service or an option.
 */
const hasOwn = (map, key) => Object.prototype.hasOwnProperty.call(map, key);
/** Granted state of a category, or of a service when no category has that name. */
function granted(decision, name) {
    if (hasOwn(decision.categories, name))
        return decision.categories[name] === true;
    return hasOwn(decision.services, name) && decision.services[name] === true;
}
/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
function onDecision(consent, fn) {
    let lastKey = '';
    return consent.$decision.subscribe(decision => {
        const record = consent.$record.get();
        const key = JSON.stringify({
            categories: decision.categories,
            services: decision.services,
            time: record ? record.time : null,
            method: record ? record.method : null,
        });
        if (key === lastKey)
            return;
        const first = lastKey === '';
        lastKey = key;
        // A broken integration must not break the visitor's click: report it, out of band.
        try {
            fn(decision, record, first);
        }
        catch (error) {
            setTimeout(() => {
                throw error;
            });
        }
    });
}
/** The region the core decides for: config, then `<html data-consent-region>`. */
const regionOf = (consent) => consent.config.region || document.documentElement.getAttribute('data-consent-region') || '';
/** Every service name of a config, across its categories. */
const serviceNames = (config) => Object.values(config.categories).flatMap(category => Object.keys(category.services || {}));

const isConsentType = (value) => CONSENT_TYPES.includes(value);
/** Each check returns the message for a bad value, or '' when the value is fine. */
const OPTION_CHECKS = {
    mode: value => value === 'basic' || value === 'advanced' ? '' : "expected 'basic' or 'advanced'",
    waitForUpdate: value => typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? ''
        : 'expected milliseconds',
    adsDataRedaction: value => (typeof value === 'boolean' ? '' : 'expected true or false'),
    urlPassthrough: value => (typeof value === 'boolean' ? '' : 'expected true or false'),
};
// The core has checked that `consentMode` is true, false or an object.
function check(consent, options) {
    const decision = consent.$decision.get();
    for (const key of Object.keys(options)) {
        const value = options[key];
        const path = 'consentMode.' + key;
        if (key === 'map')
            checkMap(decision, value, path);
        else if (!hasOwn(OPTION_CHECKS, key))
            fail(path, 'unknown key');
        else {
            const problem = OPTION_CHECKS[key](value);
            if (problem)
                fail(path, problem);
        }
    }
}
function checkMap(decision, map, path) {
    if (!map || typeof map !== 'object')
        fail(path, 'expected an object');
    const entries = map;
    for (const name of Object.keys(entries)) {
        const types = entries[name];
        const known = hasOwn(decision.categories, name) || hasOwn(decision.services, name);
        const typesOk = Array.isArray(types) && types.every(isConsentType);
        if (!known || !typesOk)
            fail(path + '.' + name, 'expected a category or service name mapped to consent types');
    }
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
        const allGranted = names.length > 0 && names.every(name => granted(decision, name));
        state[type] = allGranted ? 'granted' : 'denied';
    }
    return state;
}
/** `window.gtag`, defined as Google's snippet does when the page has none yet. */
const gtag = (...args) => {
    const globals = pageGlobals();
    dataLayerQueue();
    if (typeof globals.gtag !== 'function') {
        globals.gtag = function () {
            // gtag.js reads `arguments` objects from the queue, not arrays (Google's snippet pushes `arguments`).
            // eslint-disable-next-line prefer-rest-params -- gtag.js needs the arguments object itself
            dataLayerQueue().push(arguments);
        };
    }
    globals.gtag(...args);
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
    // A default is what applies before any choice: the core's decide() with no record, for
    // this page's signals and the given region. decide() is the one place that says so.
    const defaultFor = (region) => consentModeState(map, decide(config, null, consent.signals, region, Date.now()));
    const pageRegion = regionOf(consent);
    gtag('consent', 'default', { ...defaultFor(pageRegion), wait_for_update: wait });
    // Region-specific defaults let Google's geolocation pick the model the site set for that
    // region; the most specific region wins. Pointless when the site knows the region.
    const model = config.model;
    if (!pageRegion && typeof model === 'object' && model.regions) {
        for (const region of Object.keys(model.regions)) {
            gtag('consent', 'default', {
                ...defaultFor(region),
                region: [region.toUpperCase()],
                wait_for_update: wait,
            });
        }
    }
    if (options.adsDataRedaction !== false)
        gtag('set', 'ads_data_redaction', true);
    if (options.urlPassthrough)
        gtag('set', 'url_passthrough', true);
    // Later commands wait up to `wait_for_update` ms for this: a gated inline snippet that the
    // gate runs just before this listener (`gtag('config', ...)`) still sees the update.
    return onDecision(consent, (decision, _record, first) => {
        // The first call repeats the default, unless a stored record already applies.
        if (first && !decision.valid)
            return;
        gtag('consent', 'update', consentModeState(map, decision));
    });
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
    for (const key of Object.keys(options))
        fail('dataLayer.' + key, 'unknown key (dataLayer takes no options yet)');
    return onDecision(consent, (decision, record, first) => {
        const consentry = {
            categories: { ...decision.categories },
            services: { ...decision.services },
            method: decision.valid && record ? record.method : null,
        };
        const event = first ? 'consentry_ready' : 'consentry_update';
        dataLayerQueue().push({ event, consentry });
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
        commands: isGranted => [['consent', isGranted(category) ? 'grant' : 'revoke']],
    };
}
/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })`.
 * @example attachAdapters(consent, [clarity({ analytics: 'analytics', ads: 'marketing' })])
 */
function clarity({ analytics = 'analytics', ads = 'marketing', } = {}) {
    const word = (on) => (on ? 'granted' : 'denied');
    return {
        name: 'clarity',
        global: 'clarity',
        stub: true,
        uses: [analytics, ads],
        commands: isGranted => [
            [
                'consentv2',
                { ad_Storage: word(isGranted(ads)), analytics_Storage: word(isGranted(analytics)) },
            ],
        ],
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
    for (const adapter of adapters) {
        for (const name of adapter.uses) {
            if (!names.includes(name))
                fail('adapters.' + adapter.name, "'" + name + "' is not a category or service of this config");
        }
    }
    /** The commands last sent to each vendor, as JSON, so that only a change is sent again. */
    const sent = {};
    const apply = () => {
        const decision = consent.$decision.get();
        const globals = pageGlobals();
        for (const adapter of adapters) {
            const commands = adapter.commands(name => granted(decision, name));
            const key = JSON.stringify(commands);
            if (hasOwn(sent, adapter.name) && sent[adapter.name] === key)
                continue;
            if (typeof globals[adapter.global] !== 'function') {
                if (!adapter.stub)
                    continue;
                globals[adapter.global] = queueStub();
            }
            const command = globals[adapter.global];
            for (const args of commands)
                command(...args);
            sent[adapter.name] = key;
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
/** The queue stub vendor snippets define: calls wait in `fn.q` until the vendor loads. */
function queueStub() {
    const stub = function () {
        if (!stub.q)
            stub.q = [];
        // eslint-disable-next-line prefer-rest-params -- vendor loaders replay `arguments` objects
        stub.q.push(arguments);
    };
    return stub;
}

const KEY = 'consentry-receipts';
const SIGNAL_KEY = 'consentry-receipts-signal';
/** localStorage that may be missing or throw (Safari private mode, sandboxed frames): then `undefined`. */
function withStorage(fn) {
    try {
        return fn(localStorage);
    }
    catch {
        return undefined;
    }
}
/** A stored receipt as read back: anything without a string id is junk and dropped. */
const isReceipt = (value) => !!value && typeof value === 'object' && typeof value.id === 'string';
const base36 = (n) => n.toString(36);
/**
 * A receipt id is the consent id, the decision time and a hash of the whole record: the
 * same in every tab that sees the decision, distinct for two decisions in one millisecond.
 */
function receiptIdOf(record) {
    let hash = 7;
    for (const char of JSON.stringify(record))
        hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return record.id + '.' + base36(record.time) + '.' + base36(hash);
}
const readSignalMark = (text) => {
    const parts = text.split('.');
    return { sign: parts[0], consentId: parts[1] || '' };
};
/** Every status but these says the receipt was handled: 2xx kept it, other 4xx will never take it. */
const worthRetrying = (status) => status >= 500 || status === 408 || status === 429;
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
    for (const key of Object.keys(options)) {
        if (key !== 'endpoint' && key !== 'queue')
            fail('receipts.' + key, 'unknown key (expected endpoint or queue)');
    }
    const max = options.queue ?? 50;
    if (!(Number.isInteger(max) && max > 0 && max <= 1000))
        fail('receipts.queue', 'expected a whole number from 1 to 1000');
    const endpoint = options.endpoint;
    // A site that promised to store nothing while a signal is on gets a memory-only outbox.
    // That is when the core keeps no record and a signal decides (neither valid nor asking).
    const initial = consent.$decision.get();
    const promisedCookieless = !!(config.signals && config.signals.cookieless);
    const cookieless = promisedCookieless && !initial.valid && !initial.ask;
    /** The outbox when it cannot (or must not) live in localStorage; null while it does. */
    let memory = cookieless ? [] : null;
    // Junk in that key (tampered, another script's) reads as an empty outbox; a storage that
    // throws leaves the outbox in memory for this page view (see `save`).
    const load = () => {
        if (memory)
            return memory;
        const stored = withStorage(storage => {
            const parsed = JSON.parse(storage.getItem(KEY) || '[]');
            return Array.isArray(parsed) ? parsed.filter(isReceipt) : [];
        });
        return stored || [];
    };
    const save = (list) => {
        const kept = list.slice(-max);
        if (memory) {
            memory = kept;
            return;
        }
        const stored = withStorage(storage => {
            storage.setItem(KEY, JSON.stringify(kept));
            return true;
        });
        if (!stored)
            memory = kept;
    };
    const beacon = (receipt) => withStorage(() => navigator.sendBeacon(endpoint, JSON.stringify(receipt)));
    /** Ids of receipts being sent right now, so a flush does not send them twice. */
    const inflight = new Set();
    let failures = 0;
    let retryTimer;
    const retry = () => {
        if (retryTimer !== undefined)
            return;
        const delay = Math.min(3e5, 2e3 * 2 ** failures);
        failures++;
        retryTimer = setTimeout(() => {
            retryTimer = undefined;
            flush();
        }, delay);
    };
    const send = (receipt) => {
        inflight.add(receipt.id);
        const done = (handled) => {
            inflight.delete(receipt.id);
            if (!handled) {
                retry();
                return;
            }
            failures = 0;
            save(load().filter(other => other.id !== receipt.id));
        };
        try {
            fetch(endpoint, {
                method: 'POST',
                body: JSON.stringify(receipt),
                keepalive: true,
                credentials: 'same-origin',
            }).then(response => done(response.ok || !worthRetrying(response.status)), () => done(false));
        }
        catch {
            // No fetch (or no keepalive): a beacon, which can only say it was queued.
            done(!!beacon(receipt));
        }
    };
    // Offline, a request can only fail; 'online' calls this again.
    const eachWaiting = (fn) => {
        if (navigator.onLine === false)
            return;
        for (const receipt of load()) {
            if (!inflight.has(receipt.id))
                fn(receipt);
        }
    };
    const flush = () => eachWaiting(send);
    const add = (receipt) => {
        const others = load().filter(other => other.id !== receipt.id);
        save(others.concat(receipt));
        flush();
    };
    // Receipts still waiting as the page goes: one last try that cannot report back, so they
    // stay in the outbox and go again on the next load (the receiver drops the copy).
    const lastTry = () => eachWaiting(beacon);
    const receiptOf = (id, consentId, time, method) => {
        const decision = consent.$decision.get();
        return {
            id,
            consentId,
            time,
            revision: config.revision || 0,
            policyUrl: config.policyUrl ? new URL(config.policyUrl, location.href).href : null,
            categories: { ...decision.categories },
            services: { ...decision.services },
            method,
            signals: { ...consent.signals },
            language: config.lang || document.documentElement.lang || '',
            origin: location.origin,
            path: location.pathname,
        };
    };
    // A state that a signal decided, with no choice of the visitor's: one receipt per
    // consent id, signals and revision, remembered beside the outbox.
    let signalMark = '';
    const signalReceipt = (record) => {
        const signals = consent.signals;
        const sign = String(config.revision || 0) + Number(signals.dnt) + Number(signals.gpc);
        const storedMark = withStorage(storage => storage.getItem(SIGNAL_KEY));
        const previous = readSignalMark(storedMark || signalMark);
        if (previous.sign === sign)
            return;
        const consentId = (record && record.id) || previous.consentId || newId();
        const now = Date.now();
        signalMark = sign + '.' + consentId;
        withStorage(storage => storage.setItem(SIGNAL_KEY, signalMark));
        add(receiptOf(consentId + '.' + base36(now) + '.s', consentId, now, 'signal'));
    };
    let previousRecord = consent.$record.get();
    // The decision, not the record: it is computed after the record is set.
    const off = onDecision(consent, (decision, record) => {
        const isNewRecord = !!record && (!previousRecord || receiptIdOf(record) !== receiptIdOf(previousRecord));
        if (record && isNewRecord) {
            // Another tab's decision reaches this one too: the receipt id is the same in both.
            if (decision.valid)
                add(receiptOf(receiptIdOf(record), record.id, record.time, record.method));
        }
        else if (!record && previousRecord) {
            const withdrawn = previousRecord;
            add(receiptOf(receiptIdOf(withdrawn) + '.w', withdrawn.id, Date.now(), 'withdrawal'));
        }
        else if (!decision.valid && !decision.ask && !cookieless) {
            signalReceipt(record);
        }
        previousRecord = record;
    });
    flush();
    addEventListener('online', flush);
    addEventListener('pagehide', lastTry);
    return () => {
        off();
        clearTimeout(retryTimer);
        removeEventListener('online', flush);
        removeEventListener('pagehide', lastTry);
    };
}

/**
 * Reloads the page once when the visitor grants a service with `hosts` that was denied
 * when the page loaded. For sites that send the `consentCsp` policy (`consentry/server`):
 * the browser enforces the policy the page loaded with for the whole page view, so a
 * service granted on the page can only load after a reload, under the new policy.
 * Withdrawals need no reload for the policy's sake (`reloadOnWithdraw` covers scripts
 * that already ran). Returns a stop function.
 * @example reloadOnGrant(consent)
 */
function reloadOnGrant(consent, options = {}) {
    const reload = options.reload || (() => location.reload());
    const hostedServices = [];
    for (const category of Object.values(consent.config.categories)) {
        const services = category.services || {};
        for (const name of Object.keys(services)) {
            if ((services[name].hosts || []).length)
                hostedServices.push(name);
        }
    }
    const grantedAtLoad = { ...consent.$decision.get().services };
    const isGranted = (services, name) => hasOwn(services, name) && services[name] === true;
    let reloading = false;
    return onDecision(consent, decision => {
        if (reloading)
            return;
        const newlyGranted = hostedServices.some(name => isGranted(decision.services, name) && !isGranted(grantedAtLoad, name));
        if (!newlyGranted)
            return;
        reloading = true;
        reload();
    });
}

const and = (items) => items.length < 2
    ? items.join('')
    : items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
const cookieText = (p) => (typeof p === 'string' ? p : '/' + p.source + '/');
const MODEL = {
    'opt-in': labels => `only what the site needs to work runs before you choose; ${labels.text} ${labels.stay} off until you switch ${labels.them} on.`,
    'opt-out': labels => `optional categories (${labels.text}) are on unless you switch them off, or your browser sends a privacy signal this site honours (see below).`,
    notice: labels => `this site tells you what it uses, and you can switch ${labels.text} off at any time.`,
};
const upper = (s) => s[0].toUpperCase() + s.slice(1);
/** English names of regions, where the platform has them. */
const regionNames = typeof Intl === 'object' && Intl.DisplayNames ? newRegionNames() : null;
function newRegionNames() {
    try {
        return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    catch {
        return null;
    }
}
/** A country as a visitor reads it (`DE`: "Germany"); the code where no name is known. */
function countryName(code) {
    if (!regionNames)
        return code;
    try {
        return regionNames.of(code) || code;
    }
    catch {
        return code;
    }
}
/**
 * A region as a visitor reads it: `DE` becomes "Germany", a subdivision keeps its code
 * beside its country's name ("United States (US-CA)"). Without `Intl.DisplayNames`, or for
 * a code it does not know, the code itself.
 */
function regionName(code) {
    const [country, subdivision] = code.split('-');
    const name = countryName(country);
    if (!subdivision)
        return name;
    if (name === country)
        return code;
    return `${name} (${code})`;
}
/** Which Consent Mode the config turns on, if any. */
function consentModeOf(config) {
    const options = config.consentMode;
    if (!options)
        return null;
    const advanced = typeof options === 'object' && options.mode === 'advanced';
    return advanced ? 'advanced' : 'basic';
}
/** The cookies a category or service lists: its `cookieInfo` names, else its patterns. */
const cookieNames = (owner) => owner.cookieInfo ? owner.cookieInfo.map(info => info.name) : (owner.cookies || []).map(cookieText);
/** How the site responds to one browser signal, in a sentence or two. */
function signalText(name, mode, affected) {
    const lead = `When your browser sends a ${name} signal, `;
    if (mode === 'ignore')
        return `This site does not change what it does when your browser sends a ${name} signal; use the cookie settings to refuse optional categories.`;
    if (!affected.text)
        return lead + 'nothing changes: no optional category on this site is affected by it.';
    if (mode === 'default-deny') {
        const subject = affected.them === 'it' ? 'it' : 'they';
        return (lead +
            `this site treats it as your refusal of ${affected.text}: ${subject} ${affected.stay} off unless you switch ${affected.them} on yourself.`);
    }
    return (lead +
        `${affected.text} ${affected.stay} off, and cannot be switched on, for as long as the signal is on.`);
}
function describeCategory(name, category) {
    const services = category.services || {};
    const tracksVisitors = !category.required && usedForTracking(category);
    return {
        name,
        label: category.label || name,
        description: category.description || '',
        required: !!category.required,
        signalsApply: signalsApply(category),
        usedForTracking: tracksVisitors,
        tracking: tracksVisitors,
        inUse: inUse(category),
        cookies: cookieNames(category),
        services: Object.keys(services).map(serviceName => describeService(serviceName, services[serviceName], name)),
    };
}
function describeService(name, service, category) {
    return {
        name,
        label: service.label || name,
        description: service.description || '',
        category,
        thirdParty: !!service.thirdParty,
        hosts: [...(service.hosts || [])],
        cookies: cookieNames(service),
        disabled: !!service.disabled,
    };
}
/** A category's status line on the policy page. */
function statusText(category) {
    if (category.required)
        return 'Always on.';
    if (!category.inUse)
        return 'Not in use.';
    if (category.usedForTracking)
        return 'Optional; used for tracking.';
    return 'Optional.';
}
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
    const configuredModel = config.model || 'opt-in';
    const model = typeof configuredModel === 'string'
        ? { default: configuredModel, regions: {} }
        : { default: configuredModel.default, regions: { ...configuredModel.regions } };
    const configuredSignals = config.signals || {};
    const signals = {
        dnt: configuredSignals.dnt || 'ignore',
        gpc: configuredSignals.gpc || 'ignore',
        cookieless: !!configuredSignals.cookieless,
    };
    const life = config.lifetime || {};
    const consentCookie = {
        name: (config.cookie && config.cookie.name) || 'consentry',
        consentDays: life.consent || 390,
        refusalDays: life.refusal || 182,
    };
    const consentMode = consentModeOf(config);
    const categories = Object.keys(config.categories).map(name => describeCategory(name, config.categories[name]));
    const thirdParties = categories.flatMap(c => c.services.filter(s => s.thirdParty && !s.disabled));
    // What a visitor can switch: a category with nothing in use is never on.
    const optional = categories.filter(c => !c.required && c.inUse);
    const affected = optional.filter(c => c.signalsApply);
    const labels = (cs) => {
        const one = cs.length === 1;
        return {
            text: and(cs.map(c => c.label)),
            stay: one ? 'stays' : 'stay',
            them: one ? 'it' : 'them',
        };
    };
    const paragraphs = [];
    const add = (id, title, text) => paragraphs.push({ id, title, text });
    // Choices: the model, per region, and how long a choice is kept.
    let choices = 'This site uses only what it needs to work.';
    if (optional.length) {
        choices = upper(MODEL[model.default](labels(optional)));
        const byModel = {};
        for (const region of Object.keys(model.regions)) {
            const regionModel = model.regions[region];
            if (regionModel === model.default)
                continue;
            if (!hasOwn(byModel, regionModel))
                byModel[regionModel] = [];
            byModel[regionModel].push(region);
        }
        for (const other of Object.keys(byModel)) {
            const otherText = MODEL[other](labels(optional));
            const places = byModel[other].map(regionName).sort((a, b) => a.localeCompare(b, 'en'));
            choices += ` For visitors in ${and(places)}: ${otherText}`;
        }
    }
    choices +=
        ` You can change or withdraw your choice at any time in the cookie settings. Your choice is kept in a first-party cookie named "${consentCookie.name}"` +
            ` for ${consentCookie.consentDays} days (a refusal for ${consentCookie.refusalDays} days), then you are asked again;` +
            ' it holds a random identifier and your choices, nothing that identifies you.';
    add('choices', 'Your choices', choices);
    // How the site responds to the two browser signals (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)).
    const signal = (id, name) => {
        const mode = signals[id];
        let text = signalText(name, mode, labels(affected));
        if (mode !== 'ignore' && signals.cookieless)
            text += ' While the signal is on, this site stores no consent cookie at all.';
        add(id, name, text);
    };
    signal('dnt', 'Do Not Track');
    signal('gpc', 'Global Privacy Control');
    const listed = thirdParties.map(service => {
        const category = categories.find(c => c.name === service.category);
        const where = [category ? category.label : service.category, ...service.hosts];
        return `${service.label} (${where.join(', ')})`;
    });
    add('third-parties', 'Third parties', listed.length
        ? `These third parties may collect information about your online activities over time and across different websites when you use this site: ${and(listed)}. Each runs only while its category is on.`
        : 'No service on this site is listed as a third party that may collect information about your online activities over time and across different websites.');
    if (consentMode === 'advanced')
        add('consent-mode', 'Google tags', "Google's tags load before you choose. Until you agree, they send Google cookieless measurement pings (such as the page address and the time) without setting or reading cookies for analytics or advertising.");
    for (const c of categories) {
        const services = c.services.map(service => {
            const notInUse = service.disabled ? ' (not in use)' : '';
            const cookies = service.cookies.length ? ` (cookies: ${service.cookies.join(', ')})` : '';
            return service.label + notInUse + cookies;
        });
        const sentences = [statusText(c)];
        if (c.description)
            sentences.push(c.description);
        if (services.length)
            sentences.push(`Services: ${and(services)}.`);
        if (c.cookies.length)
            sentences.push(`Cookies: ${c.cookies.join(', ')}.`);
        add(`category-${c.name}`, c.label, sentences.join(' '));
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

export { CONSENT_TYPES, attachAdapters, clarity, consentMode, consentModeState, dataLayerEvents, describePolicy, mapping, metaPixel, receipts, reloadOnGrant };
