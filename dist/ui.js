import { jsx, jsxs, Fragment } from 'preact/jsx-runtime';
import { render } from 'preact';
import { useReducer, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i as inUse } from './chunks/category.js';
import { $ as $langs, l as langFor, t as textsFor, f as format, r as registerTexts } from './chunks/texts.js';
export { e as en, a as fromList, b as requestedLang } from './chunks/texts.js';
import 'nanostores';

const openers = new WeakMap();
/** Opens the preferences, remembering `el` as the element to give focus back to. */
function openPreferencesFrom(consent, el) {
    openers.set(consent, el);
    consent.showPreferences();
}
/** The element that opened the view just shown, once; null when the API or the banner did. */
function takeOpener(consent) {
    const el = openers.get(consent) || null;
    openers.delete(consent);
    return el;
}
/**
 * Makes every `[data-consent-open]` element on the page open the preferences, also those
 * added later (one delegated listener). Returns the function that stops it.
 * @example const stop = listenOpenLinks(consent)
 */
function listenOpenLinks(consent) {
    const click = (event) => {
        const target = event.target;
        const link = target.closest?.('[data-consent-open]');
        if (link) {
            event.preventDefault();
            openPreferencesFrom(consent, link);
        }
    };
    document.addEventListener('click', click);
    return () => document.removeEventListener('click', click);
}

const count = (n) => n + 1;
/**
 * The store's value; the component renders again whenever it changes.
 * @example const view = useStore(consent.$view)
 */
function useStore(store) {
    const [, rerender] = useReducer(count, 0);
    useLayoutEffect(() => {
        const seen = store.get();
        const off = store.listen(() => rerender(0));
        // A change between the render and this subscription would otherwise go unseen.
        if (store.get() !== seen)
            rerender(0);
        return off;
    }, [store]);
    return store.get();
}
/** The texts and language for a consent controller, again when a language file arrives. */
function useTexts(consent) {
    useStore($langs);
    return { texts: textsFor(consent), lang: langFor(consent) };
}

function Choice({ choice, label, onClick, buttonRef }) {
    // type=button: inside a site's <form> (components in an app tree) a plain button would submit it.
    return (jsx("button", { type: "button", "data-choice": choice, ref: buttonRef, onClick: onClick, children: label }));
}
/** Wraps deciding actions, so `onDecide` hears of each once the choice is recorded. */
function decider(onDecide) {
    return (action) => () => {
        action();
        onDecide?.();
    };
}
/** Accept all and Reject all: the same two choices in the banner and in the dialog. */
function AcceptReject(props) {
    const { consent, texts, decide } = props;
    return (jsxs(Fragment, { children: [jsx(Choice, { choice: "accept-all", label: texts.acceptAll, onClick: decide(() => consent.acceptAll()) }), jsx(Choice, { choice: "reject-all", label: texts.rejectAll, onClick: decide(() => consent.rejectAll()) })] }));
}
const preventCancel = (event) => event.preventDefault();
/**
 * A region, or a modal dialog, labelled by its title and described by its paragraph,
 * which ends with a link to the privacy policy when there is one; then the row of choices.
 * A modal layer takes focus when it appears, so the screen reader starts at its title.
 */
function Layer(props) {
    const { id, modal } = props;
    const layer = useRef(null);
    useLayoutEffect(() => {
        const el = layer.current;
        if (!modal || !el)
            return;
        // The top layer: above whatever z-index the site uses, the page inert, as a modal for
        // assistive technology. Browsers without <dialog> (Safari before 15.4) get the same
        // layer positioned by the stylesheet, made modal by the page's inert attributes.
        if (typeof el.showModal === 'function' && !el.open)
            el.showModal();
        el.focus();
    }, [modal]);
    const policy = props.policyUrl ? jsx("a", { href: props.policyUrl, children: props.policyLabel }) : null;
    const content = (jsxs(Fragment, { children: [props.top, jsx("h2", { id: id + 't', children: props.title }), props.description ? (jsx("div", { id: id + 'd', children: props.description })) : (jsxs("p", { id: id + 'd', children: [props.body, " ", policy] })), props.list, jsx("div", { class: "bs", children: props.children })] }));
    const labels = {
        class: 'l ' + props.className + ' consentry-' + props.name,
        'aria-labelledby': id + 't',
        'aria-describedby': id + 'd',
    };
    if (!modal)
        return (jsx("div", { role: "region", ...labels, children: content }));
    // Escape is the UI's to handle (back to the banner, or closed without deciding).
    return (jsx("dialog", { ref: layer, role: "dialog", "aria-modal": true, tabIndex: -1, onCancel: preventCancel, ...labels, children: content }));
}

/** The first sentence per model: opt-in asks before, opt-out says what runs, notice informs. */
const BODY = {
    'opt-in': 'body',
    'opt-out': 'bodyOptOut',
    notice: 'bodyNotice',
};
/**
 * What the first layer must say besides the choice: the optional purposes, and the third
 * parties among the services in use. Empty strings when the config has none.
 */
function firstLayerDetails(config, texts) {
    const purposes = [];
    const partners = [];
    for (const [name, category] of Object.entries(config.categories)) {
        const services = Object.entries(category.services || {}).filter(([, s]) => !s.disabled);
        if (!category.required && inUse(category))
            purposes.push(category.label || name);
        for (const [serviceName, service] of services)
            if (service.thirdParty)
                partners.push(service.label || serviceName);
    }
    return {
        purposes: purposes.length ? format(texts.purposes, { list: purposes.join(', ') }) : '',
        partners: partners.length ? format(texts.partners, { list: partners.join(', ') }) : '',
    };
}
/**
 * The first layer: title, one paragraph (what the model means, the purposes, the third
 * parties, how to withdraw, the policy link) and three equal choices. Under the `notice`
 * model nothing waits for a yes, so one OK acknowledges (recorded as accept-all) and
 * Manage preferences still lets the visitor switch things off.
 * @example <ConsentBanner consent={consent} layout="box" />
 */
function ConsentBanner(props) {
    const { consent, onDecide } = props;
    const { texts } = useTexts(consent);
    const { model } = useStore(consent.$decision);
    const details = firstLayerDetails(consent.config, texts);
    const decide = decider(onDecide);
    const layout = props.layout || 'bar';
    const body = [texts[BODY[model]], details.purposes, details.partners].filter(Boolean).join(' ');
    return (jsxs(Layer, { id: "b", name: "banner", className: layout, modal: layout === 'modal', title: props.title || texts.title, body: body, description: props.children, policyUrl: consent.config.policyUrl, policyLabel: texts.policy, children: [model === 'notice' ? (jsx(Choice, { choice: "ok", label: texts.ok, onClick: decide(() => consent.acceptAll()) })) : (jsx(AcceptReject, { consent: consent, texts: texts, decide: decide })), jsx(Choice, { choice: "manage", label: texts.manage, onClick: () => consent.showPreferences(), buttonRef: props.manageRef })] }));
}

// What the UI does to the page around it while a layer is open: all of it undone on close.
/** The focused element, looking inside open shadow roots (a site's components, and ours). */
function deepActive() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement)
        active = active.shadowRoot.activeElement;
    return active;
}
/** The child of `<body>` that holds `el` (our shadow host, or an app's root). */
function pageChildOf(el) {
    let node = el;
    while (node) {
        if (node.parentElement === document.body)
            return node;
        const root = node.getRootNode();
        node = node.parentElement || (root instanceof ShadowRoot ? root.host : null);
    }
    return null;
}
/**
 * While `on`, makes every child of `<body>` but ours inert, also those the page adds (or a
 * new `<body>` brings) while the layer is open. An element the site made inert stays so.
 */
function usePageInert(on, ours) {
    useLayoutEffect(() => {
        if (!on)
            return;
        const marked = new Set();
        const mark = () => {
            const own = ours();
            for (const el of document.body?.children || [])
                if (el !== own && !el.hasAttribute('inert')) {
                    el.setAttribute('inert', '');
                    marked.add(el);
                }
        };
        mark();
        // Children of <body>, and <body> itself when a site swaps it (Turbo, pjax, htmx boost).
        const observer = new MutationObserver(mark);
        observer.observe(document.documentElement, { childList: true, subtree: true });
        return () => {
            observer.disconnect();
            marked.forEach(el => el.removeAttribute('inert'));
        };
    }, [on]);
}
/**
 * While `layer` is shown at the bottom of the viewport, keeps the page's content clear of it
 * (WCAG 2.2 2.4.11): scroll padding, so a focused element scrolls into view above it, and
 * as much padding at the end of the document, so the last links can scroll clear of it
 * (scroll padding alone cannot scroll past the end of a short page). CSSOM properties,
 * which CSP's style-src does not govern. The page's own values come back on close.
 */
function useRoomBelow(layer, on) {
    useLayoutEffect(() => {
        const el = layer();
        if (!on || !el)
            return;
        const html = document.documentElement;
        const before = { scroll: html.style.scrollPaddingBottom, padding: html.style.paddingBottom };
        // Every browser that parses this bundle (ES2020) has ResizeObserver.
        const observer = new ResizeObserver(() => {
            // Layout sizes, not getBoundingClientRect: the entry animation's transform would skew it.
            const room = el.offsetHeight + parseFloat(getComputedStyle(el).bottom) + 'px';
            html.style.scrollPaddingBottom = room;
            html.style.paddingBottom = room;
        });
        observer.observe(el);
        return () => {
            observer.disconnect();
            html.style.scrollPaddingBottom = before.scroll;
            html.style.paddingBottom = before.padding;
        };
    }, [on]);
}

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' };
const categoriesOf = (consent) => Object.entries(consent.config.categories);
const servicesOf = (category) => Object.entries(category.services || {});
/** A category switch the visitor cannot change: required, locked by a signal, or nothing in use. */
const categoryFixed = (decision, name, category) => !!(category.required || decision.locked[name] || !inUse(category));
/** What the switches start from: the current state, or what the visitor said before a revision asked again. */
function initialDraft(consent) {
    const decision = consent.$decision.get();
    const last = decision.valid ? null : consent.record;
    const draft = { categories: {}, services: {} };
    for (const [name, category] of categoriesOf(consent)) {
        const locked = !!decision.locked[name];
        let granted = decision.categories[name];
        if (last && name in last.categories)
            granted = last.categories[name];
        // Nothing in use: shown off, whatever an older record said.
        draft.categories[name] = !!category.required || (!locked && inUse(category) && granted);
        for (const [serviceName, service] of servicesOf(category)) {
            let serviceGranted = decision.services[serviceName];
            if (last)
                serviceGranted = last.services[serviceName] ?? !!last.categories[name];
            const available = !service.disabled && !locked;
            draft.services[serviceName] = available && (!!category.required || serviceGranted);
        }
    }
    return draft;
}
/** A cookie pattern as a visitor reads it: a glob as written, a RegExp as its source. */
const patternName = (pattern) => typeof pattern === 'string' ? pattern : pattern.source;
/** The cookies of a category or service: `cookieInfo` when given, else the `cookies` patterns. */
function CookieList(props) {
    const info = props.info || props.patterns?.map(pattern => ({ name: patternName(pattern) }));
    if (!info || info.length === 0)
        return null;
    return (jsx("ul", { class: "k", "aria-label": props.label, children: info.map(cookie => (jsxs("li", { children: [jsx("b", { children: cookie.name }), cookie.purpose ? ' ' + cookie.purpose : '', cookie.lifetime ? ' (' + cookie.lifetime + ')' : ''] }, cookie.name))) }));
}
/**
 * A labelled native checkbox with role=switch (keyboard, forms and screen readers for
 * free), the note it points at with aria-describedby, then its children.
 */
function Switch(props) {
    const noteId = props.id + '.d';
    return (jsxs("li", { class: props.locked ? 'lk' : undefined, children: [jsxs("div", { class: "w", children: [jsx("label", { for: props.id, children: props.label }), jsx("input", { type: "checkbox", role: "switch", id: props.id, checked: props.checked, disabled: props.disabled, "aria-describedby": props.note ? noteId : undefined, onChange: event => props.onChange(event.target.checked) })] }), props.note ? (jsx("p", { id: noteId, class: "n", children: props.note })) : null, props.children] }));
}
const joinNote = (...parts) => parts.filter(Boolean).join(' ');
/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The draft lives in component state, so a language
 * arriving late redraws the texts and keeps the switches and focus as they are.
 * @example <ConsentPreferences consent={consent} onClose={() => consent.hide()} />
 */
function ConsentPreferences(props) {
    const { consent, onDecide } = props;
    const { texts } = useTexts(consent);
    const decision = useStore(consent.$decision);
    const [draft, setDraft] = useState(() => initialDraft(consent));
    const categories = categoriesOf(consent);
    const setCategory = (name, granted) => {
        // A category and its services move together.
        const services = { ...draft.services };
        const category = consent.config.categories[name];
        for (const [serviceName, service] of servicesOf(category))
            if (!service.disabled)
                services[serviceName] = granted;
        setDraft({ categories: { ...draft.categories, [name]: granted }, services });
    };
    const setService = (categoryName, name, granted) => {
        const categoriesDraft = { ...draft.categories };
        // Turning one service on turns its category on.
        if (granted)
            categoriesDraft[categoryName] = true;
        setDraft({ categories: categoriesDraft, services: { ...draft.services, [name]: granted } });
    };
    const decide = decider(onDecide);
    const save = () => {
        const chosen = { categories: {}, services: {} };
        for (const [name, category] of categories) {
            const fixed = categoryFixed(decision, name, category);
            if (!fixed)
                chosen.categories[name] = draft.categories[name];
            for (const [serviceName, service] of servicesOf(category))
                if (!fixed && !service.disabled)
                    chosen.services[serviceName] = draft.services[serviceName];
        }
        consent.set(chosen.categories, chosen.services);
    };
    // With every optional category locked (or none at all) the choices would all do the same:
    // one OK records that, instead of an "Accept all" that accepts nothing.
    const changeable = categories.some(([name, category]) => !categoryFixed(decision, name, category));
    const close = props.onClose || (() => consent.hide());
    const list = (jsx("ul", { children: categories.map(([name, category]) => (jsx(CategorySwitch, { name: name, category: category, decision: decision, draft: draft, texts: texts, setCategory: setCategory, setService: setService }, name))) }));
    const closeButton = (jsxs("button", { type: "button", class: "x", onClick: close, children: [jsx("span", { "aria-hidden": "true", children: "\u00D7" }), jsx("span", { class: "sr", children: texts.close })] }));
    return (jsx(Layer, { id: "p", name: "preferences", className: "p", modal: true, title: texts.prefsTitle, body: texts.prefsBody, policyUrl: consent.config.policyUrl, policyLabel: texts.policy, top: closeButton, list: list, children: changeable ? ([
            jsx(Choice, { choice: "save", label: texts.save, onClick: decide(save) }, "save"),
            jsx(AcceptReject, { consent: consent, texts: texts, decide: decide }, "both"),
        ]) : (jsx(Choice, { choice: "ok", label: texts.ok, onClick: decide(save) })) }));
}
/** A category's switch, its note, and its services and cookies in a `<details>`. */
function CategorySwitch(props) {
    const { name, category, decision, draft, texts } = props;
    const lock = decision.locked[name];
    const fixed = categoryFixed(decision, name, category);
    const services = servicesOf(category);
    let reason;
    if (category.required)
        reason = texts.required;
    else if (!inUse(category))
        reason = texts.notInUse;
    else if (lock)
        reason = format(texts.locked, { signal: SIGNALS[lock] });
    const hasDetails = services.length > 0 || category.cookieInfo || category.cookies;
    return (jsx(Switch, { id: 'c-' + name, label: category.label || name, checked: draft.categories[name], disabled: fixed, locked: !!lock, note: joinNote(category.description, reason), onChange: granted => props.setCategory(name, granted), children: hasDetails ? (jsxs("details", { children: [jsx("summary", { children: texts.services }), jsx(CookieList, { info: category.cookieInfo, patterns: category.cookies, label: texts.cookies }), jsx("ul", { children: services.map(([serviceName, service]) => (jsx(Switch, { id: 's-' + serviceName, label: service.label || serviceName, checked: draft.services[serviceName], disabled: fixed || !!service.disabled, locked: !!lock, note: joinNote(service.description, service.disabled && texts.notInUse), onChange: granted => props.setService(name, serviceName, granted), children: jsx(CookieList, { info: service.cookieInfo, patterns: service.cookies, label: texts.cookies }) }, serviceName))) })] })) : null }));
}

/**
 * The floating cookie button that reopens the preferences, hidden while a layer is open.
 * @example <ConsentReopen consent={consent} />
 */
function ConsentReopen({ consent, onOpen, buttonRef }) {
    const view = useStore(consent.$view);
    const { texts } = useTexts(consent);
    const open = (event) => {
        if (onOpen)
            onOpen(event.currentTarget);
        else
            consent.showPreferences();
    };
    // An icon drawn in CSS, so its name comes from aria-label (nothing visible to mismatch).
    return (jsx("button", { type: "button", class: "r", ref: buttonRef, hidden: !!view, "aria-label": texts.reopen, onClick: open }));
}

const RTL = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/;
/**
 * The whole consent UI: the banner or the preferences dialog as `consent.$view` says, the
 * reopen button (config `ui.reopen`), the status line that announces a saved choice, and
 * what a layer does to the page: focus in and back out, the page inert behind a modal
 * layer, Tab kept inside it, Escape, and room below a bar. `mountUI` renders it in a
 * shadow root; an app can render it in its own tree (with the `css` stylesheet, and
 * `listenOpenLinks` for `[data-consent-open]` links).
 * @example render(<ConsentUI consent={consent} />, document.getElementById('consent')!)
 */
function ConsentUI({ consent, bannerTitle, bannerContent }) {
    const ui = consent.config.ui || {};
    const layout = ui.layout || 'bar';
    const { texts, lang } = useTexts(consent);
    const [view, setView] = useState(consent.$view.get());
    const [status, setStatus] = useState('');
    const wrapper = useRef(null);
    const manage = useRef(null);
    const reopen = useRef(null);
    const memory = useRef({
        shown: null,
        inside: false,
        returnTo: null,
        dialogOpener: null,
        back: false,
    }).current;
    const modal = view === 'preferences' || (view === 'banner' && layout === 'modal');
    const layer = () => wrapper.current?.querySelector('.l') || null;
    const ours = () => (wrapper.current ? pageChildOf(wrapper.current) : null);
    const focusInside = () => {
        const root = wrapper.current?.getRootNode();
        const active = root?.activeElement;
        return !!active && !!wrapper.current?.contains(active);
    };
    /** The focused page element, or null when focus is on <body> or in the UI. */
    const pageFocus = () => {
        const active = deepActive();
        if (!active || active === document.body || active === ours())
            return null;
        if (wrapper.current?.contains(active))
            return null;
        return active;
    };
    // Drawn with a layer already open: where focus was is where it goes back to.
    if (view && !memory.shown && !memory.returnTo)
        memory.returnTo = pageFocus();
    useLayoutEffect(() => consent.$view.listen(next => {
        // Read here, while the control that decided still exists and before a layer takes focus.
        memory.inside = focusInside();
        if (next && !memory.shown)
            memory.returnTo = pageFocus();
        setView(next);
    }), []);
    const openFrom = (el) => openPreferencesFrom(consent, el);
    usePageInert(modal, ours);
    useRoomBelow(layer, view === 'banner' && !modal);
    useLayoutEffect(() => {
        const was = memory.shown;
        memory.shown = view;
        if (view === was)
            return;
        const opener = takeOpener(consent);
        if (view && !was) {
            if (opener)
                memory.returnTo = opener;
            setStatus('');
        }
        if (view === 'preferences') {
            memory.back = was === 'banner';
            memory.dialogOpener = was === 'banner' ? opener : null;
        }
        // A modal layer has focused itself; the rest moves focus only if it was inside the UI.
        if (!memory.inside)
            return;
        memory.inside = false;
        if (view === 'banner' && was === 'preferences') {
            // Back to what opened the dialog: the site's own button, or Manage preferences.
            const dialogOpener = memory.dialogOpener;
            if (dialogOpener?.isConnected && !modal)
                dialogOpener.focus();
            else
                manage.current?.focus();
        }
        else if (!view) {
            // Not to <body>: nothing opened it, and body.focus() would only force a synchronous
            // style and layout pass into the click that decided.
            const target = memory.returnTo;
            if (target?.isConnected)
                target.focus();
            else if (reopen.current && !reopen.current.hidden)
                reopen.current.focus();
        }
    }, [view]);
    const close = () => {
        if (view === 'preferences' && memory.back)
            consent.show();
        else
            consent.hide();
    };
    const announce = () => setStatus(texts.saved);
    const keyDown = (event) => {
        if (!modal)
            return;
        if (event.key === 'Escape') {
            event.preventDefault();
            close();
        }
        else if (event.key === 'Tab')
            keepTabInside(event);
    };
    const keepTabInside = (event) => {
        const current = layer();
        if (!current)
            return;
        // The first and last controls are always buttons or links, never inside a closed <details>.
        const controls = current.querySelectorAll('a[href],button,input:not(:disabled),summary');
        const first = controls[0];
        const last = controls[controls.length - 1];
        const root = current.getRootNode();
        const active = root.activeElement;
        const leaving = event.shiftKey ? active === first || active === current : active === last;
        if (leaving) {
            event.preventDefault();
            if (event.shiftKey)
                last.focus();
            else
                first.focus();
        }
    };
    const focusIn = (event) => {
        // Where the visitor came from when they tabbed into a non-modal banner: focus returns there.
        const from = event.relatedTarget;
        if (from && !wrapper.current?.contains(from) && from !== ours())
            memory.returnTo = from;
    };
    let shownLayer = null;
    if (view === 'banner')
        shownLayer = (jsx(ConsentBanner, { consent: consent, layout: layout, title: bannerTitle, onDecide: announce, manageRef: manage, children: bannerContent }));
    else if (view === 'preferences')
        shownLayer = jsx(ConsentPreferences, { consent: consent, onDecide: announce, onClose: close });
    return (jsxs("div", { ref: wrapper, class: 't ' + (ui.theme || ''), lang: lang, dir: RTL.test(lang) ? 'rtl' : 'ltr', onKeyDown: keyDown, onFocusIn: focusIn, children: [jsx("p", { class: "sr", role: "status", children: status }), ui.reopen ? jsx(ConsentReopen, { consent: consent, onOpen: openFrom, buttonRef: reopen }) : null, shownLayer] }));
}

// The whole stylesheet, one rule per line and minified by hand: a CSS minifier in the
// build would cost more to maintain than these few hundred bytes save.
//
// Classes: t theme wrapper (dark, auto), l layer (bar, box, modal; p preferences),
// bs button row, x close, r reopen button, w label + switch, n note, k cookie list,
// sr screen-reader only. Site overrides go through the --consentry-* properties,
// which inherit into the shadow root.
const dark = '{--b:var(--consentry-bg,#1c1c1e);color:var(--consentry-text,#f2f2f7);--a:var(--consentry-accent,#8ab4f8);--bt:var(--consentry-button-text,#10213d);--k:var(--consentry-border,#98989d)}';
/** The UI's stylesheet: adopted by the shadow root, or a nonce'd `<style>` where that is missing. */
const css = 
// Important: the host sits in the page, and rules like `div:empty{display:none}` must not reach it.
':host{all:initial!important}' +
    '*{box-sizing:border-box}' +
    // Contrast: #1c1c1e on #fff 17:1; #0b57d0 links, focus rings and buttons on #fff 6.4:1; #6e6e73 borders 5.1:1.
    '.t{--b:var(--consentry-bg,#fff);color:var(--consentry-text,#1c1c1e);--a:var(--consentry-accent,#0b57d0);--bt:var(--consentry-button-text,#fff);--k:var(--consentry-border,#6e6e73);--bb:var(--consentry-button-bg,var(--a));font:var(--consentry-font,1em/1.5 system-ui,sans-serif)}' +
    // Dark: #f2f2f7 on #1c1c1e 15:1; #8ab4f8 8:1; #10213d on #8ab4f8 7.6:1.
    '.dark' +
    dark +
    '@media(prefers-color-scheme:dark){.auto' +
    dark +
    '}' +
    // Fixed: the banner covers the page instead of pushing it, so it never shifts layout.
    '.l,.r{position:fixed;z-index:var(--consentry-z-index,2147483000)}' +
    '.l{max-height:100%;overflow:auto;padding:1.25em;background:var(--b);box-shadow:0 0 1em #0005}' +
    // A modal layer is a <dialog>: none of its default frame, colours or size limits.
    'dialog{max-width:none;border:0;color:inherit}dialog::backdrop{background:none}' +
    '.bar{inset:auto 0 0;padding-inline:max(1.25em,(100% - var(--consentry-max-width,60em))/2);border-top:1px solid var(--k)}' +
    '.box,.r{bottom:1em}.box{inset-inline-end:1em;width:min(100% - 2em,26em)}' +
    '.box,.modal,.p{border-radius:var(--consentry-radius,.5em)}' +
    // Centred without transforms, so the entry animation can own `transform`; the spread shadow is the backdrop.
    // 46em: room for three equal one-line choices in every language ("Enregistrer mes choix").
    '.modal,.p{inset:0;margin:auto;width:min(100% - 2em,var(--consentry-max-width,46em));height:fit-content;max-height:min(100% - 2em);box-shadow:0 0 0 100vmax #0009}' +
    // A slide only, never a fade: Chromium holds a new animation at its first keyframe for the
    // frames until it starts, and a banner at opacity 0 there is unreadable. None under reduced motion.
    '@media(prefers-reduced-motion:no-preference){.l{animation:i .2s ease-out}}' +
    '@keyframes i{from{transform:translateY(1em)}}' +
    'h2{font-size:1.25em;margin:0 0 .5em}' +
    'p,.p>ul{margin:0 0 1em}' +
    'a{color:var(--a)}' +
    ':focus-visible{outline:2px solid var(--a);outline-offset:2px}' +
    // After :focus-visible and as specific, so the layer itself (focused on open) never shows a ring.
    '.l{outline:0}' +
    'button{font:inherit;color:inherit;cursor:pointer}' +
    // Equal columns whatever the labels: the three choices get the same size, weight and colour.
    '.bs{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,10em),1fr));gap:.5em}' +
    '.box .bs{grid-template-columns:1fr}' +
    '.bs button{min-height:2.75em;padding:.5em .75em;border:2px solid var(--bb);border-radius:var(--consentry-radius,.5em);background:var(--bb);color:var(--bt);font-weight:600}' +
    '.x{float:inline-end;width:2.75em;height:2.75em;margin:-.75em;border:0;background:none;font-size:1.25em}' +
    'ul{list-style:none;margin:0;padding:0}' +
    'details ul{padding-inline-start:1em}' +
    ':not(.k)>li{padding:.5em 0;border-top:1px solid var(--k)}' +
    '.k,.n{margin:0;font-size:.875em}' +
    '.w{display:flex;align-items:center;justify-content:space-between;gap:1em;font-weight:600}' +
    'summary{cursor:pointer;padding:.25em 0}' +
    // The only inputs are switches: native checkboxes drawn with a gradient knob in currentColor, so no extra elements.
    'input{appearance:none;flex:none;width:2.75em;height:1.5em;margin:0;border:2px solid;border-radius:1em;color:var(--k);background:radial-gradient(circle closest-side,currentColor 70%,#0000 75%) 0/1.25em 100% no-repeat;cursor:pointer}' +
    ':checked{color:var(--b);border-color:var(--a);background-color:var(--a);background-position:100%}' +
    '[dir=rtl] input{transform:scaleX(-1)}' +
    ':disabled{opacity:.6;cursor:default}' +
    // Locked by a signal: hatched and dashed, not merely dimmed like an ordinary off switch.
    '.lk input{opacity:1;border-style:dashed;background:repeating-linear-gradient(-45deg,currentColor 0 1px,#0000 1px 4px)}' +
    '.lk .n{font-weight:600}' +
    // At least 24x24 CSS px (WCAG 2.2 2.5.8); a cookie drawn with gradients.
    '.r{inset-inline-start:1em;width:2.75em;height:2.75em;border:2px solid var(--b);border-radius:50%;background:radial-gradient(circle at 35% 35%,var(--bt) 9%,#0000 10%),radial-gradient(circle at 62% 62%,var(--bt) 9%,#0000 10%) var(--bb)}' +
    // Screen-reader only: one clipped pixel, so it adds no width to a narrow layer.
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap;clip-path:inset(50%)}';

/**
 * The host first in <body> (keyboard and screen reader users meet the choice before the
 * page), the UI rendered in its shadow root, then the stylesheet.
 */
function createHost(ui, nonce) {
    const host = document.createElement('div');
    host.id = 'consentry-root';
    const root = host.attachShadow({ mode: 'open' });
    // In the page before rendering, so a modal layer can take focus as it appears.
    document.body.prepend(host);
    // Before the <style>: Preact's first render into a parent removes what it did not draw.
    render(ui, root);
    // Missing before Safari 16.4, where the nonce'd <style> takes over.
    if (root.adoptedStyleSheets) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
    }
    else {
        const style = document.createElement('style');
        if (nonce)
            style.setAttribute('nonce', nonce);
        style.textContent = css;
        root.append(style);
    }
    return { host, root };
}
/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists, and again on a new `<body>`). Draws nothing until
 * `consent.$view` opens a layer or `ui.reopen` asks for the button, so a returning
 * visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
function mountUI(consent, options = {}) {
    const ui = consent.config.ui || {};
    // Read now: the drop-in calls this while its own <script> is still current.
    const script = document.currentScript;
    const nonce = options.nonce || ui.nonce || script?.nonce || undefined;
    let mounted;
    const attach = () => {
        if (!document.body)
            return;
        if (!mounted) {
            if (!consent.$view.get() && !ui.reopen)
                return;
            const tree = (jsx(ConsentUI, { consent: consent, bannerTitle: options.bannerTitle, bannerContent: options.bannerContent }));
            mounted = createHost(tree, nonce);
        }
        // A site swapped <body> (Turbo, pjax, htmx boost): the host moves, its tree with it.
        if (mounted.host.parentNode !== document.body)
            document.body.prepend(mounted.host);
    };
    // Language files (dist/lang/*.js) announce themselves with this event: no extra global.
    const texts = (event) => {
        const [lang, list] = event.detail;
        registerTexts(lang, list);
    };
    document.addEventListener('consentry:texts', texts);
    const offLinks = listenOpenLinks(consent);
    const offView = consent.$view.listen(attach);
    // In <head> there is no body yet: draw the moment the parser adds it, before its first
    // frame. Kept on afterwards, to follow a replaced <body>.
    const watch = new MutationObserver(attach);
    watch.observe(document.documentElement, { childList: true });
    attach();
    return () => {
        offView();
        offLinks();
        watch.disconnect();
        document.removeEventListener('consentry:texts', texts);
        if (mounted) {
            render(null, mounted.root);
            mounted.host.remove();
        }
    };
}

/** Arabic (written right to left) texts, written for this project. */
const ar = {
    title: 'خيارات الخصوصية',
    body: 'نستخدم ملفات تعريف الارتباط التي يحتاجها الموقع ليعمل. وبإذنك نستخدم أيضًا ملفات اختيارية تبقى معطّلة حتى توافق. يمكنك تغيير اختيارك أو سحبه في أي وقت من إعدادات ملفات تعريف الارتباط.',
    policy: 'سياسة الخصوصية',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    manage: 'إدارة التفضيلات',
    prefsTitle: 'تفضيلات ملفات تعريف الارتباط',
    prefsBody: 'اختر أنواع ملفات تعريف الارتباط التي يمكننا استخدامها.',
    save: 'حفظ التفضيلات',
    close: 'إغلاق',
    saved: 'تم حفظ التفضيلات',
    required: 'مفعّلة دائمًا: يحتاجها الموقع ليعمل.',
    locked: 'متوقفة لأن متصفحك يرسل إشارة {signal}.',
    notInUse: 'غير مستخدم',
    services: 'الخدمات وملفات تعريف الارتباط',
    cookies: 'ملفات تعريف الارتباط',
    reopen: 'إعدادات ملفات تعريف الارتباط',
    ok: 'حسنًا',
    held: '{service} محظور حتى تسمح بملفات فئة «{category}».',
    loadOnce: 'تحميل مرة واحدة',
    allowAlways: 'السماح دائمًا',
    bodyOptOut: 'نستخدم ملفات تعريف الارتباط التي يحتاجها الموقع ليعمل، وملفات اختيارية تعمل ما لم ترفضها. يوقف زر «رفض الكل» الملفات الاختيارية. يمكنك تغيير اختيارك أو سحبه في أي وقت من إعدادات ملفات تعريف الارتباط.',
    bodyNotice: 'نستخدم ملفات تعريف الارتباط التي يحتاجها الموقع ليعمل، وملفات اختيارية. يمكنك إيقاف الاختيارية في أي وقت من إعدادات ملفات تعريف الارتباط.',
    purposes: 'الأغراض الاختيارية: {list}.',
    partners: 'الأطراف الثالثة: {list}.',
};

/** German texts, written for this project. */
const de = {
    title: 'Ihre Datenschutz-Einstellungen',
    body: 'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Erlaubnis nutzen wir zusätzlich optionale Cookies; sie bleiben aus, bis Sie zustimmen. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
    policy: 'Datenschutzerklärung',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    manage: 'Einstellungen verwalten',
    prefsTitle: 'Cookie-Einstellungen',
    prefsBody: 'Wählen Sie, welche Arten von Cookies wir verwenden dürfen.',
    save: 'Auswahl speichern',
    close: 'Schließen',
    saved: 'Einstellungen gespeichert',
    required: 'Immer aktiv: Die Website braucht diese Cookies.',
    locked: 'Aus, weil Ihr Browser das Signal „{signal}“ sendet.',
    notInUse: 'Wird nicht verwendet',
    services: 'Dienste und Cookies',
    cookies: 'Cookies',
    reopen: 'Cookie-Einstellungen',
    ok: 'OK',
    held: '{service} ist blockiert, bis Sie {category}-Cookies erlauben.',
    loadOnce: 'Einmal laden',
    allowAlways: 'Immer erlauben',
    bodyOptOut: 'Wir verwenden Cookies, die für den Betrieb der Website nötig sind, und optionale Cookies, die aktiv sind, solange Sie nicht widersprechen. „Alle ablehnen“ schaltet die optionalen aus. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
    bodyNotice: 'Wir verwenden Cookies, die für den Betrieb der Website nötig sind, und optionale Cookies. Die optionalen können Sie jederzeit in den Cookie-Einstellungen ausschalten.',
    purposes: 'Optionale Zwecke: {list}.',
    partners: 'Drittanbieter: {list}.',
};

/** Spanish texts, written for this project. */
const es = {
    title: 'Tus opciones de privacidad',
    body: 'Usamos las cookies que el sitio necesita para funcionar. Con tu permiso también usamos cookies opcionales, que siguen desactivadas hasta que aceptes. Puedes cambiar o retirar tu elección en cualquier momento en la configuración de cookies.',
    policy: 'Política de privacidad',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    manage: 'Gestionar preferencias',
    prefsTitle: 'Preferencias de cookies',
    prefsBody: 'Elige qué tipos de cookies podemos usar.',
    save: 'Guardar preferencias',
    close: 'Cerrar',
    saved: 'Preferencias guardadas',
    required: 'Siempre activas: el sitio las necesita para funcionar.',
    locked: 'Desactivado porque tu navegador envía la señal {signal}.',
    notInUse: 'No se usa',
    services: 'Servicios y cookies',
    cookies: 'Cookies',
    reopen: 'Configuración de cookies',
    ok: 'Entendido',
    held: '{service} está bloqueado hasta que permitas las cookies de {category}.',
    loadOnce: 'Cargar una vez',
    allowAlways: 'Permitir siempre',
    bodyOptOut: 'Usamos las cookies que el sitio necesita para funcionar y cookies opcionales, que están activas salvo que digas que no. «Rechazar todo» desactiva las opcionales. Puedes cambiar o retirar tu elección en cualquier momento en la configuración de cookies.',
    bodyNotice: 'Usamos las cookies que el sitio necesita para funcionar y cookies opcionales. Puedes desactivar las opcionales en cualquier momento en la configuración de cookies.',
    purposes: 'Finalidades opcionales: {list}.',
    partners: 'Terceros: {list}.',
};

/** French texts, written for this project. */
const fr = {
    title: 'Vos choix de confidentialité',
    body: 'Nous utilisons les cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi des cookies facultatifs, désactivés tant que vous n’avez pas accepté. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
    policy: 'Politique de confidentialité',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    manage: 'Gérer les préférences',
    prefsTitle: 'Préférences de cookies',
    prefsBody: 'Choisissez les types de cookies que nous pouvons utiliser.',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    saved: 'Préférences enregistrées',
    required: 'Toujours actifs : le site en a besoin pour fonctionner.',
    locked: 'Désactivé, car votre navigateur envoie le signal {signal}.',
    notInUse: 'Non utilisé',
    services: 'Services et cookies',
    cookies: 'Cookies',
    reopen: 'Paramètres des cookies',
    ok: 'OK',
    held: '{service} est bloqué tant que vous n’autorisez pas les cookies « {category} ».',
    loadOnce: 'Charger une fois',
    allowAlways: 'Toujours autoriser',
    bodyOptOut: 'Nous utilisons les cookies nécessaires au fonctionnement du site, et des cookies facultatifs actifs tant que vous ne les refusez pas. « Tout refuser » désactive les cookies facultatifs. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
    bodyNotice: 'Nous utilisons les cookies nécessaires au fonctionnement du site, et des cookies facultatifs. Vous pouvez désactiver les facultatifs à tout moment dans les paramètres des cookies.',
    purposes: 'Finalités facultatives : {list}.',
    partners: 'Tiers : {list}.',
};

/** Dutch texts, written for this project. */
const nl = {
    title: 'Uw privacykeuzes',
    body: 'We gebruiken cookies die de site nodig heeft om te werken. Met uw toestemming gebruiken we ook optionele cookies; die blijven uit tot u akkoord gaat. U kunt uw keuze altijd wijzigen of intrekken in de cookie-instellingen.',
    policy: 'Privacybeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    manage: 'Voorkeuren beheren',
    prefsTitle: 'Cookievoorkeuren',
    prefsBody: 'Kies welke soorten cookies we mogen gebruiken.',
    save: 'Voorkeuren opslaan',
    close: 'Sluiten',
    saved: 'Voorkeuren opgeslagen',
    required: 'Altijd aan: de site heeft deze nodig om te werken.',
    locked: 'Uit, omdat uw browser het signaal {signal} verstuurt.',
    notInUse: 'Niet in gebruik',
    services: 'Diensten en cookies',
    cookies: 'Cookies',
    reopen: 'Cookie-instellingen',
    ok: 'OK',
    held: '{service} is geblokkeerd tot u cookies voor {category} toestaat.',
    loadOnce: 'Eén keer laden',
    allowAlways: 'Altijd toestaan',
    bodyOptOut: 'We gebruiken cookies die de site nodig heeft om te werken, en optionele cookies die aan staan tenzij u nee zegt. „Alles weigeren” zet de optionele uit. U kunt uw keuze altijd wijzigen of intrekken in de cookie-instellingen.',
    bodyNotice: 'We gebruiken cookies die de site nodig heeft om te werken, en optionele cookies. De optionele kunt u altijd uitzetten in de cookie-instellingen.',
    purposes: 'Optionele doelen: {list}.',
    partners: 'Derden: {list}.',
};

/** Polish texts, written for this project. */
const pl = {
    title: 'Twoje ustawienia prywatności',
    body: 'Używamy plików cookie niezbędnych do działania witryny. Za Twoją zgodą używamy też opcjonalnych plików cookie, które pozostają wyłączone, dopóki się nie zgodzisz. Swój wybór możesz w każdej chwili zmienić lub wycofać w ustawieniach plików cookie.',
    policy: 'Polityka prywatności',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    manage: 'Zarządzaj ustawieniami',
    prefsTitle: 'Ustawienia plików cookie',
    prefsBody: 'Wybierz, jakich plików cookie możemy używać.',
    save: 'Zapisz ustawienia',
    close: 'Zamknij',
    saved: 'Ustawienia zapisane',
    required: 'Zawsze włączone: strona potrzebuje ich do działania.',
    locked: 'Wyłączone, bo Twoja przeglądarka wysyła sygnał {signal}.',
    notInUse: 'Nieużywane',
    services: 'Usługi i pliki cookie',
    cookies: 'Pliki cookie',
    reopen: 'Ustawienia plików cookie',
    ok: 'OK',
    held: '{service} jest zablokowane, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.',
    loadOnce: 'Załaduj raz',
    allowAlways: 'Zawsze zezwalaj',
    bodyOptOut: 'Używamy plików cookie niezbędnych do działania witryny oraz opcjonalnych, które są włączone, dopóki się nie sprzeciwisz. „Odrzuć wszystkie” wyłącza opcjonalne. Swój wybór możesz w każdej chwili zmienić lub wycofać w ustawieniach plików cookie.',
    bodyNotice: 'Używamy plików cookie niezbędnych do działania witryny oraz opcjonalnych. Opcjonalne możesz w każdej chwili wyłączyć w ustawieniach plików cookie.',
    purposes: 'Cele opcjonalne: {list}.',
    partners: 'Podmioty trzecie: {list}.',
};

export { $langs, ConsentBanner, ConsentPreferences, ConsentReopen, ConsentUI, ar, css, de, es, firstLayerDetails, format, fr, langFor, listenOpenLinks, mountUI, nl, openPreferencesFrom, pl, registerTexts, textsFor, useStore, useTexts };
