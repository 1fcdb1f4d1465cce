import { screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { TEXT_KEYS } from '../../../src/core/config'
import {
  ar,
  de,
  en,
  es,
  firstLayerDetails,
  fr,
  format,
  fromList,
  langFor,
  nl,
  pl,
  registerTexts,
  textsFor,
} from '../../../src/ui'
import { announce } from '../../../src/ui/lang/announce'
import { change, cleanup, config, renderUI, setup } from './helpers'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const languages = { de, fr, nl, es, pl, ar }
const consentWith = (extra: object = {}) => createConsent({ ...config, ...extra })

describe('texts', () => {
  it('has every key in English and in each language, none empty, placeholders kept', () => {
    // The config's texts keys come first, in their order; the UI's own after them.
    expect(Object.keys(en).slice(0, TEXT_KEYS.length)).toEqual(TEXT_KEYS)
    for (const texts of Object.values(languages)) {
      expect(Object.keys(texts)).toEqual(Object.keys(en))
      expect(Object.values(texts).every(text => text.trim())).toBe(true)
      expect(texts.locked).toContain('{signal}')
      expect(texts.held).toMatch(/\{service\}.*\{category\}|\{category\}.*\{service\}/)
      expect(texts.purposes).toContain('{list}')
      expect(texts.partners).toContain('{list}')
    }
  })

  it('says in every language that the choice can be withdrawn, per model', () => {
    const withdraw = {
      en: /withdraw/,
      de: /widerrufen/,
      fr: /retirer/,
      nl: /intrekken/,
      es: /retirar/,
      pl: /wycofać/,
      ar: /سحبه/,
    }
    for (const [code, texts] of Object.entries({ en, ...languages })) {
      expect(texts.body).toMatch(withdraw[code as keyof typeof withdraw])
      expect(texts.bodyOptOut).toMatch(withdraw[code as keyof typeof withdraw])
      // Each model has its own text.
      expect(new Set([texts.body, texts.bodyOptOut, texts.bodyNotice]).size).toBe(3)
    }
  })

  it('names the optional purposes and the third parties in use on the first layer', () => {
    const details = firstLayerDetails(config, en)
    // Marketing has nothing in use; hotjar is the one third party.
    expect(details).toEqual({
      purposes: 'Optional purposes: Analytics.',
      partners: 'Third parties: hotjar.',
    })
    expect(firstLayerDetails({ categories: { necessary: { required: true } } }, en)).toEqual({
      purposes: '',
      partners: '',
    })
  })

  it('lays English, then the registered language, then config.texts over each other', () => {
    registerTexts('de', de)
    const texts = textsFor(consentWith({ lang: 'de', texts: { title: 'Hallo' } }))
    expect([texts.title, texts.acceptAll, texts.close]).toEqual([
      'Hallo',
      'Alle akzeptieren',
      'Schließen',
    ])
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

  it('still takes a language as a list in the order of the keys, the missing ones in English', () => {
    const list = Object.values(de).slice(0, 20) as unknown as Parameters<typeof fromList>[0]
    registerTexts('de', list)
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
    expect(root().querySelector('.t')!.getAttribute('dir')).toBe('ltr')
    // What dist/lang/ar.js does.
    change(() => announce('ar', ar))
    expect(ui().getByRole('button', { name: ar.acceptAll })).toBeTruthy()
    const theme = root().querySelector('.t')!
    expect([theme.getAttribute('dir'), theme.getAttribute('lang')]).toEqual(['rtl', 'ar'])
  })

  it('keeps a language in use by the <html lang> of the page', () => {
    registerTexts('pl', pl)
    document.documentElement.lang = 'pl'
    renderUI()
    expect(screen.getByRole('heading').textContent).toBe('Twoje ustawienia prywatności')
    expect(screen.getByRole('region').closest('.t')!.getAttribute('lang')).toBe('pl')
  })
})
