import Cookies from 'js-cookie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../src/core/consent'
import { decodeRecord, encodeRecord } from '../../src/core/codec'

const config = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: {}, hotjar: {} } },
    marketing: { tracking: true },
  },
  signals: { gpc: 'enforce' },
} as const

const clearCookies = () => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
}

describe('createConsent', () => {
  beforeEach(clearCookies)
  afterEach(() => {
    clearCookies()
    vi.unstubAllGlobals()
  })

  it('starts with optional categories denied and asks (opt-in)', () => {
    const consent = createConsent(config)
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.$decision.get().ask).toBe(true)
    expect(consent.$view.get()).toBe('banner')
    expect(consent.record).toBeNull()
  })

  it('acceptAll grants everything, writes the cookie and closes the banner', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: true })
    expect(consent.get('ga')).toBe(true)
    expect(consent.$view.get()).toBeNull()
    const stored = decodeRecord(Cookies.get('consentry'))
    expect(stored).toMatchObject({
      method: 'accept-all',
      revision: 1,
      categories: { necessary: true, analytics: true, marketing: true },
      services: {},
    })
    expect(stored!.id).toBe(consent.record!.id)
  })

  it('rejectAll denies every optional category and keeps the consent id on a second decision', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    const id = consent.record!.id
    consent.rejectAll()
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.record).toMatchObject({ id, method: 'reject-all' })
  })

  it('set changes only what it names, and stores only services that differ from their category', () => {
    const consent = createConsent(config)
    consent.set({ analytics: true }, { hotjar: false })
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.get('ga')).toBe(true)
    expect(consent.get('hotjar')).toBe(false)
    expect(consent.record).toMatchObject({ method: 'custom', services: { hotjar: false } })
    consent.set({ marketing: true })
    expect(consent.get('hotjar')).toBe(false)
  })

  it('cannot deny a required category', () => {
    const consent = createConsent(config)
    consent.set({ necessary: false })
    expect(consent.get('necessary')).toBe(true)
  })

  it('calls subscribers at once and once per change, not for a decision that changes nothing', () => {
    const consent = createConsent(config)
    const calls: boolean[] = []
    const off = consent.subscribe(state => calls.push(state.analytics))
    consent.acceptAll()
    consent.acceptAll()
    consent.rejectAll()
    off()
    consent.acceptAll()
    expect(calls).toEqual([false, true, false])
  })

  it('calls subscribers when only a service changes', () => {
    const consent = createConsent(config)
    consent.set({ analytics: true })
    const calls: [boolean, boolean][] = []
    consent.subscribe(() => calls.push([consent.get('analytics'), consent.get('hotjar')]))
    consent.set({}, { hotjar: false })
    consent.set({}, { hotjar: false })
    expect(calls).toEqual([
      [true, true],
      [true, false],
    ])
  })

  it('keeps the category map of $consent when only a service or the record changes', () => {
    const consent = createConsent(config)
    consent.set({ analytics: true })
    const categories = consent.$consent.get()
    const notified: unknown[] = []
    const stop = consent.$consent.listen(state => notified.push(state))
    consent.set({}, { ga: false })
    consent.acceptAll()
    consent.set({ marketing: false })
    stop()
    expect(notified).toHaveLength(2)
    expect(notified[0]).not.toBe(categories)
    expect(notified[1]).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.get()).toBe(notified[1])
  })

  it('notifies $decision listeners only when something in the decision changed', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    let calls = 0
    const stop = consent.$decision.listen(() => calls++)
    consent.refresh()
    consent.acceptAll()
    expect(calls).toBe(0)
    consent.rejectAll()
    stop()
    expect(calls).toBe(1)
  })

  it('resolves whenGranted once the category is granted', async () => {
    const consent = createConsent(config)
    const log: string[] = []
    void consent.whenGranted('analytics').then(() => log.push('analytics'))
    void consent.whenGranted('ga').then(() => log.push('ga'))
    await Promise.resolve()
    expect(log).toEqual([])
    consent.set({ analytics: true })
    await new Promise(r => setTimeout(r))
    expect(log).toEqual(['analytics', 'ga'])
  })

  it.each(['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'])(
    'answers false for %s, a name every object has built in, before and after Accept all',
    name => {
      const consent = createConsent(config)
      const get = consent.get as (name: string) => boolean
      expect(get(name)).toBe(false)
      consent.acceptAll()
      expect(get(name)).toBe(false)
    },
  )

  it('never resolves whenGranted for a built-in name, before a choice or after one', async () => {
    const consent = createConsent(config)
    const whenGranted = consent.whenGranted as (name: string) => Promise<void>
    const resolved: string[] = []
    for (const name of ['constructor', 'toString', 'valueOf'])
      void whenGranted(name).then(() => resolved.push(name))
    await new Promise(resolve => setTimeout(resolve))
    consent.acceptAll()
    await new Promise(resolve => setTimeout(resolve))
    expect(resolved).toEqual([])
  })

  it('reads the stored choice on the next page view', () => {
    createConsent(config).set({ analytics: true })
    const again = createConsent(config)
    expect(again.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(again.$decision.get().ask).toBe(false)
    expect(again.$view.get()).toBeNull()
  })

  it('asks again after a revision bump, keeping the old record for preselection', () => {
    createConsent(config).acceptAll()
    const bumped = createConsent({ ...config, revision: 2 })
    expect(bumped.$decision.get().ask).toBe(true)
    expect(bumped.get('analytics')).toBe(false)
    expect(bumped.record!.categories.analytics).toBe(true)
  })

  it('reset forgets the choice and shows the banner', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    consent.reset()
    expect(Cookies.get('consentry')).toBeUndefined()
    expect(consent.record).toBeNull()
    expect(consent.get('analytics')).toBe(false)
    expect(consent.$view.get()).toBe('banner')
  })

  it('keeps enforced categories denied even on acceptAll (GPC)', () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true })
    const consent = createConsent(config)
    expect(consent.signals).toEqual({ dnt: false, gpc: true })
    expect(consent.$decision.get().ask).toBe(false)
    consent.acceptAll()
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('writes no cookie under a cookieless signal, but keeps the choice for the page view', () => {
    vi.stubGlobal('navigator', { ...navigator, doNotTrack: '1' })
    const consent = createConsent({
      categories: { necessary: { required: true }, prefs: {}, ads: { tracking: true } },
      signals: { dnt: 'enforce', cookieless: true },
    })
    consent.set({ prefs: true })
    expect(document.cookie).toBe('')
    expect(consent.get()).toEqual({ necessary: true, prefs: true, ads: false })
  })

  it('keeps the choice in memory when cookies cannot be written', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} })
    try {
      const consent = createConsent(config)
      consent.acceptAll()
      expect(consent.get('analytics')).toBe(true)
      consent.refresh()
      expect(consent.get('analytics')).toBe(true)
    } finally {
      delete (document as any).cookie
    }
  })

  it('keeps a decision in memory when the browser drops its write and an older record (same id) stays', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    const older = Cookies.get('consentry')
    // From now on every write is dropped; reads still see the older record.
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => 'consentry=' + older,
      set: () => {},
    })
    try {
      consent.rejectAll()
      consent.refresh()
      expect(consent.record).toMatchObject({ method: 'reject-all' })
      expect(consent.get('analytics')).toBe(false)
    } finally {
      delete (document as any).cookie
    }
  })

  it('writes no record the decoder could not read back, and keeps that choice in memory', () => {
    const services: { [name: string]: object } = {}
    for (let i = 0; i < 100; i++)
      services['service-with-a-long-name-' + String(i).padStart(3, '0')] = {}
    const big = createConsent({
      categories: { necessary: { required: true }, analytics: { services } },
    })
    const withEveryServiceOff = Object.fromEntries(Object.keys(services).map(name => [name, false]))
    big.set({ analytics: true }, withEveryServiceOff)
    expect(() => encodeRecord(big.record!)).toThrow(RangeError)
    expect(Cookies.get('consentry')).toBeUndefined()
    big.refresh()
    expect(big.get('analytics')).toBe(true)
    expect(big.record).toMatchObject({ method: 'custom' })
  })

  it('survives document.cookie throwing: nothing granted, asks, no exception', () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new Error('SecurityError')
      },
      set: () => {
        throw new Error('SecurityError')
      },
    })
    try {
      const consent = createConsent(config)
      expect(consent.get('analytics')).toBe(false)
      expect(() => consent.acceptAll()).not.toThrow()
      expect(consent.get('analytics')).toBe(true)
    } finally {
      delete (document as any).cookie
    }
  })

  it('dispatches consentry:ready once and consentry:change per change with state and record', async () => {
    const events: [string, any][] = []
    const listen = (e: Event) => events.push([e.type, (e as CustomEvent).detail])
    document.addEventListener('consentry:ready', listen)
    document.addEventListener('consentry:change', listen)
    const consent = createConsent(config)
    await Promise.resolve()
    consent.set({ analytics: true })
    consent.set({ marketing: true })
    document.removeEventListener('consentry:ready', listen)
    document.removeEventListener('consentry:change', listen)
    expect(events.map(e => e[0])).toEqual([
      'consentry:ready',
      'consentry:change',
      'consentry:change',
    ])
    expect(events[1][1].state).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(events[1][1].record.method).toBe('custom')
  })

  it('throws a ConsentConfigError for a bad config', () => {
    expect(() => createConsent({ categories: { a: { tracking: 'yes' } } } as any)).toThrow(
      'categories.a.tracking: expected true or false',
    )
  })

  describe('in a production build (process.env.NODE_ENV = production)', () => {
    beforeEach(() => vi.stubEnv('NODE_ENV', 'production'))
    afterEach(() => vi.unstubAllEnvs())

    it('skips the full check, so a typo is not reported', () => {
      expect(() => createConsent({ ...config, categorys: {} } as any)).not.toThrow()
    })

    it('still refuses a policyUrl that is not http(s)', () => {
      expect(() => createConsent({ ...config, policyUrl: ' javascript:alert(1)' })).toThrow(
        'policyUrl: expected an http(s) or relative URL',
      )
      expect(() => createConsent({ ...config, policyUrl: '/privacy' })).not.toThrow()
    })

    it('still keeps a third-party tracking service off under thirdPartyTracking: false', () => {
      const consent = createConsent({
        thirdPartyTracking: false,
        categories: { ads: { tracking: true, services: { pixel: { thirdParty: true }, own: {} } } },
      })
      consent.acceptAll()
      expect(consent.get('ads')).toBe(true)
      expect(consent.get('own')).toBe(true)
      expect(consent.get('pixel')).toBe(false)
    })
  })

  it('reads the region from <html data-consent-region>', () => {
    document.documentElement.setAttribute('data-consent-region', 'US-CA')
    try {
      const consent = createConsent({
        ...config,
        model: { default: 'opt-in', regions: { US: 'opt-out' } },
      })
      expect(consent.get('analytics')).toBe(true)
    } finally {
      document.documentElement.removeAttribute('data-consent-region')
    }
  })
})
