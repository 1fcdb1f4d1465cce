import type { Consent } from '../core/consent';
import type { Texts } from '../core/types';
/** Every text the UI shows: the config's `Texts` (the first layer's paragraph per consent
 * model and its lists of purposes and third parties included). */
export type UITexts = Texts;
/**
 * The English texts, built in. `{signal}` in `locked` becomes the signal's name;
 * `{service}` and `{category}` in `held` become labels (see `format`).
 */
export declare const en: UITexts;
/**
 * A language's texts as a list in the order of `en`'s keys, as language files shipped
 * them before they became objects. Still accepted by `registerTexts` and `fromList`.
 */
export type TextList = readonly [
    title: string,
    body: string,
    policy: string,
    acceptAll: string,
    rejectAll: string,
    manage: string,
    prefsTitle: string,
    prefsBody: string,
    save: string,
    close: string,
    saved: string,
    required: string,
    locked: string,
    notInUse: string,
    services: string,
    cookies: string,
    reopen: string,
    ok: string,
    held: string,
    loadOnce: string,
    allowAlways: string,
    ...rest: string[]
];
/**
 * A language list as an object.
 * @example fromList(['Ihre Datenschutz-Einstellungen']).title // 'Ihre Datenschutz-Einstellungen'
 */
export declare function fromList(list: TextList): Partial<UITexts>;
/**
 * Texts per language, shared by the UI and the gate's placeholders; components
 * subscribe to it and draw again when a language file arrives after the first render.
 */
export declare const $langs: import("nanostores").PreinitializedWritableAtom<{
    readonly [lang: string]: Partial<Texts>;
}> & object;
/**
 * Makes a language available; anything already rendered is drawn again.
 * @example import { registerTexts, de } from 'consentry/ui'; registerTexts('de', de)
 */
export declare function registerTexts(lang: string, texts: Partial<UITexts> | TextList): void;
/**
 * The language asked for: config `lang`, else `<html lang>`, else `navigator.language`.
 * @example requestedLang(consent) // 'de-at'
 */
export declare function requestedLang(consent: Consent): string;
/**
 * The language the texts are in: the requested tag if registered, then its primary
 * subtag (`en-GB` -> `en`), then config `lang` when the config brings its own texts,
 * else English.
 */
export declare function langFor(consent: Consent): string;
/**
 * Every text, resolved: English, then the registered language, then `config.texts`.
 * @example textsFor(consent).acceptAll // 'Accept all', or 'Alle akzeptieren' with German loaded
 */
export declare function textsFor(consent: Consent): UITexts;
/**
 * Replaces `{name}` placeholders in a text.
 * @example format(texts.held, { service: 'YouTube', category: 'Marketing' })
 */
export declare function format(text: string, values: {
    [name: string]: string;
}): string;
