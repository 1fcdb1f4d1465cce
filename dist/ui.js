import { f as format, $ as $langs, r as registerTexts, t as textsFor, l as langFor } from './chunks/texts.js';
export { e as en, a as fromList, b as requestedLang } from './chunks/texts.js';
import 'nanostores';

/**
 * Creates an element: `on*` functions become its `on...` handler, booleans set properties
 * (`checked`, `disabled`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const key in props) {
        const value = props[key];
        // A function (`call`) or a boolean is a property; `on*` names are lower-cased, the rest already are.
        if (value != null)
            value.call || value === !!value
                ? (el[key.toLowerCase()] = value)
                : el.setAttribute(key, value);
    }
    el.append(...children.flat(9).filter(c => c != null));
    return el;
}

/** One of the choices: all of the same size, weight and colour. */
const button = (label, onClick, cls) => (h("button", { class: cls, onClick: onClick }, label));
/** Accept all and Reject all, in the banner and in the dialog. */
const choices = ({ consent, t, act }) => [
    button(t.acceptAll, act(consent.acceptAll)),
    button(t.rejectAll, act(consent.rejectAll)),
];
/**
 * What both layers are: a region (or a modal dialog) labelled by its title and described
 * by its paragraph, which ends with a link to the privacy policy when the config has one
 * (validated as http(s) or relative); then the row of choices. `top` goes before the
 * title, `list` between the paragraph and the choices. Title and paragraph get the ids
 * `<id>t` and `<id>d`: `bt`, `bd` in the banner, `pt`, `pd` in the dialog.
 */
const layer = ({ consent, t, modal }, id, cls, title, body, buttons, top, list, url = consent.config.policyUrl) => (h("div", { class: 'l ' + cls, "aria-labelledby": id + 't', "aria-describedby": id + 'd', ...(modal ? { role: 'dialog', 'aria-modal': 'true', tabindex: -1 } : { role: 'region' }) },
    top,
    h("h2", { id: id + 't' }, title),
    h("p", { id: id + 'd' },
        body,
        " ",
        url ? h("a", { href: url }, t.policy) : null),
    list,
    h("div", { class: "bs" }, buttons)));
/**
 * The first layer: title, one paragraph, the policy link and three equal choices.
 * Under the `notice` model nothing waits for a yes, so one OK acknowledges (recorded as
 * accept-all) and Manage preferences still lets the visitor switch things off.
 */
const Banner = (props, layout, { consent, t, act } = props) => layer(props, 'b', layout, t.title, t.body, [
    consent.$decision.get().model == 'notice'
        ? button(t.ok, act(consent.acceptAll))
        : choices(props),
    button(t.manage, consent.showPreferences, 'm'),
]);

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' };
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
    const cookies = (list) => list ? (h("ul", { class: "k", "aria-label": t.cookies }, list.map(c => (h("li", null,
        h("b", null, c.name),
        " ",
        c.purpose,
        " ",
        c.lifetime ? '(' + c.lifetime + ')' : ''))))) : null;
    /**
     * A labelled native checkbox with role=switch (keyboard, forms and screen readers for
     * free), the note it points at with aria-describedby, then `more`. The label is the
     * config's `label` (else the name), the note its `description` then `extra`. Ids end in
     * `.d`: names cannot hold a dot, so category `a` never meets category `ad`.
     */
    const item = (id, name, cfg, on, off, extra, more, cat, note = [cfg.description, extra].filter(Boolean).join(' ')) => (h("li", null,
        h("div", { class: "w" },
            h("label", { for: id }, cfg.label || name),
            h("input", { type: "checkbox", role: "switch", id: id, name: name, "data-c": cat, checked: on, disabled: off, "aria-describedby": note ? id + '.d' : undefined })),
        note ? (h("p", { id: id + '.d', class: "n" }, note)) : null,
        more));
    const category = ([name, cat]) => {
        const lock = d.locked[name];
        const fixed = !!(cat.required || lock);
        const services = Object.entries(cat.services || {});
        return item('c-' + name, name, cat, !!cat.required ||
            (!lock && (last && name in last.categories ? last.categories[name] : d.categories[name])), fixed, cat.required ? t.required : lock && format(t.locked, { signal: SIGNALS[lock] }), services.length || cat.cookieInfo ? (h("details", null,
            h("summary", null, t.services),
            cookies(cat.cookieInfo),
            h("ul", null, services.map(([s, svc]) => item('s-' + s, s, svc, !svc.disabled &&
                !lock &&
                (!!cat.required ||
                    (last ? (last.services[s] ?? !!last.categories[name]) : d.services[s])), fixed || !!svc.disabled, svc.disabled && t.notInUse, cookies(svc.cookieInfo), name))))) : null);
    };
    const save = () => {
        const categories = {};
        const services = {};
        el.querySelectorAll('input:not(:disabled)').forEach(i => ((i.dataset.c ? services : categories)[i.name] = i.checked));
        consent.set(categories, services);
    };
    const el = layer(props, 'p', 'p', t.prefsTitle, t.prefsBody, [button(t.save, act(save)), choices(props)], h("button", { class: "x", "aria-label": t.close, onClick: close }, "\u00D7"), h("ul", null, Object.entries(consent.config.categories).map(category)));
    // A category and its services move together; turning one service on turns its category on.
    el.onchange = e => {
        const input = e.target;
        const cat = input.dataset.c;
        if (cat)
            input.checked && (el.querySelector('#c-' + cat).checked = true);
        else
            el.querySelectorAll('[data-c=' + input.name + ']:not(:disabled)').forEach(s => (s.checked = input.checked));
    };
    return el;
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
    '.bar{inset:auto 0 0;padding-inline:max(1.25em,(100% - var(--consentry-max-width,60em))/2);border-top:1px solid var(--k)}' +
    '.box,.r{bottom:1em}.box{inset-inline-end:1em;width:min(100% - 2em,26em)}' +
    '.box,.modal,.p{border-radius:var(--consentry-radius,.5em)}' +
    // Centred without transforms, so the entry animation can own `transform`; the spread shadow is the backdrop.
    '.modal,.p{inset:0;margin:auto;width:min(100% - 2em,var(--consentry-max-width,36em));height:fit-content;max-height:min(100% - 2em);box-shadow:0 0 0 100vmax #0009}' +
    '@media(prefers-reduced-motion:no-preference){.l{animation:i .2s ease-out}}' +
    '@keyframes i{from{opacity:0;transform:translateY(1em)}}' +
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
    '.bs button{min-height:2.75em;padding:.5em 1em;border:2px solid var(--bb);border-radius:var(--consentry-radius,.5em);background:var(--bb);color:var(--bt);font-weight:600}' +
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
    // At least 24x24 CSS px (WCAG 2.2 2.5.8); a cookie drawn with gradients.
    '.r{inset-inline-start:1em;width:2.75em;height:2.75em;border:2px solid var(--b);border-radius:50%;background:radial-gradient(circle at 35% 35%,var(--bt) 9%,#0000 10%),radial-gradient(circle at 62% 62%,var(--bt) 9%,#0000 10%) var(--bb)}' +
    '.sr{position:absolute;clip-path:inset(50%)}';

const RTL = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/;
/** The focused element, looking inside open shadow roots (ours included). */
const deepActive = (el = document.activeElement) => el?.shadowRoot?.activeElement
    ? deepActive(el.shadowRoot.activeElement)
    : el;
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
    const nonce = options.nonce || ui.nonce || script?.nonce || undefined;
    const html = document.documentElement;
    let host;
    let root;
    let theme;
    let status;
    let reopen;
    // Those without an initial value start undefined, which every test here treats as null or false.
    let layer;
    let shown;
    // The open layer is modal: the page behind is inert, Tab stays inside, Escape closes.
    let modal;
    let opener;
    // The dialog was opened from the banner: closing it goes back there, still undecided.
    let back;
    let inert = [];
    let padding;
    // WCAG 2.2 2.4.11: keep focused elements scrolled clear of the banner. A CSSOM property
    // set, which CSP's style-src does not govern (only markup and setAttribute('style') are).
    // Every browser that parses this bundle (ES2020) has ResizeObserver.
    const resize = new ResizeObserver(() => {
        // Layout sizes, not getBoundingClientRect: the entry animation's transform would skew it.
        if (layer)
            html.style.scrollPaddingBottom =
                layer.offsetHeight + parseFloat(getComputedStyle(layer).bottom) + 'px';
    });
    // Marks what is not inert yet, and only that, so a site's own inert stays when we undo ours.
    const setInert = (on) => {
        inert.forEach(el => el.removeAttribute('inert'));
        inert = on
            ? [...document.body.children].filter(el => el != host && !el.hasAttribute('inert'))
            : [];
        inert.forEach(el => el.setAttribute('inert', ''));
    };
    const close = () => (shown == 'preferences' && back ? consent.show() : consent.hide());
    const act = (action) => () => {
        action();
        status.textContent = textsFor(consent).saved;
    };
    const key = (e) => {
        if (!modal)
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
            host = h("div", { id: "consentry-root" });
            root = host.attachShadow({ mode: 'open' });
            // Missing before Safari 16.4, where the nonce'd <style> takes over.
            if (root.adoptedStyleSheets) {
                const sheet = new CSSStyleSheet();
                sheet.replaceSync(css);
                root.adoptedStyleSheets = [sheet];
            }
            else
                root.append(h("style", { nonce: nonce }, css));
            status = h("p", { class: "sr", role: "status" });
            reopen = h("button", { class: "r", onClick: () => openFrom(reopen) });
            theme = (h("div", { class: 't ' + (ui.theme || ''), onKeyDown: key },
                status,
                reopen));
            root.append(theme);
            // First in <body>: keyboard and screen reader users meet the choice before the page.
            document.body.prepend(host);
        }
        const t = textsFor(consent);
        const lang = langFor(consent);
        const focused = document.activeElement == host;
        const was = shown;
        modal = view == 'preferences' || (view == 'banner' && ui.layout == 'modal');
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
        layer?.remove();
        const props = { consent, t, act, close, modal };
        layer = view && (view == 'banner' ? Banner(props, ui.layout || 'bar') : Preferences(props));
        if (layer)
            theme.append(layer);
        setInert(modal);
        resize.disconnect();
        if (view == 'banner' && !modal) {
            if (padding == null)
                padding = html.style.scrollPaddingBottom;
            resize.observe(layer);
        }
        else if (padding != null) {
            html.style.scrollPaddingBottom = padding;
            padding = null;
        }
        shown = view;
        if (layer && modal && (view != was || focused))
            layer.focus();
        else if (view == 'banner' && was == 'preferences' && focused)
            layer.querySelector('.m').focus();
        // Back to the opener; not to <body> (nothing opened it, and body.focus() would only force a
        // synchronous style and layout pass into the click that decided).
        else if (!view && was && focused && opener && opener != document.body)
            opener.focus();
    };
    // Safari does not focus a clicked button or link: name the opener instead of trusting focus.
    const openFrom = (el) => {
        consent.showPreferences();
        opener = el;
    };
    const listeners = [
        // Delegated, so links added after load work too.
        [
            'click',
            (e) => {
                const target = e.target;
                const el = target.closest?.('[data-consent-open]');
                if (el) {
                    e.preventDefault();
                    openFrom(el);
                }
            },
        ],
        // Language files (dist/lang/*.js) announce themselves with this event: no extra global.
        [
            'consentry:texts',
            (e) => registerTexts(...e.detail),
        ],
        // Content parsed after a modal opened must be inert too.
        ['DOMContentLoaded', () => setInert(modal)],
    ];
    listeners.forEach(([type, fn]) => document.addEventListener(type, fn));
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
        listeners.forEach(([type, fn]) => document.removeEventListener(type, fn));
        setInert(false);
        if (padding != null)
            html.style.scrollPaddingBottom = padding;
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
