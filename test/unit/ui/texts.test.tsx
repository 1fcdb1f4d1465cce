import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import {
  $langs,
  ar as arList,
  de as deList,
  en,
  es,
  fr,
  format,
  fromList,
  langFor,
  nl,
  pl,
  registerTexts,
  textsFor,
} from '../../../src/ui'
import type { Texts } from '../../../src/core/types'
import { cleanup, config, setup } from './helpers'

const reset = () => $langs.set({})
beforeEach(reset)
afterEach(() => {
  cleanup()
  reset()
  vi.unstubAllGlobals()
})

const [de, ar] = [fromList(deList) as Texts, fromList(arList) as Texts]
const consentWith = (extra: object = {}) => createConsent({ ...config, ...extra })

describe('texts', () => {
  it('has every key in English and in each language, none empty', () => {
    // Language files are lists in this order: it must only ever grow at the end.
    expect(Object.keys(en).join(' ')).toBe(
      'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways',
    )
    for (const list of [deList, fr, nl, es, pl, arList]) {
      expect(list).toHaveLength(21)
      const texts = fromList(list) as Texts
      expect(Object.keys(texts)).toEqual(Object.keys(en))
      expect(Object.values(texts).every(v => v.trim())).toBe(true)
      // Placeholders survive translation.
      expect(texts.locked).toContain('{signal}')
      expect(texts.held).toMatch(/\{service\}.*\{category\}|\{category\}.*\{service\}/)
    }
  })

  it('lays English, then the registered language, then config.texts over each other', () => {
    registerTexts('de', deList)
    const texts = textsFor(consentWith({ lang: 'de', texts: { title: 'Hallo' } }))
    expect([texts.title, texts.acceptAll, texts.held]).toEqual([
      'Hallo',
      'Alle akzeptieren',
      de.held,
    ])
    expect(textsFor(consentWith({ lang: 'de', texts: { title: 'Hallo' } })).close).toBe('Schließen')
    registerTexts('de', { acceptAll: 'Ja' })
    expect(textsFor(consentWith({ lang: 'de' })).rejectAll).toBe('Reject all')
  })

  it('picks the language from config, else <html lang>, else navigator.language', () => {
    registerTexts('fr', fr)
    registerTexts('nl', nl)
    registerTexts('es', es)
    vi.stubGlobal('navigator', { ...navigator, language: 'es-MX' })
    expect(langFor(consentWith())).toBe('es')
    document.documentElement.lang = 'nl-BE'
    expect(langFor(consentWith())).toBe('nl')
    expect(langFor(consentWith({ lang: 'fr' }))).toBe('fr')
  })

  it('falls back from en-GB to en to English, and from an unknown language to English', () => {
    expect(langFor(consentWith({ lang: 'en-GB' }))).toBe('en')
    expect(textsFor(consentWith({ lang: 'de-AT' })).title).toBe(en.title)
    registerTexts('de-at', { title: 'Servus' })
    registerTexts('de', de)
    expect(textsFor(consentWith({ lang: 'de-AT' })).title).toBe('Servus')
    expect(textsFor(consentWith({ lang: 'de-CH' })).title).toBe(de.title)
  })

  it('leaves keys a language list does not have yet in English', () => {
    registerTexts('de', deList.slice(0, 20) as unknown as typeof deList)
    const texts = textsFor(consentWith({ lang: 'de' }))
    expect([texts.loadOnce, texts.allowAlways]).toEqual(['Einmal laden', 'Always allow'])
  })

  it('replaces placeholders and leaves unknown ones alone', () => {
    expect(format(en.held, { service: 'YouTube', category: 'Marketing' })).toBe(
      'YouTube is blocked until you allow Marketing cookies.',
    )
    expect(format('{a} {b}', { a: '1' })).toBe('1 {b}')
  })

  it('redraws in a language that arrives after the banner, right to left for Arabic', () => {
    const { ui, root } = setup({ ...config, lang: 'ar' })
    expect(ui().getByRole('button', { name: 'Accept all' })).toBeTruthy()
    expect(root().firstElementChild!.getAttribute('dir')).toBe('ltr')
    // What dist/lang/ar.js does.
    document.dispatchEvent(new CustomEvent('consentry:texts', { detail: ['ar', arList] }))
    expect(ui().getByRole('button', { name: ar.acceptAll })).toBeTruthy()
    const theme = root().querySelector('.t')!
    expect([theme.getAttribute('dir'), theme.getAttribute('lang')]).toEqual(['rtl', 'ar'])
  })

  it('keeps a language in use by the <html lang> of the page', () => {
    registerTexts('pl', pl)
    document.documentElement.lang = 'pl'
    const { ui, root } = setup()
    expect(ui().getByRole('heading').textContent).toBe('Twoje ustawienia prywatności')
    expect(root().querySelector('.t')!.getAttribute('lang')).toBe('pl')
  })
})
