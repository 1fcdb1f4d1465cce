import type { Consent } from '../core/consent';
import type { Texts } from '../core/types';
/**
 * The English texts, built in. `{signal}` in `locked` becomes the signal's name;
 * `{service}` and `{category}` in `held` become labels (see `format`). The key order is
 * the order of every `TextList`: add new keys at the end, here and there.
 */
export declare const en: Texts;
/**
 * A language's texts as a list in the order of `en`'s keys: what language files ship,
 * 100 bytes of key names lighter than an object.
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
    allowAlways: string
];
/**
 * A language list as an object.
 * @example import { de, fromList } from 'consentry/ui'; fromList(de).acceptAll // 'Alle akzeptieren'
 */
export declare const fromList: (list: TextList) => Partial<Texts>;
/**
 * Texts per language, shared by the UI and the gate's placeholders; `listen` to it
 * to draw again when a language file arrives after the first render.
 */
export declare const $langs: import("nanostores").PreinitializedWritableAtom<{
    readonly [lang: string]: Partial<Texts>;
}> & object;
/**
 * Makes a language available; anything already rendered is drawn again.
 * @example import { registerTexts, de } from 'consentry/ui'; registerTexts('de', de)
 */
export declare function registerTexts(lang: string, texts: Partial<Texts> | TextList): void;
/**
 * The language asked for: config `lang`, else `<html lang>`, else `navigator.language`.
 * @example requestedLang(consent) // 'de-at'
 */
export declare function requestedLang(consent: Consent<any>): string;
/**
 * The language the texts are in: the requested tag if registered, then its primary
 * subtag (`en-GB` -> `en`), then config `lang` when the config brings its own texts,
 * else English.
 */
export declare function langFor(consent: Consent<any>): string;
/**
 * Every text, resolved: English, then the registered language, then `config.texts`.
 * @example textsFor(consent).acceptAll // 'Accept all', or 'Alle akzeptieren' with German loaded
 */
export declare function textsFor(consent: Consent<any>): Texts;
/**
 * Replaces `{name}` placeholders in a text.
 * @example format(texts.held, { service: 'YouTube', category: 'Marketing' })
 */
export declare const format: (text: string, values: {
    [name: string]: string;
}) => string;
