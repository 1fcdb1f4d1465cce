// A category whose services are all disabled has nothing in use: it is never granted, and
// every part that reports a decision says so alike (Accept all, set, the consent cookie,
// Consent Mode, receipts, the generated policy).
import Cookies from 'js-cookie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { decodeRecord, encodeRecord } from '../../src/core/codec'
import { createConsent } from '../../src/core/consent'
import { consentMode } from '../../src/integrations/consent-mode'
import { receipts, type Receipt } from '../../src/integrations/receipts'
import { messageandchat } from '../../src/presets'
import { dataLayer, resetPage } from './integrations/helpers'

const config = {
  revision: 1,
  lang: 'en',
  categories: {
    necessary: { required: true },
    analytics: { usedForTracking: true, services: { stats: {} } },
    marketing: { usedForTracking: true, services: { adsense: { disabled: true } } },
  },
  receipts: { endpoint: '/api/receipts' },
} as const

const stored = () => decodeRecord(Cookies.get('consentry'))
const tick = () => new Promise(resolve => setTimeout(resolve, 0))

describe('a category with nothing in use', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it('is recorded as denied by Accept all, in the record and in the cookie', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.get('marketing')).toBe(false)
    expect(consent.get('adsense')).toBe(false)
    expect(consent.record).toMatchObject({
      method: 'accept-all',
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
    })
    expect(stored()!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  })

  it('is not granted by set(), nor by a cookie that says it was', () => {
    const consent = createConsent(config)
    consent.set({ marketing: true }, { adsense: true })
    expect(consent.record!.categories.marketing).toBe(false)
    expect(consent.get('marketing')).toBe(false)
    expect(consent.get('adsense')).toBe(false)
    const forged = encodeRecord({
      ...consent.record!,
      categories: { necessary: true, analytics: true, marketing: true },
      services: { adsense: true },
    })
    Cookies.set('consentry', forged)
    const next = createConsent(config)
    expect(next.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(next.get('adsense')).toBe(false)
  })

  it('is no refusal: Accept all keeps the grant for the full consent lifetime', () => {
    const consent = createConsent({ ...config, lifetime: { consent: 30, refusal: 10 } })
    consent.acceptAll()
    const time = consent.record!.time
    vi.spyOn(Date, 'now').mockReturnValue(time + 20 * 864e5)
    consent.refresh()
    expect(consent.$decision.get().valid).toBe(true)
  })

  it('keeps its Consent Mode types denied after Accept all', () => {
    const consent = createConsent(config)
    consentMode(consent)
    consent.acceptAll()
    const update = dataLayer().at(-1) as [string, string, { [type: string]: string }]
    expect(update.slice(0, 2)).toEqual(['consent', 'update'])
    expect(update[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    })
  })

  it('is sent as denied in the receipt of Accept all', async () => {
    const bodies: Receipt[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(init.body as string) as Receipt)
        return Promise.resolve(new Response(null, { status: 201 }))
      }),
    )
    const consent = createConsent(config)
    const stop = receipts(consent, config.receipts)
    try {
      consent.acceptAll()
      await tick()
      expect(bodies.map(body => [body.method, body.categories])).toEqual([
        ['accept-all', { necessary: true, analytics: true, marketing: false }],
      ])
    } finally {
      stop()
    }
  })

  it("leaves Message and chat's Advertising off after Accept all", () => {
    const consent = createConsent(messageandchat)
    consent.acceptAll()
    expect(consent.get()).toEqual({ necessary: true, preferences: true, marketing: false })
  })
})
