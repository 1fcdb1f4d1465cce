import { C as ConsentConfigError, d as decide } from './error.js';

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
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
function mapping(config, options = {}) {
    const map = {};
    for (const name of Object.keys(config.categories)) {
        if (hasOwn(DEFAULTS, name))
            map[name] = DEFAULTS[name];
        else
            map[name] = config.categories[name].required ? ['security_storage'] : [];
    }
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

export { CONSENT_TYPES as C, consentModeState as a, consentMode as c, dataLayerQueue as d, fail as f, granted as g, hasOwn as h, mapping as m, onDecision as o, pageGlobals as p, serviceNames as s };
