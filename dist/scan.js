#!/usr/bin/env node
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
const toRegExp = (source) => {
    const end = source.lastIndexOf('/');
    if (end < 2)
        throw SyntaxError(source);
    return new RegExp(source.slice(1, end), source.slice(end + 1));
};

/** A `*` glob as a RegExp: every other character is escaped (an identity escape), `*` matches any run. */
const globToRegExp = (glob) => RegExp('^' + glob.replace(/\W/g, c => (c === '*' ? '.*' : '\\' + c)) + '$');
/** A pattern as a RegExp: a `/source/flags` string is one, any other string a glob. */
const toPattern = (pattern) => {
    if (typeof pattern !== 'string')
        return pattern;
    if (pattern.startsWith('/'))
        return toRegExp(pattern);
    return globToRegExp(pattern);
};
/**
 * A test for one pattern: an exact name, a `*` glob, a RegExp, or a `/source/flags` string.
 * @example matcher('_ga_*')('_ga_XYZ') // true
 */
const matcher = (pattern) => {
    const re = toPattern(pattern);
    // `search` ignores `lastIndex`, so a RegExp with the g or y flag answers the same every time.
    return name => name.search(re) > -1;
};
/**
 * `example.com` covers itself and every subdomain, never `badexample.com`.
 * @example hostIn('www.example.com', 'example.com') // true
 */
const hostIn = (host, pattern) => host === pattern || host.endsWith('.' + pattern);

// What a host or a cookie is, from outside the site's config: the registrable domain
// (tldts, on the Public Suffix List), the Ghostery tracker database for hosts, and a
// short list of well-known cookie names.
/** The tracker database's categories that follow people; the rest (hosting, utilities,
 * consent, essential, audio and video players, customer interaction...) are named but not leaks. */
const TRACKING_CATEGORIES = new Set([
    'advertising',
    'adult_advertising',
    'site_analytics',
    'social_media',
]);
/** The Ghostery tracker database, read from the engine file its package ships (no download). */
async function loadTrackerDb() {
    try {
        const require = createRequire(import.meta.url);
        // The package exports only its entry, so its files are found next to that entry.
        const entry = require.resolve('@ghostery/trackerdb');
        const root = join(dirname(entry), '..', '..');
        const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
        const engine = await readFile(join(root, 'dist', 'trackerdb.engine'));
        const module = (await import('@ghostery/trackerdb'));
        const db = await module.default(engine);
        return { db, version: manifest.version };
    }
    catch {
        return null;
    }
}
/** Loads tldts (required) and the tracker database (optional: without it, hosts are classified by the config alone). */
async function createClassifier() {
    const tldts = (await import('tldts'));
    const loaded = await loadTrackerDb();
    const cache = new Map();
    const tracker = (host) => {
        if (!loaded)
            return null;
        if (cache.has(host))
            return cache.get(host) || null;
        const match = loaded.db.matchDomain(host)[0];
        const info = match
            ? {
                key: match.pattern.key,
                name: match.pattern.name,
                category: match.category.key,
                organization: match.organization ? match.organization.name : null,
                tracking: TRACKING_CATEGORIES.has(match.category.key),
            }
            : null;
        cache.set(host, info);
        return info;
    };
    return {
        database: loaded ? { name: '@ghostery/trackerdb', version: loaded.version } : null,
        domainOf: host => tldts.getDomain(host) || host,
        tracker,
    };
}
/** First party when both belong to the same registrable domain. */
function partyOf(domain, site) {
    return domain === site ? 'first' : 'third';
}
/** The host a cookie's `Domain` stands for (`.example.com` -> `example.com`). */
const cookieHost = (domain) => domain.replace(/^\./, '');
/**
 * Well-known cookie names and what they are for. A short list of widely documented
 * names (the vendors' own cookie pages); no npm package keeps such a list up to date.
 */
const KNOWN_COOKIES = [
    { pattern: '_ga', vendor: 'Google Analytics', purpose: 'analytics' },
    { pattern: '_ga_*', vendor: 'Google Analytics', purpose: 'analytics' },
    { pattern: '_gid', vendor: 'Google Analytics', purpose: 'analytics' },
    { pattern: '_gat*', vendor: 'Google Analytics', purpose: 'analytics' },
    { pattern: '_gcl_*', vendor: 'Google Ads', purpose: 'marketing' },
    { pattern: '__gads', vendor: 'Google AdSense', purpose: 'marketing' },
    { pattern: '__gpi', vendor: 'Google AdSense', purpose: 'marketing' },
    { pattern: 'IDE', vendor: 'Google DoubleClick', purpose: 'marketing' },
    { pattern: '_fbp', vendor: 'Meta Pixel', purpose: 'marketing' },
    { pattern: '_fbc', vendor: 'Meta Pixel', purpose: 'marketing' },
    { pattern: '_hj*', vendor: 'Hotjar', purpose: 'analytics' },
    { pattern: '_clck', vendor: 'Microsoft Clarity', purpose: 'analytics' },
    { pattern: '_clsk', vendor: 'Microsoft Clarity', purpose: 'analytics' },
    { pattern: '_uet*', vendor: 'Microsoft Advertising', purpose: 'marketing' },
    { pattern: '_pk_*', vendor: 'Matomo', purpose: 'analytics' },
    { pattern: '_ttp', vendor: 'TikTok Pixel', purpose: 'marketing' },
    { pattern: 'li_*', vendor: 'LinkedIn', purpose: 'marketing' },
    { pattern: '__hstc', vendor: 'HubSpot', purpose: 'marketing' },
    { pattern: 'hubspotutk', vendor: 'HubSpot', purpose: 'marketing' },
    { pattern: 'ajs_anonymous_id', vendor: 'Segment', purpose: 'analytics' },
    { pattern: '__stid', vendor: 'ShareThis', purpose: 'social' },
    { pattern: 'PHPSESSID', vendor: 'PHP session', purpose: 'necessary' },
    { pattern: 'JSESSIONID', vendor: 'Java session', purpose: 'necessary' },
    { pattern: 'ASP.NET_SessionId', vendor: 'ASP.NET session', purpose: 'necessary' },
    { pattern: 'XSRF-TOKEN', vendor: 'CSRF protection', purpose: 'necessary' },
    { pattern: 'csrftoken', vendor: 'CSRF protection', purpose: 'necessary' },
    { pattern: '__cf_bm', vendor: 'Cloudflare bot management', purpose: 'necessary' },
];
const KNOWN_TESTS = KNOWN_COOKIES.map(entry => ({
    test: matcher(entry.pattern),
    known: { vendor: entry.vendor, purpose: entry.purpose },
}));
/** What a cookie name is known for, or null. */
function knownCookie(name) {
    const hit = KNOWN_TESTS.find(entry => entry.test(name));
    return hit ? hit.known : null;
}

// The site's config as the scan needs it: which entry covers a host, a cookie or a
// storage key, with the same matching rules the gate uses (src/gate/match.ts).
/** How a pattern was written: RegExp as `/source/flags`, the JSON form configs accept. */
function patternText(pattern) {
    if (typeof pattern === 'string')
        return pattern;
    return `/${pattern.source}/${pattern.flags}`;
}
/** A test that never throws: a pattern that does not compile matches nothing. */
function safeMatcher(pattern) {
    try {
        return matcher(pattern);
    }
    catch {
        return () => false;
    }
}
function patternEntries(place, patterns) {
    return (patterns || []).map(pattern => ({
        place,
        pattern: patternText(pattern),
        test: safeMatcher(pattern),
    }));
}
/** Service entries come first, so the most specific place answers. */
function firstPlace(entries, name) {
    const serviceHit = entries.find(entry => entry.place.service && entry.test(name));
    if (serviceHit)
        return serviceHit.place;
    const categoryHit = entries.find(entry => entry.test(name));
    return categoryHit ? categoryHit.place : null;
}
/** Indexes a config (or none: then nothing is covered). */
function indexConfig(config) {
    const hosts = [];
    const cookies = [];
    const storage = [];
    const disabled = new Set();
    const categories = (config && config.categories) || {};
    for (const [category, cat] of Object.entries(categories)) {
        const required = !!cat.required;
        const categoryPlace = { category, service: null, required };
        cookies.push(...patternEntries(categoryPlace, cat.cookies));
        storage.push(...patternEntries(categoryPlace, cat.storage));
        for (const [service, svc] of Object.entries(cat.services || {})) {
            const place = { category, service, required };
            if (svc.disabled)
                disabled.add(service);
            cookies.push(...patternEntries(place, svc.cookies));
            storage.push(...patternEntries(place, svc.storage));
            // The gate's reading of `hosts`: lower case, and `*.example.com` means `example.com`.
            for (const host of svc.hosts || [])
                hosts.push({ place, host: host.toLowerCase().replace(/^\*?\./, '') });
        }
    }
    const hostPlace = (host) => {
        const hit = hosts.find(entry => hostIn(host, entry.host));
        return hit ? hit.place : null;
    };
    return {
        config,
        consentCookie: (config && config.cookie && config.cookie.name) || 'consentry',
        hosts,
        cookies,
        storage,
        disabled,
        hostPlace,
        cookiePlace: name => firstPlace(cookies, name),
        storagePlace: key => firstPlace(storage, key),
    };
}
/**
 * Reads `--config FILE`: JSON (RegExp patterns written as `"/re/flags"` strings), or an
 * ES module whose default export (or `config` export) is the config.
 */
async function readConfigFile(file) {
    const path = resolve(file);
    if (/\.json$/i.test(path))
        return JSON.parse(await readFile(path, 'utf8'));
    const module = (await import(pathToFileURL(path).href));
    const config = module.default || module.config;
    if (!config || typeof config !== 'object')
        throw new Error(`${file} exports no config (a default export or \`config\`)`);
    return config;
}

// The shape of what `consentry scan` observes and reports. The report is what `--json`
// writes; docs/scan.md documents every field, and the field names are kept stable.
const STATES = ['before', 'reject', 'accept'];

/** Headings: "Before any choice". */
const STATE_TITLES = {
    before: 'Before any choice',
    reject: 'After Reject all',
    accept: 'After Accept all',
};
/** Inside a sentence: "before any choice". */
const STATE_PHRASES = {
    before: 'before any choice',
    reject: 'after Reject all',
    accept: 'after Accept all',
};
/** A tracker as a reader names it: `Hotjar (site analytics)`. */
const trackerText = (tracker) => `${tracker.name} (${tracker.category.replace(/_/g, ' ')})`;

/** A failure the person running the scan must hear about, in one line. */
class ScanError extends Error {
}
// How long the network must stay idle before a state is recorded, and the most a page
// gets. A request that never reports its end (a keepalive fetch, a long poll) holds the
// wait only until nothing else happened for STUCK_MS.
const QUIET_MS = 600;
const STUCK_MS = 2000;
const SETTLE_LIMIT_MS = 10000;
const LOAD_TIMEOUT_MS = 30000;
/** Where a link cannot lead to a page worth loading. */
const NOT_A_PAGE = /\.(?:pdf|zip|gz|png|jpe?g|gif|webp|svg|ico|mp4|mp3|webm|css|js|json|xml|txt)$/i;
const BINDING = '__consentryScanCookieWrite';
/*
 * Runs in every frame before the page's own scripts: reports each `document.cookie`
 * write with the stack that made it, so a cookie can be traced to its script.
 */
const COOKIE_HOOK = `(() => {
  const proto = Document.prototype
  const native = Object.getOwnPropertyDescriptor(proto, 'cookie')
  if (!native || !native.set || !native.get) return
  const report = window.${BINDING}
  Object.defineProperty(proto, 'cookie', {
    configurable: true,
    enumerable: native.enumerable,
    get() {
      return native.get.call(this)
    },
    set(value) {
      try {
        report(String(value), String(new Error().stack || ''))
      } catch {}
      native.set.call(this, value)
    },
  })
})()`;
/** The first http(s) URL in a stack that is not the hook itself: the script that wrote. */
function scriptFromStack(stack) {
    for (const match of stack.matchAll(/(https?:\/\/[^\s()]+?):\d+:\d+/g))
        return match[1];
    return null;
}
/** The cookie name in a `document.cookie` write or a `Set-Cookie` value. */
function cookieNameOf(written) {
    const end = written.indexOf('=');
    return (end < 0 ? '' : written.slice(0, end)).trim();
}
/** A write that expires the cookie (a deletion) says nothing about who set it. */
function deletes(written) {
    if (/;\s*max-age\s*=\s*(?:0|-\d+)/i.test(written))
        return true;
    const expires = /;\s*expires\s*=\s*([^;]+)/i.exec(written);
    return !!expires && Date.parse(expires[1]) < Date.now();
}
const withoutHash = (url) => url.replace(/#.*$/, '');
/** The host of a URL; '' for one that has none or does not parse. */
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
}
/** Records what one context does: requests (from `from` on) and who wrote each cookie. */
class Recorder {
    constructor() {
        this.requests = [];
        this.recording = true;
        this.inflight = 0;
        this.lastActivity = Date.now();
        this.setters = new Map();
        this.pending = [];
    }
    async attach(context) {
        await context.exposeBinding(BINDING, (source, written, stack) => {
            if (deletes(written))
                return;
            const name = cookieNameOf(written);
            const script = scriptFromStack(stack);
            const frameUrl = withoutHash(source.frame.url());
            const inline = !script || withoutHash(script) === frameUrl;
            this.setters.set(name, {
                kind: inline ? 'inline' : 'script',
                url: inline ? frameUrl : script,
            });
        });
        await context.addInitScript(COOKIE_HOOK);
        context.on('request', request => this.onRequest(request));
        context.on('requestfinished', () => this.onDone());
        context.on('requestfailed', () => this.onDone());
        context.on('response', response => this.pending.push(this.onResponse(response)));
    }
    onRequest(request) {
        this.inflight++;
        this.lastActivity = Date.now();
        if (!this.recording)
            return;
        const host = hostOf(request.url());
        // data: and blob: URLs reach no host.
        if (!host)
            return;
        this.requests.push({ url: request.url(), host, type: request.resourceType() });
    }
    onDone() {
        this.inflight = Math.max(0, this.inflight - 1);
        this.lastActivity = Date.now();
    }
    async onResponse(response) {
        try {
            for (const header of await response.headerValues('set-cookie'))
                for (const line of header.split('\n')) {
                    const name = cookieNameOf(line);
                    if (name && !deletes(line))
                        this.setters.set(name, { kind: 'http', url: response.url() });
                }
        }
        catch {
            // A response whose headers never arrive (the page went away) names no setter.
        }
    }
    setterOf(name) {
        return this.setters.get(name) || { kind: 'unknown', url: null };
    }
    /** Resolves once the network has been idle for a while (or the limit passed). */
    async settle() {
        const start = Date.now();
        this.lastActivity = Math.max(this.lastActivity, start);
        for (;;) {
            const now = Date.now();
            const idle = now - this.lastActivity;
            if (this.inflight === 0 && idle >= QUIET_MS)
                break;
            if (idle >= STUCK_MS)
                break;
            if (now - start >= SETTLE_LIMIT_MS)
                break;
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        await Promise.all(this.pending);
    }
}
/** Decides through the page's `window.consent`; false when the page has none. */
async function decide(page, state) {
    return page.evaluate(choice => {
        const consent = window.consent;
        if (!consent)
            return false;
        if (choice === 'reject')
            consent.rejectAll();
        else
            consent.acceptAll();
        return true;
    }, state);
}
async function hasConsentry(page) {
    return page.evaluate(() => typeof window.consent === 'object');
}
async function readPageConfig(page) {
    try {
        return (await page.evaluate(() => {
            const consent = window.consent;
            // Structured clone through JSON would lose RegExp patterns; Playwright keeps them.
            return (consent && consent.config) || null;
        }));
    }
    catch {
        return null;
    }
}
/** Same-origin links of the page, without fragments, in document order. */
async function linksOf(page) {
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), a => a.href));
    const origin = new URL(page.url()).origin;
    const links = [];
    for (const href of hrefs) {
        let url;
        try {
            url = new URL(href);
        }
        catch {
            continue;
        }
        if (url.origin !== origin || NOT_A_PAGE.test(url.pathname))
            continue;
        url.hash = '';
        if (!links.includes(url.href))
            links.push(url.href);
    }
    return links;
}
/** What a model does before a choice, when it is not opt-in: said once per page. */
async function modelNote(page) {
    const granted = await page.evaluate(() => {
        const consent = window.consent;
        if (!consent)
            return [];
        const categories = consent.config.categories;
        return Object.entries(consent.get())
            .filter(([name, on]) => on && !categories[name].required)
            .map(([name]) => name);
    });
    if (!granted.length)
        return null;
    return `Before a choice these categories already apply (an opt-out or notice model for this visitor): ${granted.join(', ')}.`;
}
/** Loads `url`, throwing a ScanError that names the reason when the page does not answer. */
async function load(page, url, recorder) {
    let response;
    try {
        response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new ScanError(`could not load ${url}: ${reason}`);
    }
    if (response && response.status() >= 400)
        throw new ScanError(`could not load ${url}: HTTP ${response.status()}`);
    await recorder.settle();
}
async function finish(context, page, recorder) {
    const storage = await context.storageState();
    const cookies = storage.cookies.map(cookie => ({
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        expires: cookie.expires,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        setBy: recorder.setterOf(cookie.name),
    }));
    const local = storage.origins.flatMap(entry => entry.localStorage.map(item => ({ origin: entry.origin, key: item.name })));
    const origin = new URL(page.url()).origin;
    const sessionKeys = await page.evaluate(() => Object.keys(sessionStorage)).catch(() => []);
    const session = sessionKeys.map(key => ({ origin, key }));
    const screenshot = await page.screenshot({ type: 'jpeg', quality: 70 }).catch(() => null);
    return { cookies, local, session, screenshot };
}
/** One page in one fresh context. */
async function visit(browser, url, state) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
        const recorder = new Recorder();
        await recorder.attach(context);
        const page = await context.newPage();
        // The reject and accept states record from the decision on; the first load is the
        // before state's business.
        recorder.recording = state === 'before';
        await load(page, url, recorder);
        const consentry = await hasConsentry(page);
        const config = state === 'before' && consentry ? await readPageConfig(page) : null;
        const links = state === 'before' ? await linksOf(page) : [];
        let note = null;
        if (state === 'before' && consentry)
            note = await modelNote(page);
        if (state !== 'before') {
            recorder.recording = true;
            await decide(page, state);
            await recorder.settle();
            // The next page view of a visitor who chose: what runs once the choice is stored.
            await load(page, url, recorder);
        }
        const end = await finish(context, page, recorder);
        return {
            state: { decided: true, note, requests: recorder.requests, ...end },
            consentry,
            config,
            links,
        };
    }
    finally {
        await context.close();
    }
}
/** A state that needs a choice, on a page without consentry. */
function unreachable(state) {
    const note = `No window.consent on this page, so "${STATE_PHRASES[state]}" could not be reached.`;
    const empty = {
        decided: false,
        note,
        cookies: [],
        local: [],
        session: [],
        requests: [],
        screenshot: null,
    };
    return { state: empty, consentry: false, config: null, links: [] };
}
/**
 * Crawls up to `options.pages` same-origin pages from `startUrl`, breadth first, each in
 * the three states. A page other than the first that fails to load is skipped.
 */
async function crawl(browser, startUrl, options) {
    const queue = [withoutHash(startUrl)];
    const pages = [];
    const skipped = [];
    let done = 0;
    for (let i = 0; i < queue.length && pages.length < options.pages; i++) {
        const url = queue[i];
        const planned = () => Math.min(queue.length - skipped.length, options.pages) * STATES.length;
        const outcomes = {};
        try {
            for (const state of STATES) {
                const before = outcomes.before;
                // Without window.consent there is no choice to make: the page is not loaded again.
                if (before && !before.consentry)
                    outcomes[state] = unreachable(state);
                else
                    outcomes[state] = await visit(browser, url, state);
                done++;
                options.progress(done, planned(), `${url}, ${STATE_PHRASES[state]}`);
                if (state === 'before')
                    for (const link of outcomes.before.links)
                        if (!queue.includes(link))
                            queue.push(link);
            }
        }
        catch (e) {
            if (i === 0 || !(e instanceof ScanError))
                throw e;
            done -= Object.keys(outcomes).length;
            skipped.push({ url, reason: e.message });
            continue;
        }
        const before = outcomes.before;
        pages.push({
            url,
            consentry: before.consentry,
            config: before.config,
            states: {
                before: before.state,
                reject: outcomes.reject.state,
                accept: outcomes.accept.state,
            },
        });
    }
    return { pages, skipped };
}

/** Where a kind of third party belongs: category names to look for in the config, in order. */
const CATEGORY_CHOICES = {
    analytics: ['analytics', 'statistics', 'performance', 'measurement'],
    marketing: ['marketing', 'advertising', 'ads', 'targeting'],
    social: ['social', 'social-media', 'marketing'],
    media: ['media', 'embeds', 'social', 'marketing'],
    chat: ['chat', 'support', 'functional', 'preferences'],
};
/** The tracker database's categories, mapped to a purpose. Unknown hosts count as
 * marketing: held until consent (fail closed) until the owner says they are needed. */
const PURPOSE_OF_TRACKER = {
    site_analytics: 'analytics',
    advertising: 'marketing',
    adult_advertising: 'marketing',
    social_media: 'social',
    audio_video_player: 'media',
    customer_interaction: 'chat',
    hosting: 'necessary',
    cdn: 'necessary',
    utilities: 'necessary',
    essential: 'necessary',
    consent: 'necessary',
};
const PURPOSE_OF_COOKIE = {
    analytics: 'analytics',
    marketing: 'marketing',
    social: 'social',
    necessary: 'necessary',
};
const LABELS = {
    analytics: 'Analytics',
    marketing: 'Marketing',
    social: 'Social media',
    media: 'Videos and media',
    chat: 'Chat',
    necessary: 'Necessary',
};
/** Builds the patch while it looks up the config it extends. */
class PatchBuilder {
    constructor(config) {
        this.config = config;
        this.patch = { categories: {} };
        this.serviceOfDomain = new Map();
    }
    get categories() {
        return (this.config && this.config.categories) || {};
    }
    /** The config's category for a purpose, or the name of a new one. */
    categoryFor(purpose) {
        const names = Object.keys(this.categories);
        if (purpose === 'necessary') {
            const required = names.find(name => this.categories[name].required);
            return required || 'necessary';
        }
        const choices = CATEGORY_CHOICES[purpose];
        const existing = choices.find(name => names.includes(name) && !this.categories[name].required);
        return existing || choices[0];
    }
    /** The patch's entry for a category, created in the config's shape when it is new. */
    category(purpose) {
        const name = this.categoryFor(purpose);
        let entry = this.patch.categories[name];
        if (entry)
            return entry;
        entry = {};
        if (!Object.hasOwn(this.categories, name)) {
            if (purpose === 'necessary')
                entry.required = true;
            else
                entry.usedForTracking = true;
            entry.label = LABELS[purpose];
        }
        this.patch.categories[name] = entry;
        return entry;
    }
    /** A service's entry; an existing service of that name keeps its own hosts and cookies. */
    service(purpose, name, label) {
        const category = this.category(purpose);
        category.services || (category.services = {});
        const known = category.services[name];
        if (known)
            return known;
        const categoryName = this.categoryFor(purpose);
        const existing = Object.hasOwn(this.categories, categoryName)
            ? (this.categories[categoryName].services || {})[name]
            : undefined;
        const entry = existing
            ? {
                hosts: [...(existing.hosts || [])],
                cookies: (existing.cookies || []).map(patternText),
            }
            : { label, hosts: [], cookies: [] };
        category.services[name] = entry;
        return entry;
    }
    addHost(host) {
        const tracker = host.tracker;
        const purpose = tracker
            ? PURPOSE_OF_TRACKER[tracker.category] || 'marketing'
            : 'marketing';
        // Service names are letters, digits, `_` and `-`.
        const name = tracker ? tracker.key : host.domain.replace(/[^\w-]/g, '-');
        const label = tracker ? tracker.name : host.domain;
        const service = this.service(purpose, name, label);
        if (!service.hosts.includes(host.domain))
            service.hosts.push(host.domain);
        this.serviceOfDomain.set(host.domain, service);
    }
    addCookie(cookie, classifier) {
        const setterHost = cookie.setBy.url ? hostOf(cookie.setBy.url) : '';
        const domains = [
            cookie.party === 'third' ? classifier.domainOf(cookie.domain.replace(/^\./, '')) : '',
            setterHost && cookie.setBy.kind !== 'inline' ? classifier.domainOf(setterHost) : '',
        ];
        const owner = domains.map(domain => this.serviceOfDomain.get(domain)).find(service => service);
        if (owner) {
            if (!owner.cookies.includes(cookie.name))
                owner.cookies.push(cookie.name);
            return;
        }
        const purpose = cookie.known
            ? PURPOSE_OF_COOKIE[cookie.known.purpose]
            : purposeOfUnknown(cookie);
        const category = this.category(purpose);
        const categoryName = this.categoryFor(purpose);
        const existing = Object.hasOwn(this.categories, categoryName)
            ? (this.categories[categoryName].cookies || []).map(patternText)
            : [];
        category.cookies || (category.cookies = existing);
        if (!category.cookies.includes(cookie.name))
            category.cookies.push(cookie.name);
    }
    /** Empty arrays say nothing: they are left out. */
    tidy() {
        for (const category of Object.values(this.patch.categories))
            for (const service of Object.values(category.services || {})) {
                if (!service.hosts.length)
                    delete service.hosts;
                if (!service.cookies.length)
                    delete service.cookies;
            }
        return this.patch;
    }
}
/** A cookie the site sets whatever the visitor says is taken for a necessary one; one
 * that appears only after Accept all is optional. The owner checks either way. */
function purposeOfUnknown(cookie) {
    const onlyAfterAccept = cookie.states.every(state => state === 'accept');
    return onlyAfterAccept ? 'marketing' : 'necessary';
}
/** The patch that lists every unlisted host and cookie. Empty `categories` when nothing is missing. */
function buildPatch(config, unlisted, classifier) {
    const builder = new PatchBuilder(config);
    for (const host of unlisted.hosts)
        builder.addHost(host);
    for (const cookie of unlisted.cookies)
        builder.addCookie(cookie, classifier);
    return builder.tidy();
}

/** The screenshot's name for a page and state: what the HTML report keys images by. */
const screenshotName = (pageIndex, state) => `page${pageIndex + 1}-${state}.jpg`;
const optional = (place) => !!place && !place.required;
const sorted = (values) => [...new Set(values)].sort();
function observeRequests(state, site, index, classifier) {
    const byDomain = new Map();
    for (const request of state.requests) {
        const domain = classifier.domainOf(request.host);
        const group = byDomain.get(domain) || { hosts: new Set(), count: 0, types: new Set() };
        group.hosts.add(request.host);
        group.count++;
        group.types.add(request.type);
        byDomain.set(domain, group);
    }
    const domains = [];
    for (const [domain, group] of byDomain) {
        const hosts = sorted(group.hosts);
        const covered = hosts.map(host => index.hostPlace(host)).find(place => place);
        const tracker = hosts.map(host => classifier.tracker(host)).find(info => info);
        domains.push({
            domain,
            party: partyOf(domain, site),
            hosts,
            count: group.count,
            types: sorted(group.types),
            config: covered || null,
            tracker: tracker || null,
        });
    }
    return domains.sort((a, b) => a.domain.localeCompare(b.domain));
}
function observeCookie(cookie, site, index, classifier) {
    const host = cookieHost(cookie.domain);
    const party = partyOf(classifier.domainOf(host), site);
    const consentCookie = party === 'first' && cookie.name === index.consentCookie;
    // A third-party cookie is listed by the service whose hosts set it, or by a pattern.
    const place = index.cookiePlace(cookie.name) || (party === 'third' ? index.hostPlace(host) : null);
    return {
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : null,
        party,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        setBy: cookie.setBy,
        config: consentCookie ? null : place,
        consentCookie,
        known: knownCookie(cookie.name),
    };
}
function observeState(state, screenshot, site, index, classifier) {
    const storage = [
        ...state.local.map(item => ({ area: 'local', ...item })),
        ...state.session.map(item => ({ area: 'session', ...item })),
    ].map(item => ({ ...item, config: index.storagePlace(item.key) }));
    return {
        decided: state.decided,
        note: state.note,
        cookies: state.cookies
            .map(cookie => observeCookie(cookie, site, index, classifier))
            .sort((a, b) => a.name.localeCompare(b.name)),
        storage,
        requests: observeRequests(state, site, index, classifier),
        screenshot: state.screenshot ? screenshot : null,
    };
}
const placeText = (place) => place.service ? `service "${place.service}" (${place.category})` : `category "${place.category}"`;
/** The leaks of one page in one state (before a choice, or after Reject all). */
function leaksOf(page, stateName, state) {
    const leaks = [];
    const when = STATE_PHRASES[stateName];
    const leak = (kind, subject, detail) => leaks.push({ state: stateName, page, kind, subject, detail });
    for (const group of state.requests) {
        const count = `${group.count} request${group.count === 1 ? '' : 's'}`;
        if (group.config && optional(group.config))
            leak('tracker-request', group.domain, `${count} to ${group.hosts.join(', ')} ${when}, which the config lists under ${placeText(group.config)}: hold its tags with type="text/plain" data-consent, or check that the gate starts before them.`);
        else if (!group.config && group.tracker && group.tracker.tracking)
            leak('tracker-request', group.domain, `${count} to ${group.hosts.join(', ')} ${when}: ${trackerText(group.tracker)}, which no service lists.`);
    }
    for (const cookie of state.cookies) {
        if (cookie.consentCookie || (cookie.config && cookie.config.required))
            continue;
        if (cookie.party === 'third')
            leak('third-party-cookie', cookie.name, `Third-party cookie ${cookie.name} on ${cookie.domain} ${when}.`);
        else if (optional(cookie.config))
            leak('optional-cookie', cookie.name, `Cookie ${cookie.name} ${when}, listed under ${placeText(cookie.config)}.`);
        else if (!cookie.config && cookie.known && cookie.known.purpose !== 'necessary')
            leak('optional-cookie', cookie.name, `Cookie ${cookie.name} ${when}: a ${cookie.known.vendor} ${cookie.known.purpose} cookie, which no category lists.`);
    }
    for (const item of state.storage)
        if (optional(item.config))
            leak('optional-storage', item.key, `${item.area}Storage key ${item.key} ${when}, listed under ${placeText(item.config)}.`);
    return leaks;
}
function unlistedOf(pages) {
    const hosts = new Map();
    const cookies = new Map();
    for (const page of pages)
        for (const stateName of STATES) {
            const state = page.states[stateName];
            for (const group of state.requests) {
                if (group.party !== 'third' || group.config)
                    continue;
                const entry = hosts.get(group.domain) || {
                    domain: group.domain,
                    hosts: [],
                    tracker: group.tracker,
                    states: [],
                    pages: [],
                };
                entry.hosts = sorted([...entry.hosts, ...group.hosts]);
                if (!entry.states.includes(stateName))
                    entry.states.push(stateName);
                if (!entry.pages.includes(page.url))
                    entry.pages.push(page.url);
                hosts.set(group.domain, entry);
            }
            for (const cookie of state.cookies) {
                if (cookie.consentCookie || cookie.config)
                    continue;
                const key = `${cookie.name}@${cookie.domain}`;
                const entry = cookies.get(key) || {
                    name: cookie.name,
                    domain: cookie.domain,
                    party: cookie.party,
                    setBy: cookie.setBy,
                    known: cookie.known,
                    states: [],
                };
                if (entry.setBy.kind === 'unknown')
                    entry.setBy = cookie.setBy;
                if (!entry.states.includes(stateName))
                    entry.states.push(stateName);
                cookies.set(key, entry);
            }
        }
    return { hosts: [...hosts.values()], cookies: [...cookies.values()] };
}
function staleOf(pages, index) {
    const seenHosts = new Set();
    const seenCookies = new Set();
    for (const page of pages)
        for (const stateName of STATES) {
            const state = page.states[stateName];
            for (const group of state.requests)
                for (const host of group.hosts)
                    seenHosts.add(host);
            for (const cookie of state.cookies)
                seenCookies.add(cookie.name);
        }
    const inUse = (place) => !place.service || !index.disabled.has(place.service);
    const hosts = index.hosts
        .filter(entry => inUse(entry.place))
        .filter(entry => ![...seenHosts].some(host => hostIn(host, entry.host)))
        .map(entry => ({
        category: entry.place.category,
        service: entry.place.service || '',
        host: entry.host,
    }));
    const cookies = index.cookies
        .filter(entry => inUse(entry.place))
        .filter(entry => ![...seenCookies].some(name => entry.test(name)))
        .map(entry => ({
        category: entry.place.category,
        service: entry.place.service,
        pattern: entry.pattern,
    }));
    return { hosts, cookies };
}
/** The whole report from what the browser saw. */
function analyze(input) {
    const { classifier } = input;
    const site = classifier.domainOf(new URL(input.startUrl).hostname);
    const index = indexConfig(input.config);
    const pages = input.pages.map((raw, pageIndex) => {
        const observe = (stateName) => observeState(raw.states[stateName], screenshotName(pageIndex, stateName), site, index, classifier);
        return {
            url: raw.url,
            consentry: raw.consentry,
            states: { before: observe('before'), reject: observe('reject'), accept: observe('accept') },
        };
    });
    const leaks = pages.flatMap(page => [
        ...leaksOf(page.url, 'before', page.states.before),
        ...leaksOf(page.url, 'reject', page.states.reject),
    ]);
    const unlisted = unlistedOf(pages);
    const stale = staleOf(pages, index);
    return {
        version: 1,
        startUrl: input.startUrl,
        scannedAt: input.scannedAt,
        site,
        configSource: input.configSource,
        trackerDatabase: classifier.database,
        pages,
        leaks,
        unlisted,
        stale,
        patch: buildPatch(input.config, unlisted, classifier),
        summary: {
            pages: pages.length,
            leaks: leaks.length,
            unlistedHosts: unlisted.hosts.length,
            unlistedCookies: unlisted.cookies.length,
            stale: stale.hosts.length + stale.cookies.length,
            clean: leaks.length === 0,
        },
    };
}

// Finding a Chromium and the flags to launch it with, shared by `consentry scan` (which
// ships in dist/scan.js) and the browser tests (test/browser/chromium.mjs). Plain
// JavaScript, so the tests and the benchmark can import it under plain Node.

/** Where a Chromium is looked for, in order: `$CHROMIUM_PATH`, then Debian's and Ubuntu's paths. */
function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  )
}

/** The first candidate that exists, or null. Never downloads or installs anything. */
function installedChromium() {
  for (const path of chromiumCandidates()) if (existsSync(path)) return path
  return null
}

/** What to tell a person who has no Chromium, in one line. */
const NO_CHROMIUM =
  'no Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, or install one (Debian/Ubuntu: apt-get install chromium)';

/** Flags for a quiet headless Chromium: no GPU in containers, and no background requests
 * of the browser's own (updates, sync, field trials) mixed into what a page requests. */
const QUIET_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The terminal report: a short table per state, the findings, the patch and one summary line.
/** Lays rows out in columns, two spaces apart; the last column is not padded. */
function table(rows, indent = '  ') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, column) => {
            widths[column] = Math.max(widths[column] || 0, cell.length);
        });
    return rows
        .map(row => (indent +
        row
            .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
            .join('  ')).trimEnd())
        .join('\n');
}
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** What a requested domain is, in a few words. */
function domainRole(group) {
    if (group.config)
        return group.config.service
            ? `${group.config.service} (${group.config.category})`
            : group.config.category;
    if (group.party === 'first')
        return 'the site';
    if (group.tracker)
        return `unlisted: ${trackerText(group.tracker)}`;
    return 'unlisted';
}
function stateTable(report, state) {
    const rows = [['page', 'requests by domain', 'cookies', 'storage']];
    let decided = 0;
    for (const page of report.pages) {
        const result = page.states[state];
        const path = new URL(page.url).pathname + new URL(page.url).search;
        if (!result.decided) {
            rows.push([path, 'not reached: no window.consent', '', '']);
            continue;
        }
        decided++;
        const domains = result.requests.map(group => `${group.domain} ${group.count} (${domainRole(group)})`);
        const cookies = result.cookies.map(cookie => cookie.name);
        const storage = result.storage.map(item => item.key);
        const lines = Math.max(domains.length, cookies.length, storage.length, 1);
        for (let line = 0; line < lines; line++)
            rows.push([
                line === 0 ? path : '',
                domains[line] || (line === 0 ? '-' : ''),
                cookies[line] || (line === 0 ? '-' : ''),
                storage[line] || (line === 0 ? '-' : ''),
            ]);
    }
    const leaks = report.leaks.filter(leak => leak.state === state).length;
    const verdict = state === 'accept' ? '' : leaks ? `: ${count(leaks, 'leak')}` : decided ? ': clean' : '';
    return `${STATE_TITLES[state]}${verdict}\n${table(rows)}`;
}
function findings(report) {
    const parts = [];
    if (report.leaks.length)
        parts.push('Leaks\n' +
            report.leaks
                .map(leak => `  [${STATE_TITLES[leak.state]}] ${new URL(leak.page).pathname}: ${leak.detail}`)
                .join('\n'));
    const hosts = report.unlisted.hosts.map(host => {
        const what = host.tracker ? ` ${trackerText(host.tracker)}` : '';
        return `  host ${host.domain}${what}: ${host.hosts.join(', ')}`;
    });
    const cookies = report.unlisted.cookies.map(cookie => {
        const setBy = cookie.setBy.url
            ? `, set by ${cookie.setBy.kind === 'inline' ? 'an inline script on ' : ''}${cookie.setBy.url}`
            : '';
        return `  cookie ${cookie.name} (${cookie.domain}${setBy})`;
    });
    if (hosts.length || cookies.length)
        parts.push('Not in the config\n' + [...hosts, ...cookies].join('\n'));
    const stale = [
        ...report.stale.hosts.map(entry => `  host ${entry.host} of ${entry.service} (${entry.category})`),
        ...report.stale.cookies.map(entry => `  cookie pattern ${entry.pattern} of ${entry.service || 'category'} (${entry.category})`),
    ];
    if (stale.length)
        parts.push('In the config, but nothing used it on these pages\n' + stale.join('\n'));
    return parts.join('\n\n');
}
/** The one line that ends every report. */
function summaryLine(report) {
    const { summary } = report;
    const unlisted = summary.unlistedHosts + summary.unlistedCookies;
    const verdict = summary.clean ? 'clean' : count(summary.leaks, 'leak');
    return `${verdict}; ${unlisted} not in the config; ${summary.stale} stale; ${count(summary.pages, 'page')} in ${STATES.length} states`;
}
function textReport(report) {
    const head = [
        `consentry scan ${report.startUrl}`,
        `config: ${{ page: 'read from the page (window.consent.config)', file: 'from --config', none: 'none found' }[report.configSource]}; tracker database: ${report.trackerDatabase ? `${report.trackerDatabase.name} ${report.trackerDatabase.version}` : 'not installed (hosts judged by the config only)'}`,
    ];
    const noConsentry = report.pages.filter(page => !page.consentry).map(page => page.url);
    if (noConsentry.length)
        head.push(`consentry is not on ${noConsentry.join(', ')}: Reject all and Accept all could not be tried there.`);
    const notes = report.pages.flatMap(page => page.states.before.note ? [`${new URL(page.url).pathname}: ${page.states.before.note}`] : []);
    const sections = [head.join('\n'), ...notes, ...STATES.map(state => stateTable(report, state))];
    const found = findings(report);
    if (found)
        sections.push(found);
    if (Object.keys(report.patch.categories).length)
        sections.push('Suggested config patch (lay it over your config):\n' + JSON.stringify(report.patch, null, 2));
    sections.push(summaryLine(report));
    return sections.join('\n\n') + '\n';
}

// The HTML report: one self-contained page (styles inline, screenshots as data: URLs)
// that a site owner who is not a developer can read. Every value from the scanned
// pages is escaped.
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
const escapeHtml = (value) => String(value).replace(/[&<>"']/g, c => ESCAPES[c]);
const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1c1c1e; margin: 0 auto; padding: 1.5em; max-width: 75em; }
h1 { font-size: 1.6em; margin-bottom: .2em }
h2 { margin-top: 2em; border-bottom: 2px solid #ddd; padding-bottom: .2em }
h3 { margin-top: 1.5em }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; overflow-wrap: break-word }
th { background: #f2f2f5 }
.verdict { padding: 1em 1.2em; border-radius: .5em; font-size: 1.15em; margin: 1em 0 }
.clean { background: #e3f5e8; border: 2px solid #1e7b34 }
.leaky { background: #fde8e8; border: 2px solid #b3261e }
.leak { color: #b3261e; font-weight: 600 }
.ok { color: #1e7b34 }
.muted { color: #5f5f66 }
.shots { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em }
.shots figure { margin: 0 }
.shots img { width: 100%; border: 1px solid #ccc }
figcaption { font-weight: 600 }
pre { background: #f6f6f8; padding: 1em; overflow: auto; font-size: .9em }
`;
/** What an entry of the config is, in words. */
const placeWords = (place) => {
    if (!place)
        return '<span class="leak">not in your config</span>';
    const where = place.service
        ? `${escapeHtml(place.service)} in ${escapeHtml(place.category)}`
        : escapeHtml(place.category);
    return place.required ? `${where} (necessary)` : where;
};
const rowsOf = (rows) => rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
function tableOf(caption, headers, rows, empty) {
    if (!rows.length)
        return `<h4>${escapeHtml(caption)}</h4><p class="muted">${escapeHtml(empty)}</p>`;
    return `<h4>${escapeHtml(caption)}</h4>
<table><thead><tr>${headers.map(h => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rowsOf(rows)}
</tbody></table>`;
}
function setterWords(cookie) {
    const { setBy } = cookie;
    if (setBy.kind === 'http')
        return `the server, answering ${escapeHtml(setBy.url)}`;
    if (setBy.kind === 'inline')
        return `a script inside the page ${escapeHtml(setBy.url)}`;
    if (setBy.kind === 'script')
        return `the script ${escapeHtml(setBy.url)}`;
    return '<span class="muted">not seen</span>';
}
function cookieRows(cookies) {
    return cookies.map(cookie => [
        `<code>${escapeHtml(cookie.name)}</code>`,
        cookie.party === 'first'
            ? 'your site'
            : `<span class="leak">third party</span> (${escapeHtml(cookie.domain)})`,
        cookie.expires ? escapeHtml(cookie.expires.slice(0, 10)) : 'when the browser closes',
        setterWords(cookie),
        cookie.consentCookie ? 'the consent cookie itself' : placeWords(cookie.config),
        cookie.known ? `${escapeHtml(cookie.known.vendor)}, ${escapeHtml(cookie.known.purpose)}` : '',
    ]);
}
function stateSection(page, state) {
    const result = page.states[state];
    const title = `<h3>${escapeHtml(STATE_TITLES[state])}</h3>`;
    if (!result.decided)
        return `${title}<p class="muted">${escapeHtml(result.note || 'Not reached.')}</p>`;
    const note = result.note ? `<p class="muted">${escapeHtml(result.note)}</p>` : '';
    const requests = result.requests.map(group => [
        escapeHtml(group.domain),
        group.party === 'first' ? 'your site' : 'third party',
        String(group.count),
        escapeHtml(group.types.join(', ')),
        group.tracker ? escapeHtml(trackerText(group.tracker)) : '',
        group.party === 'first' && !group.config ? 'your site' : placeWords(group.config),
    ]);
    const storage = result.storage.map(item => [
        `<code>${escapeHtml(item.key)}</code>`,
        item.area === 'local' ? 'local storage' : 'session storage',
        escapeHtml(item.origin),
        placeWords(item.config),
    ]);
    return `${title}${note}
${tableOf('Who the page contacted', ['domain', 'whose', 'requests', 'kinds', 'tracker database', 'in your config as'], requests, 'No requests.')}
${tableOf('Cookies in the browser', ['cookie', 'whose', 'expires', 'set by', 'in your config as', 'known as'], cookieRows(result.cookies), 'No cookies.')}
${tableOf('Stored in the browser', ['key', 'where', 'origin', 'in your config as'], storage, 'Nothing stored.')}`;
}
function pageSection(page, screenshots) {
    const figures = STATES.map(state => {
        const name = page.states[state].screenshot;
        const image = name ? screenshots.get(name) : undefined;
        const body = image
            ? `<img src="data:image/jpeg;base64,${image.toString('base64')}" alt="${escapeHtml(`${page.url}, ${STATE_PHRASES[state]}`)}">`
            : `<p class="muted">No screenshot: ${escapeHtml(page.states[state].note || 'not reached')}</p>`;
        return `<figure><figcaption>${escapeHtml(STATE_TITLES[state])}</figcaption>${body}</figure>`;
    });
    return `<section class="page">
<h2>${escapeHtml(page.url)}</h2>
${page.consentry ? '' : '<p class="leak">consentry is not on this page, so Reject all and Accept all could not be tried.</p>'}
<div class="shots">${figures.join('\n')}</div>
${STATES.map(state => stateSection(page, state)).join('\n')}
</section>`;
}
function findingsSection(report) {
    const leaks = report.leaks.map(leak => [
        escapeHtml(STATE_TITLES[leak.state]),
        escapeHtml(new URL(leak.page).pathname),
        escapeHtml(leak.kind.replace(/-/g, ' ')),
        `<code>${escapeHtml(leak.subject)}</code>`,
        escapeHtml(leak.detail),
    ]);
    const unlisted = [
        ...report.unlisted.hosts.map(host => [
            'third party',
            escapeHtml(host.domain),
            host.tracker ? escapeHtml(trackerText(host.tracker)) : 'not in the tracker database',
            escapeHtml(host.states.map(state => STATE_PHRASES[state]).join(', ')),
        ]),
        ...report.unlisted.cookies.map(cookie => [
            'cookie',
            `<code>${escapeHtml(cookie.name)}</code> (${escapeHtml(cookie.domain)})`,
            cookie.known ? `${escapeHtml(cookie.known.vendor)}, ${escapeHtml(cookie.known.purpose)}` : '',
            escapeHtml(cookie.states.map(state => STATE_PHRASES[state]).join(', ')),
        ]),
    ];
    const stale = [
        ...report.stale.hosts.map(entry => [
            'host',
            escapeHtml(entry.host),
            escapeHtml(`${entry.service} in ${entry.category}`),
        ]),
        ...report.stale.cookies.map(entry => [
            'cookie pattern',
            `<code>${escapeHtml(entry.pattern)}</code>`,
            escapeHtml(entry.service ? `${entry.service} in ${entry.category}` : entry.category),
        ]),
    ];
    const patch = Object.keys(report.patch.categories).length
        ? `<p>Add these services and cookie names to your config (objects merge by name; each list is complete):</p><pre>${escapeHtml(JSON.stringify(report.patch, null, 2))}</pre>`
        : '<p class="ok">Nothing to add: your config lists every third party and cookie seen.</p>';
    return `<section id="findings">
<h2>What to fix</h2>
${tableOf('Leaks: loaded before the visitor agreed, or after they said no', ['when', 'page', 'what', 'name', 'details'], leaks, 'No leaks.')}
${tableOf('Seen on your pages, but not in your config', ['kind', 'name', 'what it is', 'seen'], unlisted, 'Everything seen is in your config.')}
${tableOf('In your config, but nothing on these pages used it', ['kind', 'entry', 'listed under'], stale, 'Every entry of your config was used.')}
<h3>Suggested config patch</h3>
${patch}
</section>`;
}
/** The whole page. `screenshots` maps each state's `screenshot` name to its JPEG. */
function htmlReport(report, screenshots) {
    const { summary } = report;
    const verdict = summary.clean
        ? `<div class="verdict clean"><strong>No leaks found.</strong> Nothing tracked visitors before they chose, or after they said no.</div>`
        : `<div class="verdict leaky"><strong>${summary.leaks} leak${summary.leaks === 1 ? '' : 's'} found.</strong> Something tracked visitors before they chose, or after they said no. See <a href="#findings">What to fix</a>.</div>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>consentry scan: ${escapeHtml(report.site)}</title>
<style>${STYLE}</style></head>
<body>
<h1>Cookie and tracker scan of ${escapeHtml(report.site)}</h1>
<p class="muted">Started at ${escapeHtml(report.startUrl)} on ${escapeHtml(report.scannedAt.replace('T', ' ').slice(0, 16))} UTC.
Each page was opened three times in a fresh browser: before any choice, after Reject all, and after Accept all.</p>
${verdict}
<p>${escapeHtml(summaryLine(report))}.</p>
${findingsSection(report)}
${report.pages.map(page => pageSection(page, screenshots)).join('\n')}
</body></html>
`;
}

// The command line of `consentry scan`, read into named options. Pure, so it is unit-tested.
const USAGE = `Usage: consentry scan <url> [options]

Loads up to N same-origin pages from <url> in headless Chromium, each before any
choice, after Reject all and after Accept all, and reports what they load.

Options:
  --pages N             pages to visit, the first one included (default 5)
  --config FILE         the config to compare with (.json, or a module exporting it);
                        default: window.consent.config read from the page
  --json FILE           write the report as JSON (- for standard output, quiet)
  --html FILE           write a self-contained HTML report with screenshots
  --fail-on leak        exit 1 when anything leaked (for CI)
  --chromium-flag FLAG  pass a flag to Chromium (repeatable), e.g.
                        --chromium-flag=--host-resolver-rules="MAP www.example.com 127.0.0.1"
  --help                show this text

Chromium: $CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser.
Exit codes: 0 done (and clean, with --fail-on leak), 1 leaks with --fail-on leak,
2 usage or browser error.`;
/** A usage error: the message is the one line printed before exiting with 2. */
class UsageError extends Error {
}
/** Reads `scan <url> [options]`; throws a UsageError that says what is wrong. */
function parseOptions(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    const [command, url, ...rest] = positionals;
    if (command !== 'scan')
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    if (!url)
        throw new UsageError('no URL given');
    if (rest.length)
        throw new UsageError(`unexpected argument "${rest[0]}"`);
    let start;
    try {
        start = new URL(url);
    }
    catch {
        throw new UsageError(`not a URL: ${url}`);
    }
    if (!/^https?:$/.test(start.protocol))
        throw new UsageError(`not an http(s) URL: ${url}`);
    const pages = values.pages === undefined ? 5 : Number(values.pages);
    if (!Number.isInteger(pages) || pages < 1)
        throw new UsageError(`--pages must be a whole number of 1 or more, not "${values.pages}"`);
    if (values['fail-on'] !== undefined && values['fail-on'] !== 'leak')
        throw new UsageError(`--fail-on takes "leak", not "${values['fail-on']}"`);
    return {
        url: start.href,
        pages,
        config: values.config ?? null,
        json: values.json ?? null,
        html: values.html ?? null,
        failOnLeak: values['fail-on'] === 'leak',
        chromiumFlags: values['chromium-flag'] ?? [],
    };
}
function parse(argv) {
    return parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            pages: { type: 'string' },
            config: { type: 'string' },
            json: { type: 'string' },
            html: { type: 'string' },
            'fail-on': { type: 'string' },
            'chromium-flag': { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
        },
    });
}

// `consentry scan`: the command. Built to dist/scan.js, the package's `consentry` bin.
const MISSING_MODULES = 'consentry scan needs playwright-core and tldts (and, to name trackers, @ghostery/trackerdb): npm install --save-dev playwright-core tldts @ghostery/trackerdb';
/** Writes the progress line: rewritten in place on a terminal, one line per step otherwise. */
function progressWriter(quiet) {
    const tty = process.stderr.isTTY;
    const step = (done, total, label) => {
        if (quiet)
            return;
        const line = `scanning ${done}/${total}: ${label}`;
        if (tty)
            process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
        else
            process.stderr.write(line + '\n');
    };
    const end = () => {
        if (!quiet && tty)
            process.stderr.write('\r\x1b[2K');
    };
    return { step, end };
}
async function launch(options) {
    const executablePath = installedChromium();
    if (!executablePath)
        throw new ScanError(NO_CHROMIUM);
    let playwright;
    try {
        playwright = await import('playwright-core');
    }
    catch {
        throw new ScanError(MISSING_MODULES);
    }
    try {
        return await playwright.chromium.launch({
            executablePath,
            args: [...QUIET_FLAGS, ...options.chromiumFlags],
            timeout: 60000,
        });
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new ScanError(`could not start Chromium at ${executablePath}: ${reason}`);
    }
}
async function readConfig(options) {
    if (!options.config)
        return null;
    try {
        return await readConfigFile(options.config);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        throw new UsageError(`could not read --config ${options.config}: ${reason}`);
    }
}
/** Runs the scan and writes its outputs; resolves to the report. */
async function scan(options) {
    const quiet = options.json === '-';
    const fileConfig = await readConfig(options);
    let classifier;
    try {
        classifier = await createClassifier();
    }
    catch {
        throw new ScanError(MISSING_MODULES);
    }
    const scannedAt = new Date().toISOString();
    const browser = await launch(options);
    const progress = progressWriter(quiet);
    let crawled;
    try {
        crawled = await crawl(browser, options.url, { pages: options.pages, progress: progress.step });
    }
    finally {
        progress.end();
        await browser.close();
    }
    const pageConfig = crawled.pages.map(page => page.config).find(config => config) || null;
    const config = fileConfig || pageConfig;
    const report = analyze({
        startUrl: options.url,
        scannedAt,
        pages: crawled.pages,
        config,
        configSource: fileConfig ? 'file' : pageConfig ? 'page' : 'none',
        classifier,
    });
    const screenshots = new Map();
    crawled.pages.forEach((page, index) => {
        for (const state of STATES) {
            const image = page.states[state].screenshot;
            if (image)
                screenshots.set(screenshotName(index, state), image);
        }
    });
    const json = JSON.stringify(report, null, 2) + '\n';
    if (options.json === '-')
        process.stdout.write(json);
    else if (options.json)
        await writeFile(options.json, json);
    if (options.html)
        await writeFile(options.html, htmlReport(report, screenshots));
    if (!quiet) {
        process.stdout.write(textReport(report));
        for (const skipped of crawled.skipped)
            process.stdout.write(`skipped ${skipped.url}: ${skipped.reason}\n`);
        if (options.json)
            process.stdout.write(`JSON report: ${options.json}\n`);
        if (options.html)
            process.stdout.write(`HTML report: ${options.html}\n`);
    }
    return report;
}
/** The exit code for argv: 0 done, 1 leaks with --fail-on leak, 2 usage or browser error. */
async function main(argv) {
    try {
        const options = parseOptions(argv);
        if (options === 'help') {
            process.stdout.write(USAGE + '\n');
            return 0;
        }
        const report = await scan(options);
        return options.failOnLeak && !report.summary.clean ? 1 : 0;
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        const hint = e instanceof UsageError ? ' (consentry scan --help)' : '';
        process.stderr.write(`consentry scan: ${reason}${hint}\n`);
        return 2;
    }
}
process.exitCode = await main(process.argv.slice(2));

export { main, scan };
