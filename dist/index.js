import { atom } from 'nanostores';
import { v as validateConfig, s as safeUrl, r as readRecord, w as writeRecord, a as clearRecord } from './chunks/config.js';
import { C as ConsentConfigError, d as decodeRecord, e as encodeRecord, h as honoured, a as decide, n as newId } from './chunks/error.js';
import 'js-cookie';

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
        dnt: dntOn(read(() => nav.doNotTrack)) ||
            dntOn(read(() => win.doNotTrack)) ||
            dntOn(read(() => nav.msDoNotTrack)),
        // GPC spec section 4 (navigator.globalPrivacyControl): only the boolean true counts.
        gpc: read(() => nav.globalPrivacyControl) === true,
    };
}

/**
 * Creates the consent controller for a site's policy. Touches nothing outside
 * `document.cookie` (and `BroadcastChannel` for other tabs).
 * @example
 * const consent = createConsent({ categories: { necessary: { required: true }, analytics: { tracking: true } } })
 */
function createConsent(config) {
    // Every check, with messages naming the field, outside production builds (the drop-in
    // runs them itself). A production bundle (the bundler sets process.env.NODE_ENV, as
    // nanostores also expects) keeps only the check that protects visitors: no link to a
    // javascript: URL. thirdPartyTracking: false is enforced by decide() either way.
    if (process.env.NODE_ENV != 'production')
        validateConfig(config);
    else if (config.policyUrl && !safeUrl(config.policyUrl))
        throw new ConsentConfigError('policyUrl', 'expected an http(s) or relative URL');
    const browser = typeof document == 'object';
    const region = config.region ||
        (browser ? document.documentElement.getAttribute('data-consent-region') || '' : '');
    let signals = readSignals();
    const cookieless = () => {
        const h = honoured(config, signals);
        return !!(config.signals && config.signals.cookieless && (h.enforced || h.denied));
    };
    // When the cookie cannot be written, the choice lives in memory for this page view.
    let inMemory = cookieless();
    const $record = atom(browser && !inMemory ? readRecord(config) : null);
    const compute = () => decide(config, $record.get(), signals, region, Date.now());
    const $decision = atom(compute());
    const $consent = atom($decision.get().categories);
    const $view = atom(null);
    const channel = browser && typeof BroadcastChannel == 'function' ? new BroadcastChannel('consentry') : null;
    const fire = (type) => browser &&
        document.dispatchEvent(new CustomEvent('consentry:' + type, {
            detail: { state: $consent.get(), record: $record.get() },
        }));
    const key = () => JSON.stringify([$decision.get().categories, $decision.get().services, $record.get()]);
    let last = key();
    const update = () => {
        const d = compute();
        // The category map keeps its identity unless a category changed, so bindings re-render only then.
        if (JSON.stringify(d.categories) == JSON.stringify($consent.get()))
            d.categories = $consent.get();
        $decision.set(d);
        $consent.set(d.categories);
        if (last != (last = key()))
            fire('change');
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
                const value = services[s] ??
                    (method == 'custom' && current.valid && previous ? previous.services[s] : undefined);
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
            channel.postMessage(encodeRecord(record));
    };
    const all = (granted) => {
        const map = {};
        for (const name in config.categories)
            map[name] = granted;
        return map;
    };
    const settle = () => {
        update();
        const view = $view.get();
        if ($decision.get().ask)
            view || $view.set('banner');
        else if (view == 'banner')
            $view.set(null);
    };
    const refresh = () => {
        signals = readSignals();
        if (!inMemory || cookieless()) {
            inMemory = cookieless();
            $record.set(inMemory ? $record.get() : readRecord(config));
        }
        settle();
    };
    // Another tab decided. Its record travels in the message: re-reading document.cookie
    // could see the old value, since one tab's cookie write is not ordered before another
    // tab's read. The newer record wins (ties broken by value), and a tab holding an older
    // one writes the winner again, so the cookie ends on it whichever write landed last.
    if (channel)
        channel.onmessage = (e) => {
            const theirs = decodeRecord(e.data);
            const ours = $record.get();
            if (!theirs) {
                if (e.data === '')
                    $record.set(null);
            }
            else if (!ours ||
                theirs.time > ours.time ||
                (theirs.time == ours.time && e.data > encodeRecord(ours))) {
                if (!inMemory)
                    writeRecord(config, theirs);
                $record.set(theirs);
            }
            settle();
        };
    const consent = {
        config,
        get: ((name) => {
            const d = $decision.get();
            return name === undefined
                ? $consent.get()
                : !!(name in d.categories ? d.categories[name] : d.services[name]);
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
