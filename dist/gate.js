import { t as toRegExp, e as expireCookie, c as cookieName } from './chunks/config.js';
import { t as textsFor, f as format } from './chunks/texts.js';
import 'js-cookie';
import './chunks/error.js';
import './chunks/own.js';
import 'nanostores';

/**
 * A test for one pattern: an exact name, a `*` glob, a RegExp, or a `/source/flags` string.
 * @example matcher('_ga_*')('_ga_XYZ') // true
 */
const matcher = (pattern) => {
    const re = typeof pattern != 'string'
        ? pattern
        : pattern[0] == '/'
            ? toRegExp(pattern)
            : // Every other character is escaped (an identity escape), `*` matches any run.
                RegExp('^' + pattern.replace(/\W/g, c => (c == '*' ? '.*' : '\\' + c)) + '$');
    // `search` ignores `lastIndex`, so a RegExp with the g or y flag answers the same every time.
    return name => name.search(re) > -1;
};
/**
 * `example.com` covers itself and every subdomain, never `badexample.com`.
 * @example hostIn('www.example.com', 'example.com') // true
 */
const hostIn = (host, pattern) => host == pattern || host.endsWith('.' + pattern);

// Compiled when a clean-up runs, not when the gate starts: most loads delete nothing.
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
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false.
 */
function guardNetwork(blocked, hook) {
    // A Request has a url; a string or URL object is one.
    hook(window, 'fetch', ([input]) => blocked(input?.url || input) && [Promise.reject(TypeError('Failed to fetch'))]);
    // Port 1 is a "bad port" (Fetch standard, section 2.9): the browser fails the request
    // before any DNS lookup or connection, so status, events and exceptions are the real ones.
    hook(XMLHttpRequest.prototype, 'open', args => {
        if (blocked(args[1]))
            args[1] = 'http://0.0.0.0:1/';
    });
    hook(Navigator.prototype, 'sendBeacon', ([url]) => blocked(url) && [false]);
}

/**
 * A `hook` that records every change in `undo`. An inherited property becomes an own
 * one, and is deleted again on undo.
 */
const hooker = (undo) => (target, keys, f) => {
    for (const key of keys.split(' ')) {
        const own = Object.getOwnPropertyDescriptor(target, key);
        const old = own || { value: target[key], writable: true, configurable: true };
        const call = old.set || old.value;
        Object.defineProperty(target, key, {
            ...old,
            [old.set ? 'set' : 'value'](...args) {
                return (f(args, this, key) || [call.apply(this, args)])[0];
            },
        });
        undo.push(() => (own ? Object.defineProperty(target, key, own) : delete target[key]));
    }
};

// Placeholders are plain DOM: one per held frame, built once, no framework needed.
// Sized with CSSOM (`style.width`), which a CSP without 'unsafe-inline' still allows,
// and styled by a constructed stylesheet, which needs no nonce.
// `:where` keeps specificity at zero: the frame's own classes, copied over, size it.
const CSS = ':where(.consentry-held){display:inline-grid;place-content:center;gap:8px;box-sizing:border-box;width:300px;' +
    'height:150px;max-width:100%;padding:8px;overflow:auto;border:1px solid;text-align:center}';
let sheet = 0;
const el = (tag, text = '') => {
    const e = document.createElement(tag);
    e.textContent = text;
    return e;
};
/**
 * A placeholder of the same size as `frame`: `text` says what is held and why; the
 * buttons appear when `buttons` is given (labels with their click handlers).
 */
function placeholder(frame, label, text, buttons) {
    if (!sheet++)
        try {
            const s = new CSSStyleSheet();
            s.replaceSync(CSS);
            document.adoptedStyleSheets.push(s);
        }
        catch { }
    const box = el('div');
    box.className = 'consentry-held ' + frame.className;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', label);
    box.style.cssText = frame.style.cssText;
    for (const side of ['width', 'height']) {
        const size = frame.getAttribute(side);
        if (size)
            box.style[side] = /\D/.test(size) ? size : size + 'px';
    }
    box.append(el('p', text), 
    // Inside a <form>, a plain <button> would submit it.
    ...buttons.map(([name, click]) => Object.assign(el('button', name), { type: 'button', onclick: click })));
    return box;
}

const WATCH = new Set('script,iframe,img'.split(','));
/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent)
 */
function startGate(consent) {
    const { config, $decision } = consent;
    const units = {};
    const hosts = [];
    for (const cat in config.categories) {
        const c = config.categories[cat];
        units[cat] = [c.label || cat, cat, c];
        for (const name in c.services) {
            const s = c.services[name];
            units[name] = [s.label || name, cat, s];
            for (const h of s.hosts || [])
                hosts.push([h.toLowerCase().replace(/^\*?\./, ''), name]);
        }
    }
    const undo = [];
    const hook = hooker(undo);
    // Tracked elements: held ones, and frames that may go back to a placeholder.
    const items = new Set();
    // Held frames, each with the placeholder standing in for it.
    const frames = new Map();
    // Scripts that ran (and their copies), frames loaded once: never touched again.
    const done = new WeakSet();
    const queue = [];
    let running = 0;
    let policy;
    let prev;
    // The gate's own writes go through its hooks: what it loads is marked, and marked is let through.
    /** Granted state of a category or service; anything unknown (or inherited, like `toString`) is not. */
    const ok = (name, d = $decision.get()) => (d.categories[name] ?? d.services[name]) === true;
    /** The service whose `hosts` cover a URL's host; none for a URL that cannot be parsed. */
    const serviceOf = (url) => {
        let host = '';
        try {
            // Parsed only when some service has hosts: every src that enters the page comes here.
            for (const [h, name] of hosts)
                if (hostIn((host || (host = new URL(String(url), document.baseURI).hostname)), h))
                    return name;
        }
        catch { }
    };
    /**
     * Whether the element's markup is granted. A named service decides: it follows its
     * category unless the visitor chose it apart ("Always allow"). `!` inverts. What
     * names nothing stays held.
     */
    const want = (el) => {
        const rule = el.getAttribute('data-consent') || '';
        const name = el.getAttribute('data-service') || rule.replace(/^!/, '');
        return !!name && (rule[0] == '!') != ok(name);
    };
    /**
     * Marks an unmarked element whose URL belongs to a service, as if the page had marked
     * it; returns true when it must not load now. Frames are marked even when granted, so
     * that they can go back to a placeholder on withdrawal.
     */
    const claim = (el, url) => {
        const name = serviceOf(url);
        if (!name || el.hasAttribute('data-consent') || (el.localName != 'iframe' && ok(name)))
            return;
        el.setAttribute('data-consent', units[name][1]);
        el.setAttribute('data-service', name);
        if (el.localName == 'script') {
            // In this order: once it has a data-type, the hooks below take a write of type for it.
            const type = el.getAttribute('type') || '';
            el.setAttribute('type', 'text/plain');
            el.setAttribute('data-type', type);
        }
        else
            el.setAttribute('data-src', String(url));
        // A held script keeps its src: as text/plain it fetches nothing, and its copy needs it.
        return !ok(name) && (el.localName == 'script' || el.removeAttribute('src'), 1);
    };
    /** A script, frame or image enters the document: track it if it is marked or claimed. */
    const see = (el) => {
        if (done.has(el))
            return;
        const src = el.getAttribute('src');
        if (src)
            claim(el, src);
        if (!el.hasAttribute('data-consent'))
            return;
        if (el.localName == 'script' && el.getAttribute('type')?.toLowerCase() != 'text/plain')
            return (done.add(el) &&
                console.warn('consentry: not gated, add type="text/plain":', src || el.outerHTML.slice(0, 80)));
        items.add(el);
        sync(el);
    };
    /** Brings one tracked element in line with the decision. */
    const sync = (el) => {
        if (done.has(el))
            return;
        const box = frames.get(el);
        if (want(el))
            el.localName == 'script'
                ? el.isConnected && (items.delete(el), queue.push(el), running || next())
                : show(el, box);
        else if (el.localName == 'iframe' && !box && el.parentNode) {
            const rule = el.getAttribute('data-consent');
            const cat = rule.replace(/^!/, '');
            const service = el.getAttribute('data-service');
            const t = textsFor(consent);
            const label = (name) => (units[name] || [name])[0];
            const who = label(service || cat);
            // Category and service names are distinct: each is ignored where it is not one.
            const grant = { [service || cat]: true };
            const stand = placeholder(el, who, format(t.held, { service: who, category: label(cat) }), 
            // A `!category` frame gets no buttons.
            rule != cat
                ? []
                : [
                    [t.loadOnce, () => (done.add(el), show(el, stand))],
                    [t.allowAlways, () => consent.set(grant, grant)],
                ]);
            // Detached, the frame unloads; without `src` it cannot load again until shown.
            el.removeAttribute('src');
            frames.set(el, stand);
            el.replaceWith(stand);
        }
    };
    /**
     * Loads a frame or an image: its `src` from `data-src`, in place of its placeholder if
     * it has one. A frame given a src while the parser is still at work may not navigate at
     * all (seen in Chromium 156): the src is set while it is out of the document.
     */
    const show = (el, box) => {
        const url = el.getAttribute('data-src');
        if (!url || el.getAttribute('src') == url)
            return;
        frames.delete(el);
        if (!box && el.parentNode)
            el.replaceWith((box = new Text()));
        el.src = url;
        if (box) {
            const focus = box.contains(document.activeElement);
            box.replaceWith(el);
            if (focus)
                el.focus();
        }
    };
    /**
     * Trusted Types: the `consentry` policy, created on first use, vouches only for what
     * the page already wrote: a gated script's own text or URL, or markup the page passed as
     * TrustedHTML with `src` moved to `data-src`. Without Trusted Types, the string.
     */
    const trust = (kind, s) => {
        try {
            // Tried once: 0 while it is tried, and after it failed.
            policy ?? (policy = ((policy = 0),
                window.trustedTypes.createPolicy('consentry', {
                    createScript: String,
                    createHTML: String,
                    createScriptURL: String,
                })));
        }
        catch { }
        return policy ? policy[kind](s) : s;
    };
    /** Runs queued scripts in order; an external one's load or error runs the one after it. */
    const next = () => {
        running = 0;
        while (!running && queue.length) {
            const old = queue.shift();
            // Withdrawn (or removed) while waiting its turn: it stays held.
            if (!old.isConnected || !want(old)) {
                items.add(old);
                continue;
            }
            // A new element, not a clone: a clone keeps the "already started" flag that markup
            // parsing (innerHTML, insertAdjacentHTML) sets, and would never run. Attributes in
            // their order (the mark before src, so the hooks do not claim it); the src through
            // the policy, as Trusted Types ask; the nonce, hidden from attributes once parsed,
            // through the property.
            // Where Trusted Types are enforced without the policy allowed, the src is refused: a
            // clone then, which runs unless the script arrived as markup.
            let copy = document.createElement('script');
            try {
                for (const { name, value } of old.attributes)
                    if (name != 'src')
                        copy.setAttribute(name, value);
                if (old.hasAttribute('src'))
                    copy.src = trust('createScriptURL', old.getAttribute('src'));
            }
            catch {
                copy = old.cloneNode(true);
            }
            const type = old.getAttribute('data-type');
            copy.nonce = old.nonce;
            done.add(old).add(copy);
            for (const name of ['data-consent', 'data-type', 'type'])
                copy.removeAttribute(name);
            if (type)
                copy.setAttribute('type', type);
            if (copy.hasAttribute('src')) {
                running = [copy, old];
                // Listeners, not `onload`: the page's own onload attribute was copied and must still run.
                // (Once nothing runs, `running` is 0, and `0[0]` is undefined.)
                const step = () => running[0] == copy && next();
                copy.addEventListener('load', step);
                copy.addEventListener('error', step);
                // Trusted Types: a copied script's text counts as modified, so a policy must vouch for it.
            }
            else
                copy.text = trust('createScript', old.textContent);
            old.replaceWith(copy);
        }
    };
    // Parser-inserted elements reach the observer before they run (HTML: the parser performs
    // a microtask checkpoint before it prepares a script); the setters below catch code.
    // The hot path of pages that insert many nodes: a tag name and a child are all most cost.
    const observer = new MutationObserver(records => {
        for (const r of records)
            for (const n of r.addedNodes)
                WATCH.has(n.localName)
                    ? see(n)
                    : n.firstElementChild && n.querySelectorAll('script,iframe,img').forEach(see);
    });
    observer.observe(document, { childList: true, subtree: true });
    if (hosts[0]) {
        // A script fetches as soon as it is inserted with a src, an image as soon as it gets
        // one, and a frame as soon as it is inserted, all before anyone hears of them: so
        // decide when the URL is set, as yett does. `held` tells whether a write of `src`
        // (or of a held script's `type`) must be swallowed: a held image is tracked even
        // detached, so that a pixel held now is sent once granted; a held script takes its
        // type as `data-type`, the type its copy will have.
        const held = (el, key, v) => key == 'src'
            ? claim(el, v) && el.localName != 'script' && (el.localName != 'img' || items.add(el))
            : key == 'type' &&
                el.hasAttribute('data-type') &&
                (el.setAttribute('data-type', String(v)), 1);
        for (const c of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement])
            hook(c.prototype, (c == HTMLScriptElement ? 'type ' : '') + 'src setAttribute', (args, el, key) => held(el, key == 'setAttribute' ? String(args[0]).toLowerCase() : key, args[args.length - 1]) && []);
        // Markup parsed from a string starts loading its frames and images before an observer
        // hears of it: when it names a denied host, parse it inert (in a template) first, hold
        // what it must, and pass on the markup written back with `data-src` for `src`.
        const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML').set;
        const rewrite = (html) => {
            const s = String(html);
            if (!/<(iframe|img)/i.test(s) || !hosts.some(([h, name]) => s.includes(h) && !ok(name)))
                return html;
            const t = document.createElement('template');
            inner.call(t, html);
            t.content.querySelectorAll('iframe,img').forEach(el => claim(el, el.getAttribute('src')));
            return typeof html == 'string' ? t.innerHTML : trust('createHTML', t.innerHTML);
        };
        // The markup is the value of innerHTML and outerHTML, the second argument of insertAdjacentHTML.
        hook(Element.prototype, 'innerHTML outerHTML insertAdjacentHTML', args => {
            args.push(rewrite(args.pop()));
        });
    }
    if (config.gate?.network)
        guardNetwork(url => {
            const name = serviceOf(url);
            return !!name && !ok(name);
        }, hook);
    const off = $decision.subscribe(d => {
        items.forEach(sync);
        // A script still loading when its consent goes: moving it to another document
        // cancels it (HTML: "execute the script element" returns when the documents differ).
        if (running && !want(running[1])) {
            new Document().adoptNode(running[0]);
            next();
        }
        let withdrawn = 0;
        const gone = [];
        for (const name in units) {
            const unit = units[name][2];
            const was = prev && ok(name, prev);
            if (ok(name, d))
                continue;
            if (was) {
                withdrawn = 1;
                try {
                    unit.onRevoke?.();
                }
                catch (e) {
                    console.error(e);
                }
            }
            // Nothing is deleted before a first decision; after it (or on withdrawal), what is denied is.
            // Only units that name something to delete: a sweep reads document.cookie and both storages.
            if ((!d.ask || was) && (unit.cookies || unit.storage))
                gone.push(unit);
        }
        prev = d;
        const sweep = () => cleanUp(gone, cookieName(config));
        if (gone[0]) {
            sweep();
            // Scripts that are still running may set their cookies again right away.
            setTimeout(sweep);
            setTimeout(sweep, 1e3);
        }
        if (withdrawn && config.reloadOnWithdraw)
            location.reload();
    });
    // Unmarked scripts already in the page have run: only marked elements and frames are left to hold.
    document.querySelectorAll('[data-consent],iframe').forEach(see);
    return () => {
        observer.disconnect();
        off();
        undo.forEach(f => f());
    };
}

export { startGate };
