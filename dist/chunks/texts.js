import { atom } from 'nanostores';

/**
 * The English texts, built in. `{signal}` in `locked` becomes the signal's name;
 * `{service}` and `{category}` in `held` become labels (see `format`). The key order is
 * the order of every `TextList`: add new keys at the end, here and there.
 */
const en = {
    title: 'Your privacy choices',
    body: 'We use cookies the site needs to work. With your permission we also use optional cookies to understand visits and improve the site. You can change your choice at any time.',
    policy: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    manage: 'Manage preferences',
    prefsTitle: 'Cookie preferences',
    prefsBody: 'Choose which kinds of cookies we may use.',
    save: 'Save preferences',
    close: 'Close',
    saved: 'Preferences saved',
    required: 'Always on: the site needs these to work.',
    locked: 'Off because your browser sends the {signal} signal.',
    notInUse: 'Not in use',
    services: 'Services and cookies',
    cookies: 'Cookies',
    reopen: 'Cookie settings',
    ok: 'OK',
    held: '{service} is blocked until you allow {category} cookies.',
    loadOnce: 'Load once',
    allowAlways: 'Always allow',
};
/**
 * A language list as an object.
 * @example import { de, fromList } from 'consentry/ui'; fromList(de).acceptAll // 'Alle akzeptieren'
 */
const fromList = (list) => {
    const texts = {};
    // A list older than the keys leaves the newer ones in English.
    Object.keys(en).forEach((key, i) => list[i] && (texts[key] = list[i]));
    return texts;
};
/**
 * Texts per language, shared by the UI and the gate's placeholders; `listen` to it
 * to draw again when a language file arrives after the first render.
 */
const $langs = /* @__PURE__ */ atom({});
/**
 * Makes a language available; anything already rendered is drawn again.
 * @example import { registerTexts, de } from 'consentry/ui'; registerTexts('de', de)
 */
function registerTexts(lang, texts) {
    const map = Array.isArray(texts) ? fromList(texts) : texts;
    $langs.set({ ...$langs.get(), [lang.toLowerCase()]: map });
}
/**
 * The language asked for: config `lang`, else `<html lang>`, else `navigator.language`.
 * @example requestedLang(consent) // 'de-at'
 */
function requestedLang(consent) {
    // No document or navigator on a server or in a worker.
    return (consent.config.lang ||
        globalThis.document?.documentElement.lang ||
        globalThis.navigator?.language ||
        'en').toLowerCase();
}
/**
 * The language the texts are in: the requested tag if registered, then its primary
 * subtag (`en-GB` -> `en`), then config `lang` when the config brings its own texts,
 * else English.
 */
function langFor(consent) {
    const want = requestedLang(consent);
    const base = want.split('-')[0];
    const langs = $langs.get();
    return langs[want]
        ? want
        : langs[base]
            ? base
            : consent.config.texts && consent.config.lang
                ? want
                : 'en';
}
/**
 * Every text, resolved: English, then the registered language, then `config.texts`.
 * @example textsFor(consent).acceptAll // 'Accept all', or 'Alle akzeptieren' with German loaded
 */
function textsFor(consent) {
    return { ...en, ...$langs.get()[langFor(consent)], ...consent.config.texts };
}
/**
 * Replaces `{name}` placeholders in a text.
 * @example format(texts.held, { service: 'YouTube', category: 'Marketing' })
 */
const format = (text, values) => text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? values[name] : m));

export { $langs as $, fromList as a, requestedLang as b, en as e, format as f, langFor as l, registerTexts as r, textsFor as t };
