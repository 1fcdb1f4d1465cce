import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConsentConfigError } from '../../../src/core/config'
import { createConsent } from '../../../src/core/consent'
import {
  receipts as startReceipts,
  type Receipt,
  type ReceiptOptions,
} from '../../../src/integrations/receipts'
import { gpcOn, resetPage } from './helpers'

const config = {
  revision: 3,
  policyUrl: '/privacy',
  lang: 'en',
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: {} } },
    marketing: { tracking: true },
  },
  signals: { gpc: 'default-deny' },
  receipts: { endpoint: '/api/receipts' },
} as const

const FIELDS = [
  'id',
  'consentId',
  'time',
  'revision',
  'policyUrl',
  'categories',
  'services',
  'method',
  'signals',
  'language',
  'origin',
  'path',
]
/** Every instance started in a test, stopped after it: a real page's would go with the page. */
const running: (() => void)[] = []
const receipts = (consent: Parameters<typeof startReceipts>[0], options: ReceiptOptions) => {
  const stop = startReceipts(consent, options)
  running.push(stop)
  return stop
}
const stopAll = () => running.splice(0).forEach(stop => stop())
const tick = () => new Promise(resolve => setTimeout(resolve, 0))
const outbox = (): Receipt[] => JSON.parse(localStorage.getItem('consentry-receipts') || '[]')

/** A fake endpoint: records every body; answers with `status()` (or fails like a network error when it throws). */
function endpoint(status: () => number = () => 201) {
  const bodies: Receipt[] = []
  const calls: RequestInit[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      calls.push(init)
      try {
        const code = status()
        bodies.push(JSON.parse(init.body as string))
        return Promise.resolve(new Response(null, { status: code }))
      } catch (error) {
        // As fetch does: a network error rejects the promise, it never throws.
        return Promise.reject(error instanceof Error ? error : new TypeError(String(error)))
      }
    }),
  )
  return { bodies, calls }
}

describe('consent receipts', () => {
  beforeEach(() => {
    resetPage()
    history.replaceState(null, '', '/pricing?utm_source=mail#plans')
  })
  afterEach(() => {
    stopAll()
    resetPage()
  })

  it('sends one receipt per decision with exactly the fields of a receipt, and nothing personal', async () => {
    const { bodies, calls } = endpoint()
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.set({ analytics: true }, { ga: false })
    await tick()
    expect(bodies).toHaveLength(1)
    const [r] = bodies
    expect(Object.keys(r).sort()).toEqual([...FIELDS].sort())
    expect(r).toEqual({
      id: expect.stringMatching(
        new RegExp(
          '^' + consent.record!.id + '\\.' + consent.record!.time.toString(36) + '\\.[0-9a-z]+$',
        ),
      ),
      consentId: consent.record!.id,
      time: consent.record!.time,
      revision: 3,
      policyUrl: location.origin + '/privacy',
      categories: { necessary: true, analytics: true, marketing: false },
      services: { ga: false },
      method: 'custom',
      signals: { dnt: false, gpc: false },
      language: 'en',
      origin: location.origin,
      path: '/pricing',
    })
    // keepalive outlives the page; text/plain (the default for a string body) needs no CORS preflight.
    // Same-origin credentials: the receiver's binding cookie (when it sets one) travels, and
    // no cookie goes to an endpoint on another origin.
    expect(calls[0]).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' })
    expect(calls[0].headers).toBeUndefined()
    expect(outbox()).toEqual([])
  })

  it('sends accept, reject, custom and withdrawal, each once, in order', async () => {
    const { bodies } = endpoint()
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    await tick()
    consent.rejectAll()
    await tick()
    consent.set({ marketing: true })
    await tick()
    consent.refresh()
    consent.reset()
    await tick()
    expect(bodies.map(r => r.method)).toEqual(['accept-all', 'reject-all', 'custom', 'withdrawal'])
    expect(new Set(bodies.map(r => r.id)).size).toBe(4)
    expect(new Set(bodies.map(r => r.consentId)).size).toBe(1)
    expect(bodies[3].categories).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('sends a signal-derived receipt once for a GPC visitor, not again on the next page view', async () => {
    gpcOn()
    const { bodies } = endpoint()
    receipts(createConsent(config), config.receipts)
    await tick()
    stopAll()
    receipts(createConsent(config), config.receipts)
    await tick()
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      method: 'signal',
      signals: { dnt: false, gpc: true },
      categories: { necessary: true, analytics: false, marketing: false },
    })
  })

  it('sends no signal receipt for a site that promised to store nothing under the signal', async () => {
    gpcOn()
    const { bodies } = endpoint()
    const cookieless = { ...config, signals: { gpc: 'default-deny', cookieless: true } } as const
    receipts(createConsent(cookieless), cookieless.receipts)
    await tick()
    expect(bodies).toEqual([])
    expect(localStorage.length).toBe(0)
  })

  it('keeps a receipt the endpoint could not take (5xx, offline) and sends it again on the next load', async () => {
    let status = 503
    const { bodies } = endpoint(() => status)
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    await tick()
    expect(bodies).toHaveLength(1)
    expect(outbox().map(r => r.method)).toEqual(['accept-all'])
    status = 201
    stopAll()
    receipts(createConsent(config), config.receipts)
    await tick()
    expect(bodies.map(r => r.id)).toEqual([bodies[0].id, bodies[0].id])
    expect(outbox()).toEqual([])
  })

  it('sends again when the browser comes back online', async () => {
    let online = false
    const { bodies } = endpoint(() => {
      if (!online) throw new TypeError('Failed to fetch')
      return 201
    })
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.rejectAll()
    await tick()
    expect(bodies).toHaveLength(0)
    expect(outbox()).toHaveLength(1)
    online = true
    dispatchEvent(new Event('online'))
    await tick()
    expect(bodies.map(r => r.method)).toEqual(['reject-all'])
    expect(outbox()).toEqual([])
  })

  it('drops a receipt the endpoint refused for good (400), rather than retrying forever', async () => {
    endpoint(() => 400)
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    await tick()
    expect(outbox()).toEqual([])
  })

  it('keeps at most `queue` receipts, dropping the oldest', async () => {
    endpoint(() => 500)
    const consent = createConsent(config)
    receipts(consent, { ...config.receipts, queue: 2 })
    consent.acceptAll()
    consent.rejectAll()
    consent.set({ analytics: true })
    await tick()
    expect(outbox().map(r => r.method)).toEqual(['reject-all', 'custom'])
  })

  it('gives two decisions in the same millisecond two receipts with distinct ids', async () => {
    const { bodies } = endpoint()
    vi.spyOn(Date, 'now').mockReturnValue(1_750_000_000_000)
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.set({ analytics: true })
    consent.set({ marketing: true })
    await tick()
    expect(bodies.map(r => r.time)).toEqual([1_750_000_000_000, 1_750_000_000_000])
    expect(bodies[0].id).not.toBe(bodies[1].id)
  })

  it('gives the same receipt id in every tab, so the receiver keeps the decision once', async () => {
    const { bodies } = endpoint()
    const here = createConsent(config)
    const there = createConsent(config)
    receipts(here, config.receipts)
    receipts(there, config.receipts)
    here.acceptAll()
    there.refresh()
    await tick()
    expect(bodies).toHaveLength(2)
    expect(bodies[0].id).toBe(bodies[1].id)
  })

  it('survives a localStorage that throws, keeping the outbox in memory', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    try {
      let status = 503
      const { bodies } = endpoint(() => status)
      const consent = createConsent(config)
      expect(() => receipts(consent, config.receipts)).not.toThrow()
      consent.acceptAll()
      await tick()
      status = 201
      dispatchEvent(new Event('online'))
      await tick()
      expect(bodies.map(r => r.method)).toEqual(['accept-all', 'accept-all'])
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own)
      else delete (window as any).localStorage
    }
  })

  it('ignores junk in its localStorage key', async () => {
    localStorage.setItem('consentry-receipts', '{"not":"a list"')
    const { bodies } = endpoint()
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    await tick()
    expect(bodies).toHaveLength(1)
  })

  it('falls back to sendBeacon without fetch, and beacons what is left on pagehide', () => {
    vi.stubGlobal('fetch', undefined)
    const beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }))
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    expect(beacon).toHaveBeenCalledTimes(1)
    expect(beacon.mock.calls[0]).toEqual([
      '/api/receipts',
      expect.stringContaining('"method":"accept-all"'),
    ])
    expect(outbox()).toEqual([])
  })

  it('beacons receipts still waiting when the page goes, and keeps them for the next load', async () => {
    endpoint(() => 503)
    const beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }))
    const consent = createConsent(config)
    receipts(consent, config.receipts)
    consent.acceptAll()
    await tick()
    dispatchEvent(new Event('pagehide'))
    expect(beacon).toHaveBeenCalledTimes(1)
    expect(outbox()).toHaveLength(1)
  })

  it('refuses unknown options and a bad queue size', () => {
    const consent = createConsent(config)
    expect(() => receipts(consent, { endpoint: '/r', retries: 3 } as any)).toThrow(
      ConsentConfigError,
    )
    expect(() => receipts(consent, { endpoint: '/r', queue: 0 })).toThrow('receipts.queue')
  })
})
