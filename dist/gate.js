import { t as toRegExp, e as expireCookie, s as safeUrl, c as cookieName } from './chunks/config.js';
import { p as placeholder } from './chunks/placeholder.js';
import { h as hasOwn } from './chunks/own.js';
import { m as mapping, C as CONSENT_TYPES } from './chunks/consent-mode-map.js';
import 'js-cookie';
import './chunks/error.js';
import './chunks/category.js';

/**
 * The attributes through which each element loads something, by local name. A held
 * element's values wait in `data-<attribute>` (`data-src`, `data-srcset`, `data-poster`...).
 * `image` and `feImage` are SVG's (HTML's parser turns `<image>` into `<img>`); SVG
 * names are case-sensitive.
 */
const URL_ATTRIBUTES = new Map([
    ['script', ['src']],
    ['iframe', ['src']],
    ['img', ['src', 'srcset']],
    ['source', ['src', 'srcset']],
    ['video', ['src', 'poster']],
    ['audio', ['src']],
    ['object', ['data']],
    ['embed', ['src']],
    ['input', ['src']],
    ['link', ['href']],
    ['image', ['href']],
    ['feImage', ['href']],
]);
const SVG = 'http://www.w3.org/2000/svg';
/** The XLink namespace, of SVG's older `xlink:href`. */
const XLINK = 'http://www.w3.org/1999/xlink';
/** SVG's `<script>` loads from `href`, HTML's from `src`. */
const SVG_SCRIPT_ATTRIBUTES = ['href'];
/** Every element the gate looks at, as a selector. */
const WATCHED_SELECTOR = [...URL_ATTRIBUTES.keys()].join(',');
/** Whether the gate looks at elements with this local name. */
const isWatched = (localName) => URL_ATTRIBUTES.has(localName);
/** The attributes through which `el` loads something; none for other elements. */
const urlAttributes = (el) => {
    if (el.localName === 'script' && el.namespaceURI === SVG)
        return SVG_SCRIPT_ATTRIBUTES;
    return URL_ATTRIBUTES.get(el.localName) ?? [];
};
/** The attribute a script loads from: `src`, or `href` for SVG's. */
const scriptUrlAttribute = (script) => script.namespaceURI === SVG ? 'href' : 'src';
/**
 * The URLs an attribute value names: the value, or each candidate of a `srcset`
 * (`a.png 1x, b.png 2x`: the URL is what comes before the first space).
 */
const urlsOf = (attribute, value) => {
    if (attribute !== 'srcset')
        return [value];
    return value
        .split(',')
        .map(candidate => candidate.trim().split(/\s+/)[0])
        .filter(url => url !== '');
};
/**
 * The value of one of `el`'s URL attributes. An SVG element's `href` may also be spelled
 * the older way, `xlink:href` (as markup writes it, or `setAttributeNS` with the XLink
 * namespace), which browsers still load from.
 */
const urlAttributeValue = (el, name) => {
    const value = el.getAttribute(name);
    if (value !== null || name !== 'href' || el.namespaceURI !== SVG)
        return value;
    return el.getAttributeNS(XLINK, 'href');
};
/** Whether `attribute` is the older spelling of an SVG element's `href`. */
const isOlderHref = (attribute) => attribute.namespaceURI === XLINK && attribute.localName === 'href';
/**
 * Takes away the older spelling of `el`'s `href`: the gate keeps a held URL in
 * `data-href` and gives it back as `href`, which every current browser loads from.
 */
const removeOlderHref = (el) => {
    el.removeAttributeNS(XLINK, 'href');
};

/** The element's URL attributes with their values, the pending write in place of its current one. */
const urlValues = (el, pending) => urlAttributes(el).map(name => ({
    name,
    value: name === pending?.name ? pending.value : urlAttributeValue(el, name),
}));
/**
 * Marks an unmarked element whose URL belongs to a service, as if the page had marked it:
 * `data-consent` (its category) and `data-service`. A script becomes `type="text/plain"`,
 * with the type it will run with in `data-type`, and keeps its src (as text/plain it
 * fetches nothing, and its copy needs it). Any other element's URL attributes are copied
 * to `data-<attribute>` and, while denied, removed: without them it cannot load. Granted
 * elements are left alone, except frames, marked even then so that they can go back to a
 * placeholder on withdrawal. Returns whether it marked the element.
 */
function claim(gate, el, pending) {
    if (el.hasAttribute('data-consent'))
        return false;
    const values = urlValues(el, pending);
    let service;
    for (const { name, value } of values) {
        if (value === null || service !== undefined)
            continue;
        service = urlsOf(name, value)
            .map(url => gate.serviceOf(url))
            .find(found => found !== undefined);
    }
    if (service === undefined)
        return false;
    const granted = gate.granted(service);
    if (granted && el.localName !== 'iframe')
        return false;
    const unit = gate.units.get(service);
    if (!unit)
        return false;
    const marked = service;
    gate.asGate(() => {
        el.setAttribute('data-consent', unit.category);
        el.setAttribute('data-service', marked);
        if (el.localName === 'script') {
            el.setAttribute('data-type', el.getAttribute('type') ?? '');
            el.setAttribute('type', 'text/plain');
            return;
        }
        for (const { name, value } of values) {
            if (value === null)
                continue;
            el.setAttribute('data-' + name, value);
            if (granted || name === pending?.name)
                continue;
            el.removeAttribute(name);
            if (name === 'href')
                removeOlderHref(el);
        }
    });
    return true;
}

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

/**
 * Whether one of `units` lists a cookie name (`cookies`) or storage key (`storage`). The
 * patterns are compiled at each call, not when the gate starts: most loads delete nothing.
 */
const listedBySome = (units, kind, name) => units.some(unit => unit[kind]?.some(pattern => matcher(pattern)(name)));
/** The names of the cookies this page sees; none where cookies are unavailable. */
const cookieNames = () => {
    try {
        return document.cookie.split(/; */).map(pair => pair.split('=')[0]);
    }
    catch {
        return [];
    }
};
/**
 * Deletes every cookie whose name one of `units` lists in `cookies` and every
 * `localStorage`/`sessionStorage` key one lists in `storage`, except the consent cookie
 * (`keep`). A cookie is expired for every domain and path it may have been set with, since
 * the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([{ cookies: ['_ga*'], storage: ['ajs_*'] }], 'consentry')
 */
function cleanUp(units, keep) {
    for (const name of cookieNames())
        if (name !== keep && listedBySome(units, 'cookies', name))
            expireCookie(name);
    for (const area of ['localStorage', 'sessionStorage']) {
        try {
            const storage = window[area];
            // Backwards: removing a key shifts the indexes of those after it.
            for (let i = storage.length - 1; i >= 0; i--) {
                const key = storage.key(i);
                if (key !== null && listedBySome(units, 'storage', key))
                    storage.removeItem(key);
            }
        }
        catch {
            // Storage unavailable (blocked, sandboxed): nothing to remove.
        }
    }
}

/**
 * Every category and service by name. A Map: a name like `constructor` or `toString`
 * finds only what the config defines, never something inherited.
 */
function readUnits(config) {
    const units = new Map();
    for (const [category, settings] of Object.entries(config.categories)) {
        units.set(category, { label: settings.label || category, category, traces: settings });
        for (const [service, serviceSettings] of Object.entries(settings.services ?? {}))
            units.set(service, {
                label: serviceSettings.label || service,
                category,
                traces: serviceSettings,
            });
    }
    return units;
}
/** A host name without the trailing dot of a fully qualified name: `tracker.test.` is `tracker.test`. */
const withoutRootDot = (host) => host.replace(/\.$/, '');
/**
 * A `hosts` entry as the host name the URL parser would make of it: lower case, `*.` or
 * a leading dot dropped, a trailing dot dropped, IDN and full-width dots mapped. A value
 * that is a URL or has a port (`https://tracker.test/x`, `tracker.test:80`) counts for its
 * host, which fails closed: more is held, never less. Empty when nothing is left.
 * @example normalizeHost('*.Tracker.Test.') // 'tracker.test'
 */
function normalizeHost(entry) {
    const text = String(entry)
        .trim()
        .replace(/^\*?\./, '');
    try {
        const url = new URL(text.includes('//') ? text : 'http://' + text);
        return withoutRootDot(url.hostname);
    }
    catch {
        return '';
    }
}
/** Every service's `hosts`, normalised; entries that name no host are left out. */
function readHostRules(config) {
    const rules = [];
    for (const settings of Object.values(config.categories))
        for (const [service, serviceSettings] of Object.entries(settings.services ?? {}))
            for (const entry of serviceSettings.hosts ?? []) {
                const host = normalizeHost(entry);
                if (host)
                    rules.push({ host, service });
            }
    return rules;
}
/**
 * The service whose `hosts` cover a URL's host, resolved against the page's base URL;
 * none for a URL that cannot be parsed or has no host (`data:`, `blob:` of the page).
 */
function serviceForUrl(rules, url) {
    // Parsed only when some service has hosts: every src that enters the page comes here.
    if (!rules.length)
        return undefined;
    let host;
    try {
        host = withoutRootDot(new URL(String(url), document.baseURI).hostname);
    }
    catch {
        return undefined;
    }
    return rules.find(rule => hostIn(host, rule.host))?.service;
}
/** Own properties only: `toString` is no category. */
const own = (map, name) => Object.prototype.hasOwnProperty.call(map, name);
/**
 * Whether a category or service is granted under a decision. Anything the decision does
 * not hold as its own property (unknown, or inherited like `toString`) is not.
 */
function isGranted(decision, name) {
    if (own(decision.categories, name))
        return decision.categories[name] === true;
    if (own(decision.services, name))
        return decision.services[name] === true;
    return false;
}
/**
 * Whether an element's marks are granted. A named service decides: it follows its
 * category unless the visitor chose it apart ("Always allow"). `!` inverts. What names
 * nothing stays held.
 */
function isWanted(decision, el) {
    const rule = el.getAttribute('data-consent') ?? '';
    const inverted = rule.startsWith('!');
    const category = inverted ? rule.slice(1) : rule;
    const name = el.getAttribute('data-service') || category;
    if (!name)
        return false;
    return inverted !== isGranted(decision, name);
}

/** The context of a gate over `consent`. */
function createContext(consent) {
    const units = readUnits(consent.config);
    const hostRules = readHostRules(consent.config);
    const decision = () => consent.$decision.get();
    const clonedFrom = new WeakMap();
    let ownWrites = 0;
    return {
        consent,
        units,
        hostRules,
        decision,
        granted: name => isGranted(decision(), name),
        wanted: el => isWanted(decision(), el),
        serviceOf: url => serviceForUrl(hostRules, url),
        done: new WeakSet(),
        clonedFrom,
        origin(el) {
            let first = el;
            for (let source = clonedFrom.get(first); source; source = clonedFrom.get(first))
                first = source;
            return first;
        },
        asGate(write) {
            ownWrites++;
            try {
                return write();
            }
            finally {
                ownWrites--;
            }
        },
        writing: () => ownWrites > 0,
    };
}

/** A short description of an element for the console: its URL, else the start of its markup. */
const describe = (el, url) => url || el.outerHTML.slice(0, 120);
/**
 * Whether the gate may activate `url`: only http(s) and relative URLs, never
 * `javascript:`, `data:` and the like. A refusal is logged, naming the element.
 */
function activatable(el, attribute, url) {
    if (safeUrl(url))
        return true;
    console.error(`consentry: refused to load ${attribute}, only http(s) and relative URLs load:`, describe(el));
    return false;
}

/** English, used where `startGate`'s `texts` option gives nothing. */
const defaultTexts = {
    held: '{service} is blocked until you allow {category} cookies.',
    loadOnce: 'Load once',
    allowAlways: 'Always allow',
};
/**
 * `held` with `{service}` and `{category}` filled in; any other `{name}` stays as written.
 * @example heldText('{service} waits for {category}.', 'VideoTube', 'Social') // 'VideoTube waits for Social.'
 */
function heldText(held, service, category) {
    return held.replace(/\{(\w+)\}/g, (placeholder, name) => {
        if (name === 'service')
            return service;
        if (name === 'category')
            return category;
        return placeholder;
    });
}

function createFrameKeeper(gate, texts) {
    // Held frames, each with the placeholder standing in for it.
    const placeholders = new Map();
    const labelOf = (name) => gate.units.get(name)?.label ?? name;
    /**
     * A frame given a src while the parser is still at work may not navigate at all (seen
     * in Chromium 156): the src is set while it is out of the document.
     */
    const show = (el) => {
        const waiting = urlAttributes(el)
            .map(name => ({ name, url: el.getAttribute('data-' + name) }))
            .filter(({ name, url }) => url !== null && url !== '' && el.getAttribute(name) !== url);
        if (!waiting.length)
            return;
        for (const { name, url } of waiting)
            if (!urlsOf(name, url).every(one => activatable(el, 'data-' + name, one))) {
                // Refused for good: said once, never tried again.
                gate.done.add(el);
                return;
            }
        let standIn = placeholders.get(el);
        placeholders.delete(el);
        if (!standIn && el.parentNode) {
            standIn = new Text();
            el.replaceWith(standIn);
        }
        gate.asGate(() => {
            for (const { name, url } of waiting)
                el.setAttribute(name, url);
        });
        if (!standIn)
            return;
        const hadFocus = standIn.contains(document.activeElement);
        standIn.replaceWith(el);
        if (hadFocus)
            el.focus();
    };
    const hold = (frame) => {
        if (placeholders.has(frame) || !frame.parentNode)
            return;
        const rule = frame.getAttribute('data-consent') ?? '';
        const inverted = rule.startsWith('!');
        const category = inverted ? rule.slice(1) : rule;
        const name = frame.getAttribute('data-service') || category;
        const label = labelOf(name);
        // Read when drawn, so that a language file that arrived late still applies.
        const words = { ...defaultTexts, ...texts() };
        // Category and service names are distinct: each is ignored where it is not one.
        const grant = { [name]: true };
        const buttons = [
            {
                label: words.loadOnce,
                onClick: () => {
                    gate.done.add(frame);
                    show(frame);
                },
            },
            { label: words.allowAlways, onClick: () => gate.consent.set(grant, grant) },
        ];
        const box = placeholder(frame, {
            label,
            text: heldText(words.held, label, labelOf(category)),
            // A `!category` frame shows only when the category goes: no buttons.
            buttons: inverted ? [] : buttons,
        }, 
        // The UI's theme, read from the config: the gate does not import the UI.
        { theme: gate.consent.config.ui?.theme });
        // Detached, the frame unloads; without `src` it cannot load again until shown.
        gate.asGate(() => frame.removeAttribute('src'));
        placeholders.set(frame, box);
        frame.replaceWith(box);
    };
    return { show, hold };
}

/** Markup worth parsing: it makes an element that loads (`<image>` is parsed as `<img>`). */
const LOADS = /<(?:iframe|img|image|feimage|script|source|video|audio|object|embed|input|link)\b/i;
/** What innerHTML and its kind parse: its scripts never run, so they are left as they are. */
const INERT_MARKUP_SELECTOR = WATCHED_SELECTOR.replace('script,', '');
/** Elements that load even when not in the document: a pixel, `new Audio(url)`. */
const LOADS_DETACHED = new Set(['img', 'audio', 'video']);
/**
 * The name an attribute write is decided under: its local name when the attribute is the
 * element's own (no namespace) or SVG's older `xlink:href`, which loads like `href`; ''
 * (nothing to decide) in any other namespace.
 */
const ownAttributeName = (namespace, localName) => {
    if (namespace === null || namespace === '' || namespace === XLINK)
        return localName;
    return '';
};
/** What an attribute write stores: the value as text (a TrustedScriptURL's is its URL). */
const asText = (value) => String(value);
/** A gated script: marked and still `text/plain`, before it runs and after (the page's element). */
const isGatedScript = (el) => el.localName === 'script' &&
    el.hasAttribute('data-consent') &&
    (el.getAttribute('type') ?? '').toLowerCase() === 'text/plain';
/**
 * A script fetches as soon as it is inserted with a src, an image as soon as it gets one,
 * and a frame as soon as it is inserted, all before anyone hears of them: so the gate
 * decides when the URL is set, as yett does. Every route that writes an attribute comes
 * through `onWrite`: the `src` and `type` setters, `setAttribute`, `setAttributeNS`,
 * `setAttributeNode`, an attribute node's `value` (`nodeValue`, `textContent`), SVG's
 * `href.baseVal`. Markup parsed from a string starts
 * loading its frames and images before an observer hears of it: it is parsed inert (in a
 * template) first, claimed, and passed on written back with `data-src` for `src`.
 */
function installHooks(gate, patcher, targets, realm = window) {
    /** A page's write of `type` to a gated script becomes the type its copy will run with. */
    const keepTypeHeld = (el, value) => {
        gate.asGate(() => {
            if (value === null)
                el.removeAttribute('data-type');
            else if (value.toLowerCase() !== 'text/plain')
                el.setAttribute('data-type', value);
        });
    };
    /**
     * Decides a write of attribute `name` (its lower-case name; null `value` removes it) to
     * `el`; `write` performs it and returns what the call returns.
     */
    const onWrite = (el, name, value, write) => {
        if (gate.writing() || !isWatched(el.localName))
            return write();
        if (name === 'type' && el.localName === 'script') {
            if (!isGatedScript(el))
                return write();
            // Flipping the type would run it now, granted or not.
            keepTypeHeld(el, value === null ? null : asText(value));
            return undefined;
        }
        if (!urlAttributes(el).includes(name) || value === null || gate.done.has(el))
            return write();
        const text = asText(value);
        claim(gate, el, { name, value: text });
        if (!el.hasAttribute('data-consent'))
            return write();
        // A held script keeps its src: as text/plain it fetches nothing. Any other element
        // keeps its URL in data-<attribute>, and gets none while held.
        const isScript = el.localName === 'script';
        if (!isScript)
            gate.asGate(() => el.setAttribute('data-' + name, text));
        const heldBack = !isScript && !gate.wanted(el);
        let result;
        if (!heldBack)
            result = write();
        // Already in the document, so the observer will not hear of it: inserted first and
        // given a URL later (a frame or script created empty), or marked after insertion.
        if (el.isConnected)
            targets.track(el);
        else if (heldBack && LOADS_DETACHED.has(el.localName))
            targets.holdPixel(el);
        return result;
    };
    const setterOf = (name) => (original, el, args) => onWrite(el, name, args[0], () => original(args));
    const setters = [
        [realm.HTMLScriptElement.prototype, ['src', 'type']],
        [realm.SVGScriptElement.prototype, ['type']],
        [realm.HTMLIFrameElement.prototype, ['src']],
        [realm.HTMLImageElement.prototype, ['src', 'srcset']],
        [realm.HTMLSourceElement.prototype, ['src', 'srcset']],
        [realm.HTMLMediaElement.prototype, ['src']],
        [realm.HTMLVideoElement.prototype, ['poster']],
        [realm.HTMLObjectElement.prototype, ['data']],
        [realm.HTMLEmbedElement.prototype, ['src']],
        [realm.HTMLInputElement.prototype, ['src']],
        [realm.HTMLLinkElement.prototype, ['href']],
    ];
    for (const [prototype, keys] of setters)
        for (const key of keys)
            patcher.wrap(prototype, key, setterOf(key));
    // `new Audio(url)` sets its URL inside the browser, past every setter: made without one,
    // then given it through the setter above.
    patcher.wrapConstructor(realm, 'Audio', (NativeAudio, args) => {
        const audio = new NativeAudio();
        if (args[0] !== undefined)
            audio.src = asText(args[0]);
        return audio;
    });
    // Whoever calls it (`el.setAttribute`, `Element.prototype.setAttribute.call`,
    // `Reflect.apply`) calls this one function.
    patcher.wrap(realm.Element.prototype, 'setAttribute', (original, el, args) => onWrite(el, String(args[0]).toLowerCase(), args[1], () => original(args)));
    patcher.wrap(realm.Element.prototype, 'setAttributeNS', (original, el, args) => {
        const namespace = args[0] == null ? null : asText(args[0]);
        const localName = String(args[1]).split(':').pop() ?? '';
        return onWrite(el, ownAttributeName(namespace, localName), args[2], () => original(args));
    });
    for (const key of ['setAttributeNode', 'setAttributeNodeNS'])
        patcher.wrap(realm.Element.prototype, key, (original, el, args) => {
            const attr = args[0];
            if (!(attr instanceof realm.Attr))
                return original(args);
            const name = ownAttributeName(attr.namespaceURI, attr.localName);
            return onWrite(el, name, attr.value, () => original(args)) ?? null;
        });
    // An attribute node's value, however it is written.
    for (const key of ['value', 'nodeValue', 'textContent'])
        patcher.wrap(realm.Attr.prototype, key, (original, attr, args) => {
            const el = attr.ownerElement;
            if (!el)
                return original(args);
            const name = ownAttributeName(attr.namespaceURI, attr.localName);
            return onWrite(el, name, args[0], () => original(args));
        });
    // SVG's `href` is an SVGAnimatedString that does not say whose it is: its element is
    // noted when code reads `href`, which it must do to write `href.baseVal`.
    const animatedOwners = new WeakMap();
    for (const prototype of [realm.SVGImageElement.prototype, realm.SVGScriptElement.prototype])
        patcher.afterGet(prototype, 'href', (animated, el) => {
            animatedOwners.set(animated, el);
        });
    patcher.wrap(realm.SVGAnimatedString.prototype, 'baseVal', (original, animated, args) => {
        const el = animatedOwners.get(animated);
        if (!el)
            return original(args);
        return onWrite(el, 'href', args[0], () => original(args));
    });
    patcher.wrap(realm.Element.prototype, 'removeAttribute', (original, el, args) => onWrite(el, String(args[0]).toLowerCase(), null, () => original(args)));
    /** Markup parsed inert, claimed, and written back when anything was claimed. */
    const rewrite = (html, selector) => {
        if (!LOADS.test(String(html)))
            return html;
        const template = document.createElement('template');
        gate.asGate(() => {
            template.innerHTML = html;
        });
        let claimed = false;
        for (const el of template.content.querySelectorAll(selector))
            if (claim(gate, el))
                claimed = true;
        if (!claimed)
            return html;
        if (typeof html === 'string')
            return template.innerHTML;
        return targets.trust('createHTML', template.innerHTML);
    };
    /** Wraps a method or setter whose argument `index` is markup. */
    const markup = (target, key, index, selector = INERT_MARKUP_SELECTOR) => patcher.wrap(target, key, (original, _self, args) => {
        if (!gate.writing())
            args[index] = rewrite(args[index], selector);
        return original(args);
    });
    for (const target of [realm.Element.prototype, realm.ShadowRoot.prototype]) {
        markup(target, 'innerHTML', 0);
        markup(target, 'setHTMLUnsafe', 0);
    }
    markup(realm.Element.prototype, 'outerHTML', 0);
    markup(realm.Element.prototype, 'insertAdjacentHTML', 1);
    // Scripts of a contextual fragment run when it is inserted: they are held too.
    markup(realm.Range.prototype, 'createContextualFragment', 0, WATCHED_SELECTOR);
    // document.write runs inside a script, where no observer can run before what it writes
    // loads: its scripts, frames and images are decided here. Several strings are one markup.
    for (const key of ['write', 'writeln'])
        patcher.wrap(realm.Document.prototype, key, (original, _document, args) => {
            if (gate.writing())
                return original(args);
            const html = args.length === 1 ? args[0] : args.map(asText).join('');
            return original([rewrite(html, WATCHED_SELECTOR)]);
        });
    /** Claims what a node brings from another document (DOMParser) before it arrives in this one. */
    const claimTree = (node) => {
        if (!(node instanceof realm.Element || node instanceof realm.DocumentFragment))
            return;
        if (node instanceof realm.Element)
            claim(gate, node);
        for (const el of node.querySelectorAll(WATCHED_SELECTOR))
            claim(gate, el);
    };
    for (const key of ['importNode', 'adoptNode'])
        patcher.wrap(realm.Document.prototype, key, (original, _document, args) => {
            claimTree(args[0]);
            return original(args);
        });
    // A same-origin frame (about:blank, srcdoc) has DOM APIs of its own: they are wrapped as
    // soon as code reaches its window or document through the frame element.
    patcher.afterGet(realm.HTMLIFrameElement.prototype, 'contentWindow', win => targets.frameWindow(win));
    patcher.afterGet(realm.HTMLIFrameElement.prototype, 'contentDocument', doc => targets.frameWindow(doc?.defaultView ?? null));
    // Code may reach a frame's window only through `window.frames` or `window[0]`, which no
    // hook sees: the window is wrapped when the frame loads. An about:blank frame loads as it
    // is inserted, before the call that inserts it returns. `load` does not bubble; it is
    // heard on its way down (capture) at the document, which is as high as it goes (HTML: a
    // document's parent is null for a `load` event).
    patcher.listen(realm.document, 'load', event => {
        const target = event.target;
        if (target instanceof realm.HTMLIFrameElement)
            targets.frameWindow(target.contentWindow);
    });
    // A same-origin popup (`window.open()`, about:blank) is a realm like a frame's.
    patcher.wrap(realm, 'open', (original, _window, args) => {
        const opened = original(args);
        targets.frameWindow(opened);
        return opened;
    });
    patcher.wrap(realm.Element.prototype, 'attachShadow', (original, _host, args) => {
        const root = original(args);
        targets.observe(root);
        return root;
    });
    // A clone of a marked script shares its fate: it runs at most once, with its source.
    patcher.wrap(realm.Node.prototype, 'cloneNode', (original, node, args) => {
        const clone = original(args);
        if (node instanceof realm.Element && isGatedScript(node) && clone instanceof realm.Element)
            gate.clonedFrom.set(clone, node);
        return clone;
    });
}

/*
 * After a withdrawal, code of the withdrawn vendor that already runs writes its cookies and
 * storage keys again. Deleting them on a schedule leaves them in place between two sweeps,
 * long enough to ride along on the site's own requests; so every write the page can
 * observe is handled when it happens, and a slow sweep covers the writes it cannot.
 */
/** After the gate's schedule (the last at 30 s), the sweep that catches unobservable writes, in ms. */
const SWEEP_EVERY_MS = 30000;
/**
 * Whether a `document.cookie` write deletes its cookie: a `Max-Age` of zero or less, else an
 * `Expires` in the past (RFC 6265 section 5.3 step 3: Max-Age wins over Expires).
 */
function deletesCookie(write) {
    let maxAge;
    let expires;
    for (const attribute of write.split(';').slice(1)) {
        const separator = attribute.indexOf('=');
        if (separator < 0)
            continue;
        const key = attribute.slice(0, separator).trim().toLowerCase();
        const value = attribute.slice(separator + 1).trim();
        if (key === 'max-age')
            maxAge = value;
        if (key === 'expires')
            expires = value;
    }
    if (maxAge !== undefined)
        return Number(maxAge) <= 0;
    if (expires !== undefined)
        return Date.parse(expires) <= Date.now();
    return false;
}
/** The name a `document.cookie` write sets, read the way the clean-up reads `document.cookie`. */
const cookieNameOf = (write) => write.split(';')[0].split('=')[0].trim();
/**
 * Keeps what `denied()` lists deleted for the rest of the page view: a `document.cookie`
 * write or `setItem` of a denied cookie or storage key by page code is refused (a deletion
 * passes), every change `cookieStore` reports (cookies set by a response header; Chromium
 * on secure pages) triggers a sweep, and so does a slow timer, for what neither shows
 * (a header's cookie without `cookieStore`, `localStorage.key = value`). Returns a stop function.
 * @example const stop = keepDeleted({ denied: () => denied, keep: 'consentry', sweep, patcher })
 */
function keepDeleted(options) {
    const { denied, keep, sweep, patcher } = options;
    patcher.wrap(document, 'cookie', (original, _document, args) => {
        const write = String(args[0]);
        const name = cookieNameOf(write);
        const setsDenied = name !== keep && !deletesCookie(write) && listedBySome(denied(), 'cookies', name);
        // Refused as if the browser had dropped it: the cookie stays deleted.
        if (setsDenied)
            return;
        original(args);
    });
    patcher.wrap(Storage.prototype, 'setItem', (original, _storage, args) => {
        if (listedBySome(denied(), 'storage', String(args[0])))
            return;
        original(args);
    });
    const cookieStore = window.cookieStore;
    cookieStore?.addEventListener('change', sweep);
    const timer = setInterval(sweep, SWEEP_EVERY_MS);
    return () => {
        cookieStore?.removeEventListener('change', sweep);
        clearInterval(timer);
    };
}

/**
 * The prelude: runs in the worker, before the worker's own script, and refuses what `rules`
 * refuse the way the page's network guard does (network.ts): `fetch` rejects, an XHR fails
 * at a bad port, a `WebSocket` or `EventSource` fails to connect, `importScripts` throws a
 * NetworkError. A message carrying `token` brings new rules after a decision and goes no
 * further. It is sent as its source text (`String(guardWorker)`), so it uses nothing from
 * outside itself: that is why it repeats the page's checks instead of importing them.
 */
function guardWorker(initial, token) {
    const scope = self;
    let rules = initial;
    const refused = (url) => {
        let host;
        try {
            host = new URL(String(url), scope.location.href).hostname.replace(/\.$/, '');
        }
        catch {
            // Not a URL: the worker could not reach it either.
            return false;
        }
        const rule = rules.find(({ host: covered }) => host === covered || host.endsWith('.' + covered));
        return rule !== undefined && rule.refused;
    };
    const onUpdate = (event) => {
        const data = event.data;
        if (typeof data !== 'object' || data === null || !(token in data))
            return;
        event.stopImmediatePropagation();
        rules = data[token];
    };
    // Registered before the worker's script runs: its own listeners come after this one.
    scope.addEventListener('message', onUpdate);
    // A shared worker hears the page on each connection's port, once its script starts it.
    scope.addEventListener('connect', event => {
        const port = event.ports[0];
        if (port)
            port.addEventListener('message', onUpdate);
    });
    const nativeFetch = scope.fetch;
    scope.fetch = (input, init) => {
        const url = typeof input === 'object' && input !== null && 'url' in input ? input.url : input;
        if (refused(url))
            return Promise.reject(new TypeError('Failed to fetch'));
        return nativeFetch(input, init);
    };
    const xhr = scope.XMLHttpRequest.prototype;
    const open = xhr.open;
    xhr.open = function (...args) {
        // Port 1 is a bad port (Fetch standard, section 2.9): the request fails in the browser.
        if (refused(args[1]))
            args[1] = 'http://0.0.0.0:1/';
        open.apply(this, args);
    };
    const refusing = (Native, refusedUrl) => class extends Native {
        constructor(...args) {
            if (refused(args[0]))
                args[0] = refusedUrl;
            super(...args);
        }
    };
    if (scope.WebSocket)
        scope.WebSocket = refusing(scope.WebSocket, 'ws://0.0.0.0:1/');
    if (scope.EventSource)
        scope.EventSource = refusing(scope.EventSource, 'http://0.0.0.0:1/');
    const importScripts = scope.importScripts;
    if (!importScripts)
        return;
    scope.importScripts = (...urls) => {
        const blocked = urls.find(refused);
        if (blocked !== undefined)
            throw new DOMException(`The script at '${blocked}' failed to load.`, 'NetworkError');
        importScripts(...urls);
    };
}
/** The prelude with the rules in force and the token of this page's messages. */
const preludeOf = (rules, token) => `(${String(guardWorker)})(${JSON.stringify(rules)}, ${JSON.stringify(token)});\n`;
/** Loads a worker's own script by its URL: a classic worker imports it, a module worker import()s it. */
const loaderOf = (url, module) => {
    if (module)
        return `await import(${JSON.stringify(url)})`;
    return `importScripts(${JSON.stringify(url)})`;
};
/**
 * A guard for workers whose scripts page code made (`blob:`, `data:`): each starts with
 * the prelude, then its own script. A blob whose object URL was made while the guard was
 * installed is copied behind the prelude at once, so revoking its URL right after
 * `new Worker(url)` (as many libraries do) still works; any other is loaded by its URL
 * (`importScripts`, or `import()` for a module worker). A `data:` worker's script stays a
 * `data:` URL, so that the worker keeps its opaque origin. A `SharedWorker` gets one
 * guarded script per script URL, so that two constructed from one URL still share one
 * worker, and hears updates on its ports. A worker from a script URL is left alone:
 * behind a prelude its `location`, and every relative URL in it, would change.
 */
function createWorkerGuard(rules, trust) {
    // Random per page: the worker's own messages never carry it by chance.
    const token = 'consentry:' + Math.random().toString(36).slice(2);
    const blobs = new Map();
    const receivers = new Set();
    // One guarded URL per shared worker script: `new SharedWorker(url)` twice is one worker.
    const sharedUrls = new Map();
    /** The script URL a guarded worker starts from, for its `original` URL. */
    const guardedUrl = (realm, original, module) => {
        const prelude = preludeOf(rules(), token);
        if (original.protocol === 'data:')
            return 'data:text/javascript,' + encodeURIComponent(prelude + loaderOf(original.href, module));
        const blob = blobs.get(original.href);
        const rest = blob ?? loaderOf(original.href, module);
        return realm.URL.createObjectURL(new Blob([prelude, rest], { type: 'text/javascript' }));
    };
    /** Starts a worker (`shared`: a SharedWorker) behind the prelude, if page code made its script. */
    const start = (realm, Native, args, shared) => {
        let original;
        try {
            original = new URL(String(args[0]), realm.document.baseURI);
        }
        catch {
            // Not a URL: the browser's own constructor throws its own error.
            return new Native(...args);
        }
        if (original.protocol !== 'blob:' && original.protocol !== 'data:')
            return new Native(...args);
        // A SharedWorker's second argument may be its name instead.
        const options = args[1];
        const module = typeof options === 'object' && options.type === 'module';
        if (!shared) {
            const url = guardedUrl(realm, original, module);
            const worker = new Native(trust('createScriptURL', url), options);
            // The worker holds its script from here (HTML: the URL is parsed, and its blob
            // found, in the constructor).
            if (url.startsWith('blob:'))
                realm.URL.revokeObjectURL(url);
            receivers.add(new WeakRef(worker));
            return worker;
        }
        const key = original.href + (module ? ' module' : ' classic');
        const url = sharedUrls.get(key) ?? guardedUrl(realm, original, module);
        sharedUrls.set(key, url);
        const worker = new Native(trust('createScriptURL', url), options);
        // The worker may have started long ago, with the rules of then.
        worker.port.postMessage({ [token]: rules() });
        receivers.add(new WeakRef(worker.port));
        return worker;
    };
    return {
        install(patcher, realm) {
            patcher.wrap(realm.URL, 'createObjectURL', (original, _url, args) => {
                const url = original(args);
                if (args[0] instanceof realm.Blob)
                    blobs.set(String(url), args[0]);
                return url;
            });
            patcher.wrap(realm.URL, 'revokeObjectURL', (original, _url, args) => {
                blobs.delete(String(args[0]));
                return original(args);
            });
            patcher.wrapConstructor(realm, 'Worker', (Native, args) => start(realm, Native, args, false));
            patcher.wrapConstructor(realm, 'SharedWorker', (Native, args) => start(realm, Native, args, true));
        },
        update() {
            if (!receivers.size)
                return;
            const message = { [token]: rules() };
            for (const ref of receivers) {
                const receiver = ref.deref();
                if (receiver)
                    receiver.postMessage(message);
                else
                    receivers.delete(ref);
            }
        },
    };
}

/**
 * The URL a `fetch` call asks for: a Request's `url`, else the input itself (a string or
 * URL). Duck-typed: a Request made in another frame is not an `instanceof` this one's.
 */
const fetchUrl = (input) => {
    if (typeof input === 'object' && input !== null && 'url' in input)
        return input.url;
    return input;
};
/**
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false, a `WebSocket`
 * or `EventSource` fails to connect (`error` event).
 */
function guardRealm(blocked, patcher, realm) {
    patcher.wrap(realm, 'fetch', (original, _window, args) => {
        if (blocked(fetchUrl(args[0])))
            return Promise.reject(new TypeError('Failed to fetch'));
        return original(args);
    });
    patcher.wrap(realm.XMLHttpRequest.prototype, 'open', (original, _xhr, args) => {
        // Port 1 is a "bad port" (Fetch standard, section 2.9): the browser fails the request
        // before any DNS lookup or connection, so status, events and exceptions are the real ones.
        if (blocked(args[1]))
            args[1] = 'http://0.0.0.0:1/';
        return original(args);
    });
    patcher.wrap(realm.Navigator.prototype, 'sendBeacon', (original, _navigator, args) => {
        if (blocked(args[0]))
            return false;
        return original(args);
    });
    const connections = [
        { key: 'WebSocket', refused: 'ws://0.0.0.0:1/' },
        { key: 'EventSource', refused: 'http://0.0.0.0:1/' },
    ];
    for (const { key, refused } of connections)
        patcher.wrapConstructor(realm, key, (Native, args) => {
            // The same bad port: the connection fails before it leaves the browser.
            if (blocked(args[0]))
                args[0] = refused;
            return new Native(...args);
        });
}
/** A network guard that refuses what `policy.refused` names, in every realm it is installed in. */
function createNetworkGuard(policy) {
    const workers = createWorkerGuard(policy.workerRules, policy.trust);
    return {
        install(realm) {
            // A frame removed since its window was gated: nothing is left in it to wrap.
            if (realm.closed)
                return;
            guardRealm(policy.refused, policy.patcher, realm);
            workers.install(policy.patcher, realm);
        },
        update: workers.update,
    };
}

/** The descriptor of `key` on `target` or the nearest prototype that has it. */
const findDescriptor = (target, key) => {
    for (let owner = target; owner; owner = Object.getPrototypeOf(owner)) {
        const descriptor = Object.getOwnPropertyDescriptor(owner, key);
        if (descriptor)
            return descriptor;
    }
    return undefined;
};
/** Puts `key` of `target` back as it was: its own descriptor again, or none. */
const restorer = (target, key, own) => () => {
    if (own)
        Object.defineProperty(target, key, own);
    else
        Reflect.deleteProperty(target, key);
};
/** A patcher whose `undo` restores own properties and deletes the ones it added. */
function createPatcher() {
    const restores = [];
    return {
        wrap(target, key, around) {
            const own = Object.getOwnPropertyDescriptor(target, key);
            const found = own ?? findDescriptor(target, key);
            if (!found)
                return;
            // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its object through call()
            const setter = found.set;
            const method = found.value;
            if (setter) {
                Object.defineProperty(target, key, {
                    ...found,
                    set(value) {
                        around(args => setter.call(this, args[0]), this, [value]);
                    },
                });
            }
            else if (typeof method === 'function') {
                Object.defineProperty(target, key, {
                    ...found,
                    value: function (...args) {
                        return around(args => method.apply(this, args), this, args);
                    },
                });
            }
            else
                return;
            restores.push(restorer(target, key, own));
        },
        wrapConstructor(target, key, construct) {
            const own = Object.getOwnPropertyDescriptor(target, key);
            const found = target[key];
            if (typeof found !== 'function')
                return;
            const native = found;
            // Called with `new`, a function that returns an object gives that object. Like the
            // browser's own, it refuses a call without `new`: reading `this` for that also keeps
            // the minifier from making it an arrow function, which `new` cannot call.
            const wrapper = function (...args) {
                if (!(this instanceof wrapper))
                    throw new TypeError(`Failed to construct '${key}': use the 'new' operator`);
                return construct(native, args);
            };
            Object.defineProperty(wrapper, 'prototype', { value: native.prototype });
            for (const name of Object.getOwnPropertyNames(native))
                if (!Object.prototype.hasOwnProperty.call(wrapper, name))
                    Object.defineProperty(wrapper, name, Object.getOwnPropertyDescriptor(native, name));
            // A data property even where the browser (or a test DOM) defines an accessor.
            Object.defineProperty(target, key, {
                writable: true,
                configurable: true,
                enumerable: own?.enumerable ?? false,
                value: wrapper,
            });
            restores.push(restorer(target, key, own));
        },
        afterGet(target, key, seen) {
            const own = Object.getOwnPropertyDescriptor(target, key);
            const found = own ?? findDescriptor(target, key);
            // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its object through call()
            const getter = found?.get;
            if (!getter)
                return;
            Object.defineProperty(target, key, {
                ...found,
                get() {
                    const value = getter.call(this);
                    seen(value, this);
                    return value;
                },
            });
            restores.push(restorer(target, key, own));
        },
        listen(target, type, listener) {
            target.addEventListener(type, listener, true);
            restores.push(() => target.removeEventListener(type, listener, true));
        },
        undo() {
            while (restores.length)
                restores.pop()();
        },
    };
}

/**
 * Attributes the copy does not take over: the marks, and what the gate sets itself (the
 * URL attribute, `src` or SVG's `href`, too).
 */
const NOT_COPIED = new Set(['type', 'data-consent', 'data-type', 'onload', 'onerror']);
/**
 * A queue that runs scripts in order: an external one's load or error (or the timeout)
 * runs the one after it. Each runs as a fresh copy: a clone keeps the "already started"
 * flag that markup parsing (innerHTML, insertAdjacentHTML) sets, and would never run.
 */
function createScriptRunner(gate, options) {
    const queue = [];
    let running;
    /**
     * A new element with the original's attributes in their order, the src through the
     * policy, as Trusted Types ask; the nonce, hidden from attributes once parsed, through
     * the property. Where Trusted Types are enforced without the policy allowed, the src is
     * refused: a clone then, which runs unless the script arrived as markup.
     */
    const copyOf = (original, urlName) => {
        // SVG's <script> in its own namespace: an HTML one would not load its href.
        let copy = document.createElementNS(original.namespaceURI, 'script');
        try {
            for (const attribute of original.attributes) {
                const { name, value } = attribute;
                // The URL is set below, through the policy; an SVG script's xlink:href as its href.
                const isUrl = name === urlName || isOlderHref(attribute);
                if (!NOT_COPIED.has(name) && !isUrl)
                    copy.setAttribute(name, value);
            }
            const url = urlAttributeValue(original, urlName);
            if (url !== null)
                copy.setAttribute(urlName, options.trust('createScriptURL', url));
        }
        catch {
            copy = original.cloneNode(true);
            for (const name of NOT_COPIED)
                copy.removeAttribute(name);
        }
        const type = original.getAttribute('data-type');
        if (type)
            copy.setAttribute('type', type);
        copy.nonce = original.nonce;
        gate.done.add(copy);
        return copy;
    };
    /** The running script loaded, failed or took too long: the next one's turn. */
    const finish = () => {
        if (running)
            clearTimeout(running.timer);
        running = undefined;
        runQueued();
    };
    /** Starts one queued script; an external one becomes `running`. */
    const start = (original) => {
        // Withdrawn (or removed) while waiting its turn: it stays held.
        if (!original.isConnected || !gate.wanted(original)) {
            options.onHeld(original);
            return;
        }
        // At most once per page view, also for a clone of it or the page inserting it again.
        const origin = gate.origin(original);
        const ranBefore = gate.done.has(origin);
        gate.done.add(original);
        gate.done.add(origin);
        if (ranBefore)
            return;
        const urlName = scriptUrlAttribute(original);
        const src = urlAttributeValue(original, urlName);
        if (src !== null && !activatable(original, urlName, src))
            return;
        const copy = gate.asGate(() => copyOf(original, urlName));
        if (src === null) {
            // Trusted Types: a copied script's text counts as modified, so a policy must vouch for it.
            copy.textContent = options.trust('createScript', original.textContent ?? '');
        }
        else {
            // The page's handlers are on its own element: they hear the copy's load or error.
            const settled = (event) => {
                original.dispatchEvent(new Event(event.type));
                if (running?.copy === copy)
                    finish();
            };
            copy.addEventListener('load', settled);
            copy.addEventListener('error', settled);
            running = { original, copy, timer: setTimeout(finish, options.timeout) };
        }
        original.replaceWith(copy);
    };
    const runQueued = () => {
        while (!running && queue.length)
            start(queue.shift());
    };
    return {
        enqueue(script) {
            queue.push(script);
            runQueued();
        },
        recheck() {
            if (!running || gate.wanted(running.original))
                return;
            // A script still loading when its consent goes: moving it to another document
            // cancels it (HTML: "execute the script element" returns when the documents differ).
            new Document().adoptNode(running.copy);
            finish();
        },
    };
}

/** The `consentry` policy, or null where Trusted Types are missing or the policy is not allowed. */
const createPolicy = () => {
    const factory = window.trustedTypes;
    if (!factory)
        return null;
    try {
        return factory.createPolicy('consentry', {
            createHTML: String,
            createScript: String,
            createScriptURL: String,
        });
    }
    catch {
        return null;
    }
};
/**
 * Trusted Types: the `consentry` policy, created on first use (and tried once), vouches
 * only for what the page already wrote: a gated script's own text or URL, or markup the
 * page passed as TrustedHTML with `src` moved to `data-src`. Without Trusted Types, the
 * string itself.
 */
function createTrust() {
    let policy;
    return (kind, text) => {
        if (policy === undefined)
            policy = createPolicy();
        if (!policy)
            return text;
        return policy[kind](text);
    };
}

/*
 * Telling vendors that already ran about a withdrawal, through their own consent APIs, at
 * once and without any add-on: code of theirs that already runs keeps its timers and
 * in-memory state, and only the vendor itself can stop using them.
 *
 * Which vendor a service is comes from its `hosts`: the domains a vendor's tag loads from
 * and sends to are what the config already lists for the gate, and unlike a service's name
 * or label they are not the site's free choice. Consent Mode is the exception: it speaks of
 * purposes, not of one vendor, so it follows every withdrawn category and service.
 */
/**
 * The domains each vendor's tags load from and send to (subdomains included): Google's tag
 * (gtag.js, gtm.js) and Analytics beacons, Meta Pixel's fbevents.js and `/tr` pixel,
 * Clarity's tag and `/collect`.
 */
const VENDOR_DOMAINS = [
    { vendor: 'google', domain: 'googletagmanager.com' },
    { vendor: 'google', domain: 'google-analytics.com' },
    { vendor: 'meta', domain: 'facebook.net' },
    { vendor: 'meta', domain: 'facebook.com' },
    { vendor: 'clarity', domain: 'clarity.ms' },
];
const pageGlobals = () => window;
/** A vendor's command function (`gtag`, `fbq`, `clarity`), if the page defines one. */
const commandOf = (name) => {
    const found = pageGlobals()[name];
    if (typeof found !== 'function')
        return undefined;
    return found;
};
/** `window.dataLayer` when the page has one; never created here. */
const dataLayerOf = () => {
    const found = pageGlobals().dataLayer;
    if (!Array.isArray(found))
        return undefined;
    return found;
};
/**
 * The Consent Mode mapping the config's `consentMode` option sets up (the one
 * dist/consent-mode.js uses), else the defaults. Only `map` is read; a malformed entry maps
 * nothing (see typesIn), as the integration would refuse it.
 */
const consentModeMap = (config) => {
    const option = config.consentMode;
    if (typeof option !== 'object' || option === null)
        return mapping(config);
    return mapping(config, option);
};
/** The Consent Mode types a map gives `name`; none when it maps nothing valid. */
const typesIn = (map, name) => {
    if (!hasOwn(map, name))
        return [];
    const types = map[name];
    if (!Array.isArray(types))
        return [];
    return CONSENT_TYPES.filter(type => types.includes(type));
};
/**
 * What the withdrawal of `names` (categories and services granted until now) means for the
 * vendors: which vendors its services are, by their `hosts`, and which Consent Mode types
 * it denies: those of each withdrawn category, and of each withdrawn service the map names.
 * A service it does not name leaves the types to its category, as dist/consent-mode.js
 * does, so the two never tell Google different things.
 * @example withdrawalOf(gate, ['analytics', 'ga']).types // Set { 'analytics_storage' }
 */
function withdrawalOf(gate, names) {
    const config = gate.consent.config;
    const vendors = new Set();
    for (const rule of gate.hostRules) {
        if (!names.includes(rule.service))
            continue;
        for (const { vendor, domain } of VENDOR_DOMAINS)
            if (hostIn(rule.host, domain))
                vendors.add(vendor);
    }
    const map = consentModeMap(config);
    const types = new Set();
    for (const name of names)
        for (const type of typesIn(map, name))
            types.add(type);
    // `consentMode: false`: the site wants no Consent Mode commands from us.
    return { vendors, types, consentMode: config.consentMode !== false };
}
/** Runs one vendor call; what the vendor's code throws is logged, never thrown into the page. */
const attempt = (call) => {
    try {
        call();
    }
    catch (error) {
        console.error('consentry: a vendor failed to take the withdrawal:', error);
    }
};
/** The arguments as an `arguments` object: what gtag pushes, and what gtag.js reads from dataLayer. */
function argumentsOf(..._args) {
    // eslint-disable-next-line prefer-rest-params -- gtag.js reads `arguments` objects, not arrays
    return arguments;
}
/** A dataLayer entry that is a command: an array, or an `arguments` object gtag pushed. */
const isCommand = (entry) => Array.isArray(entry) || Object.prototype.toString.call(entry) === '[object Arguments]';
/**
 * Google Analytics ids (`G-...`, legacy `UA-...`) of the `['config', id, ...]` commands in
 * dataLayer, pushed as arrays or as gtag's `arguments` objects.
 */
function configuredAnalyticsIds(dataLayer) {
    const ids = [];
    for (const entry of dataLayer) {
        if (!isCommand(entry))
            continue;
        const command = entry;
        const id = command[1];
        if (command[0] !== 'config' || typeof id !== 'string')
            continue;
        if (/^(G|UA)-/.test(id) && !ids.includes(id))
            ids.push(id);
    }
    return ids;
}
/** Tells Google: Consent Mode `update` with the withdrawn types denied, through gtag or dataLayer. */
const tellConsentMode = (types) => {
    if (!types.size)
        return;
    const update = {};
    for (const type of types)
        update[type] = 'denied';
    const gtag = commandOf('gtag');
    if (gtag) {
        gtag('consent', 'update', update);
        return;
    }
    // Without gtag (Google Tag Manager alone), push what gtag would push.
    dataLayerOf()?.push(argumentsOf('consent', 'update', update));
};
/** Turns Google Analytics off for every id the page configured (`window['ga-disable-<id>']`). */
const disableAnalytics = () => {
    const dataLayer = dataLayerOf();
    if (!dataLayer)
        return;
    for (const id of configuredAnalyticsIds(dataLayer))
        pageGlobals()['ga-disable-' + id] = true;
};
/**
 * Clarity's `consentv2` for the withdrawn types it has (`analytics_Storage`, `ad_Storage`),
 * which is what the Clarity adapter of dist/vendors.js would say; both when what was
 * withdrawn maps to neither: then the Clarity service itself went, and all of it stops.
 */
const clarityConsent = (types) => {
    const denied = {};
    if (types.has('ad_storage'))
        denied.ad_Storage = 'denied';
    if (types.has('analytics_storage'))
        denied.analytics_Storage = 'denied';
    if (!denied.ad_Storage && !denied.analytics_Storage)
        return { ad_Storage: 'denied', analytics_Storage: 'denied' };
    return denied;
};
/**
 * Tells the vendors on the page at once that consent was withdrawn, only for what was and
 * only through globals the page already has: Consent Mode `update` (gtag, else dataLayer),
 * the Google Analytics disable flag, `fbq('consent', 'revoke')`, `clarity('consentv2', ...)`.
 * @example tellVendors(withdrawalOf(gate, ['analytics', 'ga']))
 */
function tellVendors(withdrawal) {
    const { vendors, types } = withdrawal;
    if (withdrawal.consentMode)
        attempt(() => tellConsentMode(types));
    if (vendors.has('google'))
        attempt(disableAnalytics);
    if (vendors.has('meta'))
        attempt(() => commandOf('fbq')?.('consent', 'revoke'));
    if (vendors.has('clarity'))
        attempt(() => commandOf('clarity')?.('consentv2', clarityConsent(types)));
}

/**
 * Images (and audio or video) made by code and never inserted (`new Image().src = ...`),
 * held before any decision: at most this many are kept, and sent if the visitor grants.
 */
const MAX_HELD_PIXELS = 20;
/** When denied cookies are deleted again after a decision, in ms: scripts still running may set them. */
const SWEEP_AGAIN_MS = [0, 1000, 3000, 10000, 30000];
/** A connected script whose type makes it run: marking it came too late. */
const isExecutable = (el) => el.localName === 'script' && (el.getAttribute('type') ?? '').toLowerCase() !== 'text/plain';
/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent, { texts: () => ({ loadOnce: 'Load this video' }) })
 */
function startGate(consent, options = {}) {
    const { config, $decision } = consent;
    const gate = createContext(consent);
    const patcher = createPatcher();
    const trust = createTrust();
    const frames = createFrameKeeper(gate, options.texts ?? (() => ({})));
    // Tracked elements: held ones, and frames that may go back to a placeholder.
    const tracked = new Set();
    // Held images, audio and video that are not in the document (see MAX_HELD_PIXELS).
    const pixels = new Set();
    const scripts = createScriptRunner(gate, {
        trust,
        timeout: options.scriptTimeout ?? 10000,
        onHeld: script => tracked.add(script),
    });
    /** Brings one tracked element in line with the decision. */
    const sync = (el) => {
        if (gate.done.has(el))
            return;
        if (!gate.wanted(el)) {
            if (el.localName === 'iframe')
                frames.hold(el);
            return;
        }
        if (el.localName !== 'script') {
            frames.show(el);
            return;
        }
        if (!el.isConnected)
            return;
        tracked.delete(el);
        scripts.enqueue(el);
    };
    /** A script, frame or image enters the document: track it if it is marked or claimed. */
    const track = (el) => {
        if (gate.done.has(el))
            return;
        claim(gate, el);
        if (!el.hasAttribute('data-consent'))
            return;
        if (isExecutable(el)) {
            gate.done.add(el);
            console.warn('consentry: not gated, add type="text/plain":', describe(el, el.getAttribute('src')));
            return;
        }
        tracked.add(el);
        sync(el);
    };
    /** Keeps a held image that is not in the document, while nothing has been decided. */
    const holdPixel = (el) => {
        // Made after a decision that denies it: dropped, never sent in this page view.
        if (!$decision.get().ask)
            return;
        if (pixels.size < MAX_HELD_PIXELS)
            pixels.add(el);
    };
    /** Sends the pixels a decision grants; once decided, drops those it denies. */
    const settlePixels = (decision) => {
        for (const el of pixels)
            if (isWanted(decision, el))
                frames.show(el);
        if (!decision.ask)
            pixels.clear();
    };
    // Parser-inserted elements reach the observer before they run (HTML: the parser performs
    // a microtask checkpoint before it prepares a script); the hooks catch code.
    // The hot path of pages that insert many nodes: a tag name and a child are all most cost.
    const observer = new MutationObserver(records => {
        for (const record of records)
            for (const node of record.addedNodes) {
                if (node.nodeType !== Node.ELEMENT_NODE)
                    continue;
                const el = node;
                if (isWatched(el.localName))
                    track(el);
                else if (el.firstElementChild)
                    el.querySelectorAll(WATCHED_SELECTOR).forEach(track);
            }
    });
    const observe = (root) => observer.observe(root, { childList: true, subtree: true });
    observe(document);
    // Same-origin frames whose DOM APIs are wrapped too, the page's own first.
    const realms = [window];
    // A frame's window stays the same object when it navigates; the realm behind it changes,
    // and is known by its own prototypes.
    const hookedRealms = new WeakSet([Element.prototype]);
    const targets = {
        track,
        holdPixel,
        observe,
        trust,
        frameWindow: win => {
            if (!win)
                return;
            let child;
            let hooked;
            try {
                // A cross-origin frame's realm cannot be read: its own origin is its business.
                child = win;
                // Each time: a navigation may keep the realm and bring a new document. Observing
                // a document again changes nothing.
                observe(child.document);
                hooked = hookedRealms.has(child.Element.prototype);
            }
            catch {
                return;
            }
            if (hooked)
                return;
            hookedRealms.add(child.Element.prototype);
            if (!realms.includes(child))
                realms.push(child);
            installHooks(gate, patcher, targets, child);
            if (guarded)
                network.install(child);
        },
    };
    installHooks(gate, patcher, targets);
    // Services withdrawn during this page view: code of theirs that already ran may still send.
    const withdrawnServices = new Set();
    let guarded = false;
    /** A denied service with gate.network; a withdrawn one unless gate.network is false. */
    const refusedService = (service) => {
        if (gate.granted(service))
            return false;
        return config.gate?.network === true || withdrawnServices.has(service);
    };
    const network = createNetworkGuard({
        patcher,
        trust,
        refused: url => {
            const service = gate.serviceOf(url);
            return service !== undefined && refusedService(service);
        },
        workerRules: () => gate.hostRules.map(rule => ({ host: rule.host, refused: refusedService(rule.service) })),
    });
    /** Installs the network guard once: at the start with gate.network, else at the first withdrawal. */
    const guard = () => {
        if (guarded)
            return;
        guarded = true;
        for (const realm of realms)
            network.install(realm);
    };
    if (config.gate?.network)
        guard();
    /** Calls a withdrawn unit's `onRevoke`; an exception in it is logged, not thrown. */
    const revoke = (traces) => {
        try {
            traces.onRevoke?.();
        }
        catch (error) {
            console.error(error);
        }
    };
    // What the latest decision denies. Scripts still running may write their cookies again:
    // they are deleted again on a schedule, and, after a withdrawal, kept deleted (see
    // keepDeleted) for the rest of the page view.
    let denied = [];
    const sweepNow = () => {
        if (denied.length)
            cleanUp(denied, cookieName(config));
    };
    let stopKeeping;
    const sweep = (afterWithdrawal) => {
        sweepNow();
        for (const delay of SWEEP_AGAIN_MS)
            setTimeout(sweepNow, delay);
        if (!afterWithdrawal || stopKeeping)
            return;
        const keep = cookieName(config);
        stopKeeping = keepDeleted({ denied: () => denied, keep, sweep: sweepNow, patcher });
    };
    let previous;
    /** Withdrawals call `onRevoke`; what is denied by a decision is cleaned up. */
    const settleUnits = (decision) => {
        const withdrawn = [];
        const deniedNow = [];
        for (const [name, unit] of gate.units) {
            if (isGranted(decision, name))
                continue;
            const wasGranted = previous !== undefined && isGranted(previous, name);
            if (wasGranted) {
                withdrawn.push(name);
                revoke(unit.traces);
                if (unit.category !== name)
                    withdrawnServices.add(name);
            }
            // Nothing is deleted before a first decision; after it (or on withdrawal), what is
            // denied is. Only units that name something to delete: a sweep reads
            // document.cookie and both storages.
            const decided = !decision.ask || wasGranted;
            if (decided && (unit.traces.cookies || unit.traces.storage))
                deniedNow.push(unit.traces);
        }
        previous = decision;
        denied = deniedNow;
        if (withdrawn.length)
            tellVendors(withdrawalOf(gate, withdrawn));
        if (denied.length)
            sweep(withdrawn.length > 0);
        if (withdrawnServices.size && config.gate?.network !== false)
            guard();
        if (withdrawn.length && config.reloadOnWithdraw)
            location.reload();
    };
    const off = $decision.subscribe(decision => {
        tracked.forEach(sync);
        scripts.recheck();
        settlePixels(decision);
        settleUnits(decision);
        network.update();
    });
    // Unmarked scripts already in the page have run: only marked elements and frames are left to hold.
    document.querySelectorAll('[data-consent],iframe').forEach(track);
    return () => {
        observer.disconnect();
        off();
        stopKeeping?.();
        patcher.undo();
    };
}

export { startGate };
