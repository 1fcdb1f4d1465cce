import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConsentConfigError } from '../../../src/core/config'
import { createConsent } from '../../../src/core/consent'
import {
  attachAdapters,
  clarity,
  metaPixel,
  type Adapter,
} from '../../../src/integrations/adapters'
import { consentMode } from '../../../src/integrations/consent-mode'
import { dataLayerEvents } from '../../../src/integrations/datalayer'
import { dataLayer, resetPage } from './helpers'

const config = {
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { clarityService: {} } },
    marketing: { tracking: true, services: { pixel: {} } },
  },
} as const

/** Meta's own stub: queues calls in `fbq.queue` until fbevents.js loads. */
function metaStub() {
  const w = window as any
  const n: any = function (...args: unknown[]) {
    if (n.callMethod) n.callMethod(...args)
    else n.queue.push(args)
  }
  w.fbq = n
  w._fbq = n
  n.push = n
  n.loaded = true
  n.version = '2.0'
  n.queue = []
  return () => n.queue.map((args: unknown[]) => Array.from(args))
}
const clarityQueue = () => ((window as any).clarity.q || []).map((a: IArguments) => Array.from(a))

describe('dataLayer events', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it('pushes consentry_ready with the state per category at once, and consentry_update on each change', () => {
    const consent = createConsent(config)
    dataLayerEvents(consent)
    consent.set({ analytics: true }, { clarityService: false })
    consent.refresh()
    consent.rejectAll()
    expect(dataLayer()).toEqual([
      {
        event: 'consentry_ready',
        consentry: {
          categories: { necessary: true, analytics: false, marketing: false },
          services: { clarityService: false, pixel: false },
          method: null,
        },
      },
      {
        event: 'consentry_update',
        consentry: {
          categories: { necessary: true, analytics: true, marketing: false },
          services: { clarityService: false, pixel: false },
          method: 'custom',
        },
      },
      {
        event: 'consentry_update',
        consentry: {
          categories: { necessary: true, analytics: false, marketing: false },
          services: { clarityService: false, pixel: false },
          method: 'reject-all',
        },
      },
    ])
  })

  it('comes after the Consent Mode update, so a tag fired by the event sees the new consent state', () => {
    const consent = createConsent(config)
    consentMode(consent)
    dataLayerEvents(consent)
    consent.acceptAll()
    const log = dataLayer().map((e: any) => (Array.isArray(e) ? e[1] : e.event))
    expect(log).toEqual([
      'default',
      'ads_data_redaction',
      'consentry_ready',
      'update',
      'consentry_update',
    ])
  })

  it('refuses options it does not know', () => {
    expect(() => dataLayerEvents(createConsent(config), { events: true } as any)).toThrow(
      ConsentConfigError,
    )
    expect(() => dataLayerEvents(createConsent(config), { events: true } as any)).toThrow(
      'dataLayer.events',
    )
  })
})

describe('vendor adapters', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it("Meta Pixel: fbq('consent', 'revoke') at once, 'grant' once marketing is granted, 'revoke' on withdrawal", () => {
    const queue = metaStub()
    const consent = createConsent(config)
    attachAdapters(consent, [metaPixel()])
    consent.set({ analytics: true })
    consent.acceptAll()
    consent.refresh()
    consent.rejectAll()
    expect(queue()).toEqual([
      ['consent', 'revoke'],
      ['consent', 'grant'],
      ['consent', 'revoke'],
    ])
  })

  it('Meta Pixel: defines no fbq of its own (the pixel snippet would then never load), and calls it once the snippet ran', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    attachAdapters(consent, [metaPixel({ category: 'pixel' })])
    expect((window as any).fbq).toBeUndefined()
    const queue = metaStub()
    dispatchEvent(new Event('load'))
    expect(queue()).toEqual([['consent', 'grant']])
  })

  it('Microsoft Clarity: consentv2 with ad_Storage and analytics_Storage, through its own queue stub', () => {
    const consent = createConsent(config)
    attachAdapters(consent, [clarity()])
    consent.set({ analytics: true })
    consent.set({ marketing: true })
    expect(clarityQueue()).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ])
  })

  it("Microsoft Clarity: uses the page's queue when its snippet came first", () => {
    const w = window as any
    w.clarity = function () {
      if (!w.clarity.q) w.clarity.q = []
      // eslint-disable-next-line prefer-rest-params -- Clarity's snippet queues arguments objects
      w.clarity.q.push(arguments)
    }
    w.clarity('set', 'page', 'home')
    attachAdapters(createConsent(config), [clarity({ analytics: 'clarityService' })])
    expect(clarityQueue()).toEqual([
      ['set', 'page', 'home'],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ])
  })

  it('takes any vendor through the same interface', () => {
    const calls: unknown[][] = []
    ;(window as any).vendor = (...args: unknown[]) => calls.push(args)
    const custom: Adapter = {
      name: 'custom',
      global: 'vendor',
      uses: ['analytics'],
      commands: granted => [
        ['consent', granted('analytics')],
        ['track', 'consent-changed'],
      ],
    }
    const consent = createConsent(config)
    attachAdapters(consent, [custom])
    consent.acceptAll()
    expect(calls).toEqual([
      ['consent', false],
      ['track', 'consent-changed'],
      ['consent', true],
      ['track', 'consent-changed'],
    ])
    delete (window as any).vendor
  })

  it('refuses a category the config does not have', () => {
    expect(() => attachAdapters(createConsent(config), [metaPixel({ category: 'ads' })])).toThrow(
      new ConsentConfigError(
        'adapters.meta-pixel',
        "'ads' is not a category or service of this config",
      ),
    )
  })
})
