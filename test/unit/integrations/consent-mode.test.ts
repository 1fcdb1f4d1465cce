import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConsentConfigError } from '../../../src/core/config'
import { createConsent } from '../../../src/core/consent'
import { decide } from '../../../src/core/decide'
import type { ConsentConfig, Model, SignalMode, Signals } from '../../../src/core/types'
import { consentMode, consentModeState, mapping } from '../../../src/integrations/consent-mode'
import { dataLayer, gpcOn, resetPage } from './helpers'

const config = {
  revision: 2,
  categories: {
    necessary: { required: true },
    preferences: {},
    analytics: { tracking: true, services: { ga: {}, hotjar: {} } },
    marketing: { tracking: true, services: { ads: {} } },
  },
  signals: { gpc: 'default-deny' },
} as const

const D = 'denied'
const G = 'granted'
/** All seven types, in Consent Mode's order; unnamed ones are denied. */
const state = (granted: string[] = []) => ({
  ad_storage: granted.includes('ad_storage') ? G : D,
  ad_user_data: granted.includes('ad_user_data') ? G : D,
  ad_personalization: granted.includes('ad_personalization') ? G : D,
  analytics_storage: granted.includes('analytics_storage') ? G : D,
  functionality_storage: granted.includes('functionality_storage') ? G : D,
  personalization_storage: granted.includes('personalization_storage') ? G : D,
  security_storage: granted.includes('security_storage') ? G : D,
})
const ALL = Object.keys(state())
const AD = ['ad_storage', 'ad_user_data', 'ad_personalization']
const PREFS = ['functionality_storage', 'personalization_storage']
const NECESSARY = ['security_storage']
const start = [['set', 'ads_data_redaction', true]]

describe('Consent Mode v2', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it('first visit: one default with all seven types and wait_for_update, no update', () => {
    consentMode(createConsent(config))
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state(NECESSARY), wait_for_update: 500 }],
      ...start,
    ])
  })

  it('accept all: default first, then an update granting every type', () => {
    const consent = createConsent(config)
    consentMode(consent)
    consent.acceptAll()
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state(NECESSARY), wait_for_update: 500 }],
      ...start,
      ['consent', 'update', state(ALL)],
    ])
  })

  it('reject all: an update with every optional type denied, still all seven keys', () => {
    const consent = createConsent(config)
    consentMode(consent)
    consent.rejectAll()
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state(NECESSARY), wait_for_update: 500 }],
      ...start,
      ['consent', 'update', state(NECESSARY)],
    ])
  })

  it('partial choice: only the types of the granted categories', () => {
    const consent = createConsent(config)
    consentMode(consent)
    consent.set({ analytics: true, preferences: true })
    expect(dataLayer().at(-1)).toEqual([
      'consent',
      'update',
      state([...NECESSARY, ...PREFS, 'analytics_storage']),
    ])
  })

  it('returning visitor: default, then at once an update from the stored record', () => {
    createConsent(config).set({ marketing: true })
    resetPageGlobalsOnly()
    consentMode(createConsent(config))
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state(NECESSARY), wait_for_update: 500 }],
      ...start,
      ['consent', 'update', state([...NECESSARY, ...AD])],
    ])
  })

  it('GPC visitor (default-deny, opt-out region): tracking types denied in the default, no banner, no update', () => {
    gpcOn()
    const consent = createConsent({ ...config, model: 'opt-out' })
    consentMode(consent)
    expect(consent.$decision.get().ask).toBe(false)
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state([...NECESSARY, ...PREFS]), wait_for_update: 500 }],
      ...start,
    ])
  })

  it('sends every later change as an update with all seven keys, and nothing for a mere refresh', () => {
    const consent = createConsent(config)
    consentMode(consent)
    consent.acceptAll()
    consent.refresh()
    consent.set({ marketing: false })
    consent.reset()
    const updates = dataLayer().filter((e: any) => e[1] === 'update') as any[]
    expect(updates.map(u => u[2])).toEqual([
      state(ALL),
      state([...NECESSARY, ...PREFS, 'analytics_storage']),
      state(NECESSARY),
    ])
    for (const u of updates) expect(Object.keys(u[2])).toEqual(ALL)
  })

  it('pushes one region-specific default per region of the model when the page does not know its region', () => {
    const consent = createConsent({
      ...config,
      model: { default: 'opt-in', regions: { US: 'opt-out', 'US-CA': 'opt-in' } },
    })
    consentMode(consent, { waitForUpdate: 800 })
    expect(dataLayer().slice(0, 3)).toEqual([
      ['consent', 'default', { ...state(NECESSARY), wait_for_update: 800 }],
      ['consent', 'default', { ...state(ALL), region: ['US'], wait_for_update: 800 }],
      ['consent', 'default', { ...state(NECESSARY), region: ['US-CA'], wait_for_update: 800 }],
    ])
  })

  it('uses the known region instead, and no region-specific defaults', () => {
    document.documentElement.setAttribute('data-consent-region', 'US')
    const consent = createConsent({
      ...config,
      model: { default: 'opt-in', regions: { US: 'opt-out' } },
    })
    consentMode(consent)
    expect(dataLayer()).toEqual([
      ['consent', 'default', { ...state(ALL), wait_for_update: 500 }],
      ...start,
    ])
  })

  it('sets ads_data_redaction and url_passthrough as asked', () => {
    consentMode(createConsent(config), { adsDataRedaction: false, urlPassthrough: true })
    expect(dataLayer().slice(1)).toEqual([['set', 'url_passthrough', true]])
  })

  it('keeps a gtag and dataLayer the page already has', () => {
    const w = window as any
    const own: unknown[][] = []
    w.dataLayer = [{ event: 'earlier' }]
    w.gtag = (...args: unknown[]) => own.push(args)
    consentMode(createConsent(config))
    expect(w.dataLayer).toEqual([{ event: 'earlier' }])
    expect(own[0]).toEqual(['consent', 'default', { ...state(NECESSARY), wait_for_update: 500 }])
  })

  it('defines gtag as Google does: it pushes its arguments object', () => {
    consentMode(createConsent(config))
    const first = (window as any).dataLayer[0]
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]')
  })

  it('maps categories and services as configured, merged over the defaults', () => {
    const consent = createConsent(config)
    const map = mapping(consent.config, {
      map: { ads: ['ad_storage'], marketing: [], preferences: ['functionality_storage'] },
    })
    expect(map).toMatchObject({
      necessary: ['security_storage'],
      preferences: ['functionality_storage'],
      ads: ['ad_storage'],
      marketing: [],
    })
    consent.set({ marketing: true })
    expect(consentModeState(map, consent.$decision.get())).toEqual(
      state([...NECESSARY, 'ad_storage']),
    )
    consent.set({}, { ads: false })
    expect(consentModeState(map, consent.$decision.get())).toEqual(state(NECESSARY))
  })

  it('grants a type only when every name mapped to it is granted', () => {
    const consent = createConsent(config)
    const map = mapping(consent.config, {
      map: { analytics: ['ad_storage'], marketing: ['ad_storage'] },
    })
    consent.set({ analytics: true })
    expect(consentModeState(map, consent.$decision.get()).ad_storage).toBe(D)
    consent.set({ marketing: true })
    expect(consentModeState(map, consent.$decision.get()).ad_storage).toBe(G)
  })

  it.each([
    [{ map: { analytcs: ['analytics_storage'] } }, 'consentMode.map.analytcs'],
    [{ map: { analytics: ['analytics'] } }, 'consentMode.map.analytics'],
    [{ map: { analytics: 'analytics_storage' } }, 'consentMode.map.analytics'],
    [{ map: 5 }, 'consentMode.map'],
    [{ mode: 'advance' }, 'consentMode.mode'],
    [{ waitForUpdate: -1 }, 'consentMode.waitForUpdate'],
    [{ urlPassthrough: 'yes' }, 'consentMode.urlPassthrough'],
    [{ waitforupdate: 500 }, 'consentMode.waitforupdate'],
  ])('refuses %j with a ConsentConfigError naming %s, before pushing anything', (options, path) => {
    const consent = createConsent(config)
    let error: any
    try {
      consentMode(consent, options as any)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConsentConfigError)
    expect(error.path).toBe(path)
    expect(dataLayer()).toEqual([])
  })
})

/** A new page view: the cookie stays, the globals go. */
function resetPageGlobalsOnly() {
  const w = window as any
  delete w.dataLayer
  delete w.gtag
}

describe('Consent Mode defaults come from decide()', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  const categories: ConsentConfig['categories'] = {
    necessary: { required: true, services: { auth: {}, legacy: { disabled: true } } },
    both: { required: true, tracking: true },
    preferences: { services: { chat: {} } },
    analytics: { tracking: true, services: { ga: {}, off: { disabled: true } } },
    marketing: { tracking: true },
  }
  const modes: (SignalMode | undefined)[] = [undefined, 'ignore', 'default-deny', 'enforce']
  const signalCases: Signals[] = [
    { dnt: false, gpc: false },
    { dnt: true, gpc: false },
    { dnt: false, gpc: true },
    { dnt: true, gpc: true },
  ]

  /** The defaults pushed by consentMode for a visitor with these signals, without a record. */
  function pushedDefaults(config: ConsentConfig, signals: Signals) {
    const consent = createConsent(config)
    Object.defineProperty(consent, 'signals', { value: signals })
    consentMode(consent)
    return dataLayer().filter((entry: any) => entry[1] === 'default') as any[]
  }

  it('pushes decide() with no record as the default, for every model, signal and signal mode', () => {
    let cases = 0
    for (const model of ['opt-in', 'opt-out', 'notice'] as Model[])
      for (const dnt of modes)
        for (const gpc of modes)
          for (const signals of signalCases) {
            resetPage()
            const config: ConsentConfig = { categories, model, signals: { dnt, gpc } }
            const decision = decide(config, null, signals, '', Date.now())
            expect(pushedDefaults(config, signals)).toEqual([
              [
                'consent',
                'default',
                { ...consentModeState(mapping(config), decision), wait_for_update: 500 },
              ],
            ])
            cases++
          }
    expect(cases).toBe(192)
  })

  it("pushes decide() for each configured region, with its signals, as that region's default", () => {
    const model = {
      default: 'opt-out',
      unknown: 'opt-in',
      regions: { DE: 'opt-in', US: 'opt-out', 'US-CA': 'notice' },
    } as const
    for (const gpc of modes)
      for (const signals of signalCases) {
        resetPage()
        const config: ConsentConfig = { categories, model, signals: { dnt: 'enforce', gpc } }
        const expected = (region: string) =>
          consentModeState(mapping(config), decide(config, null, signals, region, Date.now()))
        expect(pushedDefaults(config, signals)).toEqual([
          ['consent', 'default', { ...expected(''), wait_for_update: 500 }],
          ['consent', 'default', { ...expected('DE'), region: ['DE'], wait_for_update: 500 }],
          ['consent', 'default', { ...expected('US'), region: ['US'], wait_for_update: 500 }],
          ['consent', 'default', { ...expected('US-CA'), region: ['US-CA'], wait_for_update: 500 }],
        ])
      }
  })

  it('uses the model of an unknown region for the default that applies outside every listed region', () => {
    const config: ConsentConfig = {
      categories,
      model: { default: 'opt-out', unknown: 'opt-in', regions: { US: 'opt-out' } },
    }
    const [unlisted] = pushedDefaults(config, { dnt: false, gpc: false })
    expect(unlisted[2].analytics_storage).toBe(D)
  })
})

describe('Consent Mode and names every object inherits', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'refuses %s as a map key that is neither a category nor a service',
    name => {
      const consent = createConsent(config)
      const map = JSON.parse(`{"${name}": ["ad_storage"]}`)
      expect(() => consentMode(consent, { map })).toThrow(ConsentConfigError)
      expect(dataLayer()).toEqual([])
    },
  )

  it.each(['constructor', 'toString', 'valueOf'])(
    'does not grant a type mapped to %s, which is no category or service',
    name => {
      const map = { [name]: ['ad_storage'] } as const
      const decision = createConsent(config).$decision.get()
      expect(consentModeState(map, decision).ad_storage).toBe(D)
    },
  )

  it('refuses an inherited option name as an unknown key', () => {
    const consent = createConsent(config)
    const options = JSON.parse('{"constructor": 1}')
    expect(() => consentMode(consent, options)).toThrow(ConsentConfigError)
  })
})
