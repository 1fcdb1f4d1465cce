import { f as format, $ as $langs, r as registerTexts, t as textsFor, l as langFor } from './chunks/texts.js';
export { e as en, a as fromList, b as requestedLang } from './chunks/texts.js';
import 'nanostores';

const add = (parent, child) => {
    if (Array.isArray(child))
        child.forEach(c => add(parent, c));
    else if (child != null && typeof child != 'boolean')
        parent.append(child);
};
/**
 * Creates an element (or calls a component): `on*` functions become listeners, booleans
 * set properties (`checked`, `disabled`, `open`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
function jsx(type, props) {
    if (typeof type == 'function')
        return type(props);
    const el = document.createElement(type);
    for (const key in props) {
        const value = props[key];
        if (key == 'children' || value == null)
            continue;
        if (typeof value == 'function')
            el.addEventListener(key.slice(2).toLowerCase(), value);
        else if (typeof value == 'boolean')
            el[key] = value;
        else
            el.setAttribute(key, value);
    }
    add(el, props.children);
    return el;
}
const jsxs = jsx;

/** A link to the privacy policy, when the config has one (validated as http(s) or relative). */
const Policy = ({ consent, t }) => consent.config.policyUrl ? jsx("a", { href: consent.config.policyUrl, children: t.policy }) : null;
/**
 * The first layer: title, one paragraph, the policy link and three equal choices.
 * Under the `notice` model nothing waits for a yes, so one OK acknowledges (recorded as
 * accept-all) and Manage preferences still lets the visitor switch things off.
 */
function Banner(props) {
    const { consent, t, act, modal } = props;
    return (jsxs("div", { class: 'l ' + ((consent.config.ui || {}).layout || 'bar'), role: modal ? 'dialog' : 'region', "aria-modal": modal ? 'true' : undefined, "aria-labelledby": "bt", "aria-describedby": "bd", tabindex: modal ? -1 : undefined, children: [jsx("h2", { id: "bt", children: t.title }), jsxs("p", { id: "bd", children: [t.body, " ", jsx(Policy, { ...props })] }), jsxs("div", { class: "bs", children: [consent.$decision.get().model == 'notice' ? (jsx("button", { onClick: () => act(consent.acceptAll), children: t.ok })) : ([
                        jsx("button", { onClick: () => act(consent.acceptAll), children: t.acceptAll }),
                        jsx("button", { onClick: () => act(consent.rejectAll), children: t.rejectAll }),
                    ]), jsx("button", { class: "m", onClick: consent.showPreferences, children: t.manage })] })] }));
}

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' };
/**
 * A description line that the switch points at with aria-describedby; nothing when empty.
 * Ids end in `.d`: names cannot hold a dot, so category `a` never meets category `ad`.
 */
const Note = ({ id, text }) => (text ? jsx("p", { id: id, class: "n", children: text }) : null);
const Cookies = ({ list, label }) => list ? (jsx("ul", { class: "k", "aria-label": label, children: list.map(c => (jsxs("li", { children: [jsx("b", { children: c.name }), " ", c.purpose, " ", c.lifetime ? '(' + c.lifetime + ')' : ''] }))) })) : null;
/** A labelled native checkbox with role=switch: keyboard, forms and screen readers for free. */
const Switch = (p) => (jsxs("div", { class: "row", children: [jsx("label", { for: p.id, children: p.label }), jsx("input", { type: "checkbox", role: "switch", id: p.id, name: p.name, "data-c": p.cat, checked: p.on, disabled: p.off, "aria-describedby": p.note ? p.id + '.d' : undefined })] }));
const join = (...parts) => parts.filter(Boolean).join(' ');
/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The switches hold the draft in the DOM; Save reads
 * them back, so the dialog needs no state of its own.
 */
function Preferences(props) {
    const { consent, t, act, close } = props;
    const d = consent.$decision.get();
    // Asked again after a revision or expiry: start from what the visitor said last time.
    const last = d.valid ? null : consent.record;
    const category = (name, cat) => {
        const lock = d.locked[name];
        const fixed = !!(cat.required || lock);
        const on = !!cat.required || (!lock && (last && name in last.categories ? last.categories[name] : d.categories[name]));
        const services = Object.entries(cat.services || {});
        const id = 'c-' + name;
        const note = join(cat.description, cat.required ? t.required : lock && format(t.locked, { signal: SIGNALS[lock] }));
        return (jsxs("li", { children: [jsx(Switch, { id: id, name: name, label: cat.label || name, on: on, off: fixed, note: note }), jsx(Note, { id: id + '.d', text: note }), services.length || cat.cookieInfo ? (jsxs("details", { children: [jsx("summary", { children: t.services }), jsx(Cookies, { list: cat.cookieInfo, label: t.cookies }), jsx("ul", { children: services.map(([s, svc]) => {
                                const sid = 's-' + s;
                                const sn = join(svc.description, svc.disabled && t.notInUse);
                                const son = !svc.disabled &&
                                    !lock &&
                                    (!!cat.required || (last ? (last.services[s] ?? !!last.categories[name]) : d.services[s]));
                                return (jsxs("li", { children: [jsx(Switch, { id: sid, name: s, cat: name, label: svc.label || s, on: son, off: fixed || !!svc.disabled, note: sn }), jsx(Note, { id: sid + '.d', text: sn }), jsx(Cookies, { list: svc.cookieInfo, label: t.cookies })] }));
                            }) })] })) : null] }));
    };
    // A category and its services move together; turning one service on turns its category on.
    const sync = (e) => {
        const input = e.target;
        const cat = input.getAttribute('data-c');
        if (cat)
            input.checked && (el.querySelector('#c-' + cat).checked = true);
        else
            el.querySelectorAll('[data-c=' + input.name + ']:not(:disabled)').forEach(s => (s.checked = input.checked));
    };
    const save = () => {
        const categories = {};
        const services = {};
        el.querySelectorAll('[role=switch]:not(:disabled)').forEach(i => ((i.getAttribute('data-c') ? services : categories)[i.name] = i.checked));
        consent.set(categories, services);
    };
    const el = (jsxs("div", { class: "l p", role: "dialog", "aria-modal": "true", "aria-labelledby": "pt", "aria-describedby": "pd", tabindex: -1, onChange: sync, children: [jsx("button", { class: "x", "aria-label": t.close, onClick: close, children: "\u00D7" }), jsx("h2", { id: "pt", children: t.prefsTitle }), jsxs("p", { id: "pd", children: [t.prefsBody, " ", jsx(Policy, { ...props })] }), jsx("ul", { children: Object.entries(consent.config.categories).map(([name, cat]) => category(name, cat)) }), jsxs("div", { class: "bs", children: [jsx("button", { onClick: () => act(save), children: t.save }), jsx("button", { onClick: () => act(consent.acceptAll), children: t.acceptAll }), jsx("button", { onClick: () => act(consent.rejectAll), children: t.rejectAll })] })] }));
    return el;
}

// The whole stylesheet, one rule per line and minified by hand: a CSS minifier in the
// build would cost more to maintain than these few hundred bytes save.
//
// Classes: t theme wrapper (dark, auto), l layer (bar, box, modal; p preferences),
// bs button row, x close, r reopen button, row label + switch, n note, k cookie list,
// sr screen-reader only. Site overrides go through the --consentry-* properties,
// which inherit into the shadow root.
const dark = '{--b:var(--consentry-bg,#1c1c1e);--c:var(--consentry-text,#f2f2f7);--a:var(--consentry-accent,#8ab4f8);--bt:var(--consentry-button-text,#10213d);--k:var(--consentry-border,#98989d)}';
/** The UI's stylesheet: adopted by the shadow root, or a nonce'd `<style>` where that is missing. */
const css = 
// Important: the host sits in the page, and rules like `div:empty{display:none}` must not reach it.
':host{all:initial!important}' +
    '*{box-sizing:border-box}' +
    // Contrast: #1c1c1e on #fff 17:1; #0b57d0 links, focus rings and buttons on #fff 6.4:1; #6e6e73 borders 5.1:1.
    '.t{--b:var(--consentry-bg,#fff);--c:var(--consentry-text,#1c1c1e);--a:var(--consentry-accent,#0b57d0);--bb:var(--consentry-button-bg,var(--a));--bt:var(--consentry-button-text,#fff);--k:var(--consentry-border,#6e6e73);--r:var(--consentry-radius,.5em);--z:var(--consentry-z-index,2147483000);font:var(--consentry-font,1em/1.5 system-ui,sans-serif);color:var(--c)}' +
    // Dark: #f2f2f7 on #1c1c1e 15:1; #8ab4f8 8:1; #10213d on #8ab4f8 7.6:1.
    '.dark' + dark +
    '@media(prefers-color-scheme:dark){.auto' + dark + '}' +
    // Fixed: the banner covers the page instead of pushing it, so it never shifts layout.
    '.l{position:fixed;z-index:var(--z);max-height:100%;overflow:auto;padding:1.25em;background:var(--b);color:var(--c);box-shadow:0 0 1em #0005}' +
    '.bar{inset:auto 0 0;padding-inline:max(1.25em,(100% - var(--consentry-max-width,60em))/2);border-top:1px solid var(--k)}' +
    '.box{bottom:1em;inset-inline-end:1em;width:min(26em,100% - 2em)}' +
    '.box,.modal,.p{border-radius:var(--r)}' +
    // Centred without transforms, so the entry animation can own `transform`; the spread shadow is the backdrop.
    '.modal,.p{inset:0;margin:auto;width:min(var(--consentry-max-width,36em),100% - 2em);height:fit-content;max-height:calc(100% - 2em);box-shadow:0 0 0 100vmax #0009}' +
    '@media(prefers-reduced-motion:no-preference){.l{animation:i .2s ease-out}}' +
    '@keyframes i{from{opacity:0;transform:translateY(1em)}}' +
    'h2{font-size:1.25em;margin:0 0 .5em}' +
    'p{margin:0 0 1em}' +
    'a{color:var(--a)}' +
    ':focus-visible{outline:2px solid var(--a);outline-offset:2px}' +
    '.l:focus{outline:0}' +
    'button{font:inherit;color:inherit;cursor:pointer}' +
    // Equal columns whatever the labels: the three choices get the same size, weight and colour.
    '.bs{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,10em),1fr));gap:.5em}' +
    '.box .bs{grid-template-columns:1fr}' +
    '.bs button{min-height:2.75em;padding:.5em 1em;border:2px solid var(--bb);border-radius:var(--r);background:var(--bb);color:var(--bt);font-weight:600}' +
    '.x{float:inline-end;width:2.75em;height:2.75em;margin:-.75em;border:0;background:none;font-size:1.25em}' +
    'ul{list-style:none;margin:0;padding:0}' +
    '.p>ul{margin-bottom:1em}' +
    'details ul{padding-inline-start:1em}' +
    'li{padding:.5em 0;border-top:1px solid var(--k)}' +
    '.k{font-size:.875em}' +
    '.k li{border:0;padding:0}' +
    '.row{display:flex;align-items:center;justify-content:space-between;gap:1em;font-weight:600}' +
    '.n{margin:0;font-size:.875em}' +
    'summary{cursor:pointer;padding:.25em 0}' +
    // A native checkbox drawn as a switch: the knob is a gradient, so no extra elements.
    '[role=switch]{--s:var(--k);appearance:none;flex:none;width:2.75em;height:1.5em;margin:0;border:2px solid var(--k);border-radius:1em;background:radial-gradient(circle closest-side,var(--s) 70%,#0000 75%) 0/1.25em 100% no-repeat;cursor:pointer}' +
    '[role=switch]:checked{--s:var(--b);border-color:var(--a);background-color:var(--a);background-position:100%}' +
    '[dir=rtl] [role=switch]{transform:scaleX(-1)}' +
    '[role=switch]:disabled{opacity:.6;cursor:default}' +
    // At least 24x24 CSS px (WCAG 2.2 2.5.8); a cookie drawn with gradients.
    '.r{position:fixed;z-index:var(--z);bottom:1em;inset-inline-start:1em;width:2.75em;height:2.75em;border:2px solid var(--b);border-radius:50%;background:radial-gradient(circle at 35% 35%,var(--bt) 9%,#0000 10%),radial-gradient(circle at 62% 62%,var(--bt) 9%,#0000 10%) var(--bb)}' +
    '.sr{position:absolute;clip-path:inset(50%)}';

const RTL = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/;
/** The focused element, looking inside open shadow roots (ours included). */
const deepActive = () => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement)
        el = el.shadowRoot.activeElement;
    return el;
};
/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists). Renders only what `consent.$view` says, so a
 * returning visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
function mountUI(consent, options = {}) {
    const ui = consent.config.ui || {};
    const { $view } = consent;
    // Read now: the drop-in calls this while its own <script> is still current.
    const script = document.currentScript;
    const nonce = options.nonce || ui.nonce || (script && script.nonce) || undefined;
    const html = document.documentElement;
    const modalOf = (view) => view == 'preferences' || (view == 'banner' && ui.layout == 'modal');
    let host;
    let root;
    let theme;
    let status;
    let reopen;
    let layer = null;
    let shown = null;
    let opener = null;
    // The dialog was opened from the banner: closing it goes back there, still undecided.
    let back = false;
    let inert = [];
    let padding = null;
    // WCAG 2.2 2.4.11: keep focused elements scrolled clear of the banner. A CSSOM property
    // set, which CSP's style-src does not govern (only markup and setAttribute('style') are).
    const resize = typeof ResizeObserver == 'function'
        ? new ResizeObserver(() => {
            // Layout sizes, not getBoundingClientRect: the entry animation's transform would skew it.
            if (layer)
                html.style.scrollPaddingBottom = layer.offsetHeight + parseFloat(getComputedStyle(layer).bottom) + 'px';
        })
        : null;
    const setInert = (on) => {
        if (on) {
            for (const el of document.body.children)
                if (el != host && !el.hasAttribute('inert')) {
                    el.setAttribute('inert', '');
                    inert.push(el);
                }
        }
        else {
            inert.forEach(el => el.removeAttribute('inert'));
            inert = [];
        }
    };
    const close = () => ($view.get() == 'preferences' && back ? consent.show() : consent.hide());
    const act = (action) => {
        action();
        status.textContent = textsFor(consent).saved;
    };
    const key = (e) => {
        if (!layer || !modalOf($view.get()))
            return;
        if (e.key == 'Escape') {
            e.preventDefault();
            close();
        }
        else if (e.key == 'Tab') {
            // The first and last controls are always buttons or links, never inside a closed <details>.
            const all = layer.querySelectorAll('a[href],button,input:not(:disabled),summary');
            const first = all[0];
            const last = all[all.length - 1];
            const at = root.activeElement;
            if (e.shiftKey ? at == first || at == layer : at == last) {
                e.preventDefault();
                (e.shiftKey ? last : first).focus();
            }
        }
    };
    const draw = () => {
        const view = $view.get();
        if (!document.body || !(host || view || ui.reopen))
            return;
        if (!host) {
            host = jsx("div", { id: "consentry-root" });
            root = host.attachShadow({ mode: 'open' });
            // Missing before Safari 16.4, where the nonce'd <style> takes over.
            if (root.adoptedStyleSheets) {
                const sheet = new CSSStyleSheet();
                sheet.replaceSync(css);
                root.adoptedStyleSheets = [sheet];
            }
            else
                root.append(jsx("style", { nonce: nonce, children: css }));
            status = jsx("p", { class: "sr", role: "status" });
            reopen = jsx("button", { class: "r", onClick: () => openFrom(reopen) });
            theme = (jsxs("div", { class: 't ' + (ui.theme || ''), onKeyDown: key, children: [status, reopen] }));
            root.append(theme);
            // First in <body>: keyboard and screen reader users meet the choice before the page.
            document.body.prepend(host);
        }
        const t = textsFor(consent);
        const lang = langFor(consent);
        const focused = document.activeElement == host;
        const modal = modalOf(view);
        const was = shown;
        if (view && !was) {
            opener = deepActive();
            status.textContent = '';
        }
        if (view == 'preferences' && was != view)
            back = was == 'banner';
        theme.lang = lang;
        theme.dir = RTL.test(lang) ? 'rtl' : 'ltr';
        reopen.hidden = !ui.reopen || !!view;
        reopen.setAttribute('aria-label', t.reopen);
        if (layer)
            layer.remove();
        const props = { consent, t, act, close, modal };
        layer = view == 'banner' ? Banner(props) : view == 'preferences' ? Preferences(props) : null;
        if (layer)
            theme.append(layer);
        setInert(modal);
        if (resize && view == 'banner' && !modal) {
            if (padding == null)
                padding = html.style.scrollPaddingBottom;
            resize.disconnect();
            resize.observe(layer);
        }
        else if (padding != null) {
            resize.disconnect();
            html.style.scrollPaddingBottom = padding;
            padding = null;
        }
        shown = view;
        if (layer && modal && (view != was || focused))
            layer.focus();
        else if (view == 'banner' && was == 'preferences' && focused)
            layer.querySelector('.m').focus();
        else if (!view && was && focused && opener)
            opener.focus();
    };
    // Safari does not focus a clicked button or link: name the opener instead of trusting focus.
    const openFrom = (el) => {
        consent.showPreferences();
        opener = el;
    };
    // Delegated, so links added after load work too.
    const open = (e) => {
        const target = e.target;
        const el = target.closest && target.closest('[data-consent-open]');
        if (el) {
            e.preventDefault();
            openFrom(el);
        }
    };
    // Language files (dist/lang/*.js) announce themselves with this event: no extra global.
    const texts = (e) => {
        const [lang, list] = e.detail;
        registerTexts(lang, list);
    };
    // Content parsed after a modal opened must be inert too.
    const loaded = () => setInert(modalOf($view.get()));
    document.addEventListener('click', open);
    document.addEventListener('consentry:texts', texts);
    document.addEventListener('DOMContentLoaded', loaded);
    const offs = [$view.listen(draw), $langs.listen(draw)];
    // In <head> there is no body yet: draw the moment the parser adds it, before its first frame.
    const wait = new MutationObserver(() => document.body && (wait.disconnect(), draw()));
    if (document.body)
        draw();
    else
        wait.observe(html, { childList: true });
    return () => {
        offs.forEach(off => off());
        wait.disconnect();
        document.removeEventListener('click', open);
        document.removeEventListener('consentry:texts', texts);
        document.removeEventListener('DOMContentLoaded', loaded);
        setInert(false);
        if (padding != null)
            html.style.scrollPaddingBottom = padding;
        if (resize)
            resize.disconnect();
        if (host)
            host.remove();
    };
}

/** Arabic (written right to left) texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const ar = [
    'خيارات الخصوصية', // title
    'نستخدم ملفات تعريف الارتباط اللازمة لعمل الموقع. وبإذنك نستخدم أيضًا ملفات اختيارية لفهم الزيارات وتحسين الموقع. يمكنك تغيير اختيارك في أي وقت.', // body
    'سياسة الخصوصية', // policy
    'قبول الكل', // acceptAll
    'رفض الكل', // rejectAll
    'إدارة التفضيلات', // manage
    'تفضيلات ملفات تعريف الارتباط', // prefsTitle
    'اختر أنواع ملفات تعريف الارتباط التي يمكننا استخدامها.', // prefsBody
    'حفظ التفضيلات', // save
    'إغلاق', // close
    'تم حفظ التفضيلات', // saved
    'مفعّلة دائمًا: يحتاجها الموقع ليعمل.', // required
    'متوقفة لأن متصفحك يرسل إشارة {signal}.', // locked
    'غير مستخدم', // notInUse
    'الخدمات وملفات تعريف الارتباط', // services
    'ملفات تعريف الارتباط', // cookies
    'إعدادات ملفات تعريف الارتباط', // reopen
    'حسنًا', // ok
    '{service} محظور حتى تسمح بملفات فئة «{category}».', // held
    'تحميل مرة واحدة', // loadOnce
    'السماح دائمًا', // allowAlways
];

/** German texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const de = [
    'Ihre Datenschutz-Einstellungen', // title
    'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Erlaubnis nutzen wir zusätzlich optionale Cookies, um Besuche zu verstehen und die Website zu verbessern. Sie können Ihre Wahl jederzeit ändern.', // body
    'Datenschutzerklärung', // policy
    'Alle akzeptieren', // acceptAll
    'Alle ablehnen', // rejectAll
    'Einstellungen verwalten', // manage
    'Cookie-Einstellungen', // prefsTitle
    'Wählen Sie, welche Arten von Cookies wir verwenden dürfen.', // prefsBody
    'Auswahl speichern', // save
    'Schließen', // close
    'Einstellungen gespeichert', // saved
    'Immer aktiv: Die Website braucht diese Cookies.', // required
    'Aus, weil Ihr Browser das Signal „{signal}“ sendet.', // locked
    'Wird nicht verwendet', // notInUse
    'Dienste und Cookies', // services
    'Cookies', // cookies
    'Cookie-Einstellungen', // reopen
    'OK', // ok
    '{service} ist blockiert, bis Sie {category}-Cookies erlauben.', // held
    'Einmal laden', // loadOnce
    'Immer erlauben', // allowAlways
];

/** Spanish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const es = [
    'Tus opciones de privacidad', // title
    'Usamos cookies necesarias para que el sitio funcione. Con tu permiso, también usamos cookies opcionales para entender las visitas y mejorar el sitio. Puedes cambiar tu elección en cualquier momento.', // body
    'Política de privacidad', // policy
    'Aceptar todo', // acceptAll
    'Rechazar todo', // rejectAll
    'Gestionar preferencias', // manage
    'Preferencias de cookies', // prefsTitle
    'Elige qué tipos de cookies podemos usar.', // prefsBody
    'Guardar preferencias', // save
    'Cerrar', // close
    'Preferencias guardadas', // saved
    'Siempre activas: el sitio las necesita para funcionar.', // required
    'Desactivado porque tu navegador envía la señal {signal}.', // locked
    'No se usa', // notInUse
    'Servicios y cookies', // services
    'Cookies', // cookies
    'Configuración de cookies', // reopen
    'Entendido', // ok
    '{service} está bloqueado hasta que permitas las cookies de {category}.', // held
    'Cargar una vez', // loadOnce
    'Permitir siempre', // allowAlways
];

/** French texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const fr = [
    'Vos choix de confidentialité', // title
    'Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi des cookies facultatifs pour comprendre les visites et améliorer le site. Vous pouvez modifier votre choix à tout moment.', // body
    'Politique de confidentialité', // policy
    'Tout accepter', // acceptAll
    'Tout refuser', // rejectAll
    'Gérer les préférences', // manage
    'Préférences de cookies', // prefsTitle
    'Choisissez les types de cookies que nous pouvons utiliser.', // prefsBody
    'Enregistrer mes choix', // save
    'Fermer', // close
    'Préférences enregistrées', // saved
    'Toujours actifs : le site en a besoin pour fonctionner.', // required
    'Désactivé, car votre navigateur envoie le signal {signal}.', // locked
    'Non utilisé', // notInUse
    'Services et cookies', // services
    'Cookies', // cookies
    'Paramètres des cookies', // reopen
    'OK', // ok
    '{service} est bloqué tant que vous n’autorisez pas les cookies « {category} ».', // held
    'Charger une fois', // loadOnce
    'Toujours autoriser', // allowAlways
];

/** Dutch texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const nl = [
    'Uw privacykeuzes', // title
    'We gebruiken cookies die nodig zijn om de site te laten werken. Met uw toestemming gebruiken we ook optionele cookies om bezoeken te begrijpen en de site te verbeteren. U kunt uw keuze altijd wijzigen.', // body
    'Privacybeleid', // policy
    'Alles accepteren', // acceptAll
    'Alles weigeren', // rejectAll
    'Voorkeuren beheren', // manage
    'Cookievoorkeuren', // prefsTitle
    'Kies welke soorten cookies we mogen gebruiken.', // prefsBody
    'Voorkeuren opslaan', // save
    'Sluiten', // close
    'Voorkeuren opgeslagen', // saved
    'Altijd aan: de site heeft deze nodig om te werken.', // required
    'Uit, omdat uw browser het signaal {signal} verstuurt.', // locked
    'Niet in gebruik', // notInUse
    'Diensten en cookies', // services
    'Cookies', // cookies
    'Cookie-instellingen', // reopen
    'OK', // ok
    '{service} is geblokkeerd tot u cookies voor {category} toestaat.', // held
    'Eén keer laden', // loadOnce
    'Altijd toestaan', // allowAlways
];

/** Polish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const pl = [
    'Twoje ustawienia prywatności', // title
    'Używamy plików cookie niezbędnych do działania strony. Za Twoją zgodą używamy też opcjonalnych plików cookie, aby lepiej rozumieć odwiedziny i ulepszać stronę. Swój wybór możesz zmienić w każdej chwili.', // body
    'Polityka prywatności', // policy
    'Akceptuj wszystkie', // acceptAll
    'Odrzuć wszystkie', // rejectAll
    'Zarządzaj ustawieniami', // manage
    'Ustawienia plików cookie', // prefsTitle
    'Wybierz, jakich plików cookie możemy używać.', // prefsBody
    'Zapisz ustawienia', // save
    'Zamknij', // close
    'Ustawienia zapisane', // saved
    'Zawsze włączone: strona potrzebuje ich do działania.', // required
    'Wyłączone, bo Twoja przeglądarka wysyła sygnał {signal}.', // locked
    'Nieużywane', // notInUse
    'Usługi i pliki cookie', // services
    'Pliki cookie', // cookies
    'Ustawienia plików cookie', // reopen
    'OK', // ok
    '{service} jest zablokowane, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.', // held
    'Załaduj raz', // loadOnce
    'Zawsze zezwalaj', // allowAlways
];

export { $langs, ar, css, de, es, format, fr, langFor, mountUI, nl, pl, registerTexts, textsFor };
