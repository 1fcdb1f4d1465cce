import { atom, computed } from 'nanostores';
import { e as encodeIfReadable, C as ConsentConfigError, h as honoured, d as decide, n as newId, a as decodeRecord } from './chunks/error.js';
export { b as encodeRecord } from './chunks/error.js';
import { i as inUse } from './chunks/category.js';
import { a as clearRecord, w as writeRecord, c as cookieName, r as readRecord, v as validateConfig, s as safeUrl } from './chunks/config.js';
import { h as hasOwn } from './chunks/own.js';
import 'js-cookie';

/**
 * The `consentry:*` DOM events, a subscriber of the stores: `consentry:change` on
 * `document` whenever a category, a service or the record changes, and `consentry:ready`
 * once, after the scripts parsed with ours (a listener in a later script would miss a
 * synchronous event). Returns the stop function.
 * @example const stop = dispatchEvents($decision, $record)
 */
function dispatchEvents($decision, $record) {
    const fire = (type) => {
        const detail = { state: $decision.get().categories, record: $record.get() };
        document.dispatchEvent(new CustomEvent('consentry:' + type, { detail }));
    };
    /** What a change is: grants or the record, not a new object with the same values. */
    const snapshot = () => JSON.stringify({
        categories: $decision.get().categories,
        services: $decision.get().services,
        record: $record.get(),
    });
    let fired = snapshot();
    const fireOnChange = () => {
        const now = snapshot();
        if (now === fired)
            return;
        fired = now;
        fire('change');
    };
    const stops = [$decision.listen(fireOnChange), $record.listen(fireOnChange)];
    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => fire('ready'), { once: true });
    else
        queueMicrotask(() => fire('ready'));
    return () => {
        for (const stop of stops)
            stop();
    };
}

/**
 * The cookie writer, a subscriber of the record store: a record the visitor or another
 * tab made is written (read back to be sure), a forgotten one deleted; one read from the
 * cookie is already there. Another tab's record is written again on purpose: one tab's
 * cookie write is not ordered before another's, so the cookie ends on the newest record
 * whichever write lands last. While `cookieless()` holds nothing is written, and when a
 * write does not arrive the choice lives in memory (`inMemory`) for this page view.
 * @example const persistence = persistRecord(config, $entry, () => false)
 */
function persistRecord(config, $entry, cookieless) {
    const persistence = { inMemory: cookieless(), stop: () => { } };
    persistence.stop = $entry.listen(({ record, source }) => {
        if (source === 'cookie')
            return;
        if (record === null) {
            clearRecord(config);
            return;
        }
        if (cookieless()) {
            persistence.inMemory = true;
            return;
        }
        persistence.inMemory = !writeRecord(config, record);
    });
    return persistence;
}

/** Fail closed: a getter that throws, or any value we do not recognise, means "off". */
const read = (get) => {
    try {
        return get();
    }
    catch {
        return undefined;
    }
};
/** DNT is `'1'` (or legacy `'yes'`) on any of the three places browsers have put it. */
const dntOn = (value) => value === '1' || value === 'yes';
/**
 * Reads Do Not Track and Global Privacy Control. Outside a browser both are off.
 * @example readSignals() // { dnt: false, gpc: true }
 */
function readSignals() {
    const nav = typeof navigator === 'object' ? navigator : {};
    // Old IE and Safari put DNT on window; the DOM typings no longer list it.
    const win = (typeof window === 'object' ? window : {});
    const dnt = dntOn(read(() => nav.doNotTrack)) ||
        dntOn(read(() => win.doNotTrack)) ||
        dntOn(read(() => nav.msDoNotTrack));
    // GPC spec section 4 (navigator.globalPrivacyControl): only the boolean true counts.
    const gpc = read(() => nav.globalPrivacyControl) === true;
    return { dnt, gpc };
}

/**
 * The channel's name, from the consent cookie's name, domain and path: two configs on one
 * origin (which is why `cookie.name` exists) must not hear each other's decisions.
 * @example channelName({ categories, cookie: { name: 'shop' } }) // 'consentry shop  /'
 */
const channelName = (config) => {
    const cookie = config.cookie || {};
    // `.site.test` and `site.test` name the same cookie domain (RFC 6265 section 5.2.3).
    const domain = (cookie.domain || '').toLowerCase().replace(/^\./, '');
    return ['consentry', cookieName(config), domain, cookie.path || '/'].join(' ');
};
/**
 * The cross-tab channel, a subscriber of the record store: every decision made in this
 * tab is sent to the others as its cookie value (`''` for a reset), and `receive` gets
 * theirs. The record travels in the message: re-reading document.cookie could see the
 * old value, since one tab's cookie write is not ordered before another tab's read.
 * Returns the stop function; without BroadcastChannel it does nothing.
 * @example const stop = connectTabs(config, $entry, value => apply(value))
 */
function connectTabs(config, $entry, receive) {
    if (typeof BroadcastChannel !== 'function')
        return () => { };
    const channel = new BroadcastChannel(channelName(config));
    channel.onmessage = (event) => {
        if (typeof event.data === 'string')
            receive(event.data);
    };
    const stopListening = $entry.listen(({ record, source }) => {
        if (source !== 'visitor')
            return;
        const value = record ? encodeIfReadable(record) : '';
        // A record too large for the cookie stays in this tab's memory, like the cookie itself.
        if (value !== null)
            channel.postMessage(value);
    });
    return () => {
        stopListening();
        channel.close();
    };
}

/** Every check, with messages naming the field, outside production builds (the drop-in
 * runs them itself). A production bundle keeps only the check that protects visitors: no
 * link to a javascript: URL. thirdPartyTracking: false is enforced by decide() either way.
 * Bundlers replace exactly `process.env.NODE_ENV`, which is why it is not wrapped in a
 * `typeof process` test: that would keep the full check in every browser bundle. Like
 * nanostores, this module needs a bundler, or `process.env.NODE_ENV` defined (docs/core.md). */
function checkConfig(config) {
    if (process.env.NODE_ENV !== 'production') {
        validateConfig(config);
        return;
    }
    if (config.policyUrl && !safeUrl(config.policyUrl))
        throw new ConsentConfigError('policyUrl', 'expected an http(s) or relative URL');
}
/** The config's region, else `<html data-consent-region>`, else unknown (''). */
function readRegion(config, browser) {
    if (config.region)
        return config.region;
    if (!browser)
        return '';
    return document.documentElement.getAttribute('data-consent-region') || '';
}
const sameValues = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * `$decision`: decide() over the record, the signals and the time. A new decision with
 * the same values as the last is not a change: the store keeps the old object, and each
 * map (`categories`, `services`) keeps its identity unless it changed, so `$consent`
 * and framework bindings re-render only on a real change.
 */
function decisionStore(config, region, $record, $signals, $now) {
    let last;
    return computed([$record, $signals, $now], (record, signals, now) => {
        const next = decide(config, record, signals, region, now);
        if (last) {
            if (sameValues(last.categories, next.categories))
                next.categories = last.categories;
            if (sameValues(last.services, next.services))
                next.services = last.services;
            if (sameValues(last, next))
                return last;
        }
        last = next;
        return next;
    });
}
/**
 * Creates the consent controller for a site's policy. Actions (`set`, `acceptAll`...)
 * only compute a record and put it in the stores; effects subscribe to them. In a
 * browser those effects read and write the consent cookie, send decisions to other tabs
 * on a `BroadcastChannel`, and dispatch `consentry:ready` and `consentry:change` on
 * `document`; it also listens to `visibilitychange` and `pageshow` to re-read the cookie
 * and the signals. Outside a browser it touches nothing.
 * @example
 * const consent = createConsent({ categories: { necessary: { required: true }, analytics: { usedForTracking: true } } })
 */
function createConsent(config) {
    checkConfig(config);
    const browser = typeof document === 'object';
    const region = readRegion(config, browser);
    const $signals = atom(readSignals());
    const cookieless = () => {
        if (!config.signals?.cookieless)
            return false;
        const { enforced, denied } = honoured(config, $signals.get());
        return !!enforced || denied;
    };
    // Inputs: the record and where it came from, the signals, the time decisions are made at.
    const $entry = atom({
        record: browser && !cookieless() ? readRecord(config) : null,
        source: 'cookie',
    });
    const $now = atom(Date.now());
    // State: what the visitor said, what applies, which UI layer is open.
    const $record = computed($entry, entry => entry.record);
    const $decision = decisionStore(config, region, $record, $signals, $now);
    const $consent = computed($decision, decision => decision.categories);
    const $view = atom($decision.get().ask ? 'banner' : null);
    // Effects, in the order they run on a change: the cookie, other tabs, DOM events. The
    // gate, the UI and the integrations subscribe after them.
    const persistence = browser ? persistRecord(config, $entry, cookieless) : { inMemory: true };
    const decideNow = (method, categories, services = {}) => {
        const current = $decision.get();
        const previous = $record.get();
        const record = {
            id: previous?.id || newId(),
            time: Date.now(),
            revision: config.revision || 0,
            method,
            categories: {},
            services: {},
        };
        // A custom choice keeps the services the visitor set before, unless it names them.
        const keepServices = method === 'custom' && current.valid && previous;
        for (const name of Object.keys(config.categories)) {
            const category = config.categories[name];
            const wanted = hasOwn(categories, name) ? categories[name] : undefined;
            // Locked by a signal, or nothing in use: stored as denied whatever was asked for.
            const grantable = inUse(category) && !current.locked[name];
            const granted = category.required || (grantable && (wanted ?? current.categories[name]));
            record.categories[name] = !!granted;
            for (const service of Object.keys(category.services || {})) {
                let value = hasOwn(services, service) ? services[service] : undefined;
                if (value === undefined && keepServices && hasOwn(previous.services, service))
                    value = previous.services[service];
                // Keep only services that differ from their category: smaller cookie, same meaning.
                if (value !== undefined && value !== granted)
                    record.services[service] = value;
            }
        }
        $now.set(record.time);
        $entry.set({ record, source: 'visitor' });
        $view.set(null);
    };
    const everyCategory = (granted) => {
        const choice = {};
        for (const name of Object.keys(config.categories))
            choice[name] = granted;
        return choice;
    };
    /** Opens the banner when the visitor must be asked, closes it when no longer. */
    const settleView = () => {
        const view = $view.get();
        if ($decision.get().ask) {
            if (!view)
                $view.set('banner');
        }
        else if (view === 'banner') {
            $view.set(null);
        }
    };
    /** A record read from the cookie replaces ours only when it differs. */
    const applyStored = (record) => {
        if (sameValues(record, $record.get()))
            return;
        $entry.set({ record, source: 'cookie' });
    };
    const refresh = () => {
        $signals.set(readSignals());
        $now.set(Date.now());
        const cookielessNow = cookieless();
        // A choice kept in memory (the cookie could not be written) stays until a signal
        // change makes cookies usable again.
        if (!persistence.inMemory || cookielessNow) {
            persistence.inMemory = cookielessNow;
            if (!cookielessNow)
                applyStored(readRecord(config));
        }
        settleView();
    };
    /** Another tab decided. The newer record wins (ties broken by value), and a tab holding
     * an older one stores the winner again (the cookie writer does). */
    const receiveFromTab = (value) => {
        $now.set(Date.now());
        const theirs = decodeRecord(value);
        const ours = $record.get();
        if (value === '') {
            $entry.set({ record: null, source: 'tab' });
        }
        else if (theirs) {
            const newer = !ours ||
                theirs.time > ours.time ||
                (theirs.time === ours.time && value > (encodeIfReadable(ours) ?? ''));
            if (newer)
                $entry.set({ record: theirs, source: 'tab' });
        }
        settleView();
    };
    const get = (name) => {
        const decision = $decision.get();
        if (name === undefined)
            return $consent.get();
        if (hasOwn(decision.categories, name))
            return decision.categories[name];
        if (hasOwn(decision.services, name))
            return decision.services[name];
        return false;
    };
    const consent = {
        config,
        get: get,
        set: (categories, services) => decideNow('custom', categories, services),
        acceptAll: () => decideNow('accept-all', everyCategory(true)),
        rejectAll: () => decideNow('reject-all', everyCategory(false)),
        reset: () => {
            $now.set(Date.now());
            $entry.set({ record: null, source: 'visitor' });
            $view.set('banner');
        },
        subscribe: listener => {
            let called;
            return $decision.subscribe(decision => {
                const unchanged = called &&
                    called.categories === decision.categories &&
                    called.services === decision.services;
                if (unchanged)
                    return;
                called = decision;
                listener(decision.categories, $record.get());
            });
        },
        whenGranted: name => new Promise(resolve => {
            const stop = $decision.subscribe(() => {
                if (!get(name))
                    return;
                resolve();
                // subscribe calls at once: defer the unsubscribe until `stop` exists.
                queueMicrotask(() => stop());
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
            return $signals.get();
        },
        $consent,
        $decision,
        $record,
        $view,
    };
    if (browser) {
        connectTabs(config, $entry, receiveFromTab);
        dispatchEvents($decision, $record);
        // Another tab without BroadcastChannel, and pages restored from the back/forward cache.
        document.addEventListener('visibilitychange', () => {
            if (!document.hidden)
                refresh();
        });
        addEventListener('pageshow', event => {
            if (event.persisted)
                refresh();
        });
    }
    return consent;
}

/**
 * Declares a config in its own `const` with its literal types kept (`'enforce'`, not
 * `string`), so it can be passed to `createConsent` later and category names still type
 * `get`, `set` and `whenGranted`. Returns the config unchanged. `satisfies ConsentConfig`
 * on a literal does the same.
 * @example
 * const config = defineConfig({ categories: { analytics: { usedForTracking: true } }, signals: { gpc: 'enforce' } })
 * createConsent(config).get('analytics')
 */
function defineConfig(config) {
    return config;
}

// A coarse region hint from the device's time zone, for a page that knows no region from
// the site or its server. Coarse by nature: the time zone is a device setting, not a
// location (travellers, VPNs, a laptop set to its owner's home zone), and one zone spans
// several states (America/Los_Angeles is California, Washington, Oregon and Nevada), so it
// names a country at most, never a subdivision. Zones not listed give '' and the
// fail-closed `model.unknown` applies. Countries per zone from the IANA tz database's
// zone1970.tab / zone.tab (backward links such as Europe/Kiev included).
/** Time-zone suffixes per country, under the area given before the slash. */
const ZONES = {
    Europe: {
        AD: 'Andorra',
        AL: 'Tirane',
        AT: 'Vienna',
        AX: 'Mariehamn',
        BA: 'Sarajevo',
        BE: 'Brussels',
        BG: 'Sofia',
        BY: 'Minsk',
        CH: 'Zurich',
        CY: 'Nicosia',
        CZ: 'Prague',
        DE: 'Berlin Busingen',
        DK: 'Copenhagen',
        EE: 'Tallinn',
        ES: 'Madrid',
        FI: 'Helsinki',
        FR: 'Paris',
        GB: 'London Belfast',
        GG: 'Guernsey',
        GI: 'Gibraltar',
        GR: 'Athens',
        HR: 'Zagreb',
        HU: 'Budapest',
        IE: 'Dublin',
        IM: 'Isle_of_Man',
        IT: 'Rome',
        JE: 'Jersey',
        LI: 'Vaduz',
        LT: 'Vilnius',
        LU: 'Luxembourg',
        LV: 'Riga',
        MC: 'Monaco',
        MD: 'Chisinau Tiraspol',
        ME: 'Podgorica',
        MK: 'Skopje',
        MT: 'Malta',
        NL: 'Amsterdam',
        NO: 'Oslo',
        PL: 'Warsaw',
        PT: 'Lisbon',
        RO: 'Bucharest',
        RS: 'Belgrade',
        RU: 'Moscow Kaliningrad Samara Volgograd Saratov Ulyanovsk Astrakhan Kirov',
        SE: 'Stockholm',
        SI: 'Ljubljana',
        SK: 'Bratislava',
        SM: 'San_Marino',
        TR: 'Istanbul',
        UA: 'Kyiv Kiev Uzhgorod Zaporozhye',
        VA: 'Vatican',
    },
    Atlantic: {
        ES: 'Canary',
        FO: 'Faroe Faeroe',
        IS: 'Reykjavik',
        PT: 'Madeira Azores',
    },
    Africa: { ES: 'Ceuta' },
    Asia: { CY: 'Nicosia Famagusta' },
    America: {
        US: 'New_York Detroit Chicago Denver Boise Phoenix Los_Angeles Anchorage Juneau Sitka ' +
            'Metlakatla Yakutat Nome Adak Menominee Indiana/Indianapolis Indiana/Vincennes ' +
            'Indiana/Winamac Indiana/Marengo Indiana/Petersburg Indiana/Vevay Indiana/Tell_City ' +
            'Indiana/Knox Kentucky/Louisville Kentucky/Monticello North_Dakota/Center ' +
            'North_Dakota/New_Salem North_Dakota/Beulah',
    },
    Pacific: { US: 'Honolulu' },
    US: {
        US: 'Eastern Central Mountain Pacific Alaska Hawaii Arizona Michigan Aleutian East-Indiana Indiana-Starke',
    },
};
/** The zone -> country table, built once from ZONES. */
let table;
const countries = () => {
    if (table)
        return table;
    table = new Map();
    for (const area in ZONES)
        for (const country in ZONES[area])
            for (const city of ZONES[area][country].split(' '))
                table.set(`${area}/${city}`, country);
    return table;
};
/** The device's time zone, or '' where Intl cannot say. */
function deviceTimeZone() {
    try {
        return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
    catch {
        // No Intl time-zone support: no hint, and the fail-closed default applies.
        return '';
    }
}
/**
 * The ISO 3166-1 country a time zone belongs to, as a coarse region hint (`DE` for
 * `Europe/Berlin`, `US` for `America/Los_Angeles`), or '' for zones it does not know.
 * Only a hint for when neither the site nor its server gives a region: see the comment
 * at the top of this file for how coarse it is.
 * @example regionFromTimeZone('Europe/Paris') // 'FR'
 * @example regionFromTimeZone() // the device's zone: 'US' in New York
 */
function regionFromTimeZone(timeZone) {
    const zone = timeZone ?? deviceTimeZone();
    return countries().get(zone) || '';
}

export { ConsentConfigError, createConsent, decide, decodeRecord, defineConfig, readSignals, regionFromTimeZone, validateConfig };
