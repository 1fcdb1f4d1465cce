import { atom } from 'nanostores'
import type { Consent } from '../core/consent'
import type { Texts } from '../core/types'

/** Every text the UI shows: the config's `Texts` (the first layer's paragraph per consent
 * model and its lists of purposes and third parties included). */
export type UITexts = Texts

/**
 * The English texts, built in. `{signal}` in `locked` becomes the signal's name;
 * `{service}` and `{category}` in `held` become labels (see `format`).
 */
export const en: UITexts = {
  title: 'Your privacy choices',
  body: 'We use cookies the site needs to work. With your permission we also use optional cookies, which stay off until you agree. You can change or withdraw your choice at any time in the cookie settings.',
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
  bodyOptOut:
    'We use cookies the site needs to work, and optional cookies that are on unless you say no. Reject all turns the optional ones off. You can change or withdraw your choice at any time in the cookie settings.',
  bodyNotice:
    'We use cookies the site needs to work, and optional cookies. You can switch the optional ones off at any time in the cookie settings.',
  purposes: 'Optional purposes: {list}.',
  partners: 'Third parties: {list}.',
}

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
  ...rest: string[],
]

/**
 * A language list as an object.
 * @example fromList(['Ihre Datenschutz-Einstellungen']).title // 'Ihre Datenschutz-Einstellungen'
 */
export function fromList(list: TextList): Partial<UITexts> {
  const texts: { [key: string]: string } = {}
  const keys = Object.keys(en)
  list.forEach((text, index) => {
    // A list older than the keys leaves the newer ones in English.
    if (text && index < keys.length) texts[keys[index]] = text
  })
  return texts
}

/**
 * Texts per language, shared by the UI and the gate's placeholders; components
 * subscribe to it and draw again when a language file arrives after the first render.
 */
export const $langs = /* @__PURE__ */ atom<{ readonly [lang: string]: Partial<UITexts> }>({})

/**
 * Makes a language available; anything already rendered is drawn again.
 * @example import { registerTexts, de } from 'consentry/ui'; registerTexts('de', de)
 */
export function registerTexts(lang: string, texts: Partial<UITexts> | TextList): void {
  const map = Array.isArray(texts) ? fromList(texts as TextList) : (texts as Partial<UITexts>)
  $langs.set({ ...$langs.get(), [lang.toLowerCase()]: map })
}

/**
 * The language asked for: config `lang`, else `<html lang>`, else `navigator.language`.
 * @example requestedLang(consent) // 'de-at'
 */
export function requestedLang(consent: Consent): string {
  // No document or navigator on a server or in a worker.
  const asked =
    consent.config.lang ||
    globalThis.document?.documentElement.lang ||
    globalThis.navigator?.language ||
    'en'
  return asked.toLowerCase()
}

/**
 * The language the texts are in: the requested tag if registered, then its primary
 * subtag (`en-GB` -> `en`), then config `lang` when the config brings its own texts,
 * else English.
 */
export function langFor(consent: Consent): string {
  const wanted = requestedLang(consent)
  const primary = wanted.split('-')[0]
  const langs = $langs.get()
  if (langs[wanted]) return wanted
  if (langs[primary]) return primary
  if (consent.config.texts && consent.config.lang) return wanted
  return 'en'
}

/**
 * Every text, resolved: English, then the registered language, then `config.texts`.
 * @example textsFor(consent).acceptAll // 'Accept all', or 'Alle akzeptieren' with German loaded
 */
export function textsFor(consent: Consent): UITexts {
  return { ...en, ...$langs.get()[langFor(consent)], ...consent.config.texts }
}

/**
 * Replaces `{name}` placeholders in a text.
 * @example format(texts.held, { service: 'YouTube', category: 'Marketing' })
 */
export function format(text: string, values: { [name: string]: string }): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? values[name] : placeholder,
  )
}
