// @vitest-environment-options {"url":"http://www.site.test/","settings":{"disableJavaScriptFileLoading":true,"disableIframePageLoading":true}}
// What the gate tells vendors with a consent API when consent is withdrawn during the page
// view: which vendor a service is (by its hosts), which Consent Mode types go, and the exact
// calls, through the gate as the drop-in starts it. That the vendors then stop sending is
// shown in Chromium, in test/browser/withdraw-vendors.browser.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { startGate } from '../../../src/gate'
import { createContext } from '../../../src/gate/context'
import { configuredAnalyticsIds, withdrawalOf } from '../../../src/gate/vendors'
import { resetPage } from '../integrations/helpers'

const config = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  categories: {
    necessary: { required: true },
    analytics: {
      services: {
        ga: { hosts: ['www.googletagmanager.com', 'www.google-analytics.com'] },
        clarity: { hosts: ['www.clarity.ms'] },
      },
    },
    marketing: { services: { pixel: { hosts: ['connect.facebook.net'] } } },
    social: {
      services: {
        video: { hosts: ['video.test'] },
        lookalike: { hosts: ['notfacebook.com', 'facebook.com.video.test', 'clarity.test'] },
      },
    },
  },
  ...extra,
})

/** `arguments` of a call, as gtag pushes them to dataLayer. */
function args(..._values: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params -- the test needs a real arguments object
  return arguments
}

const AD_TYPES = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }

describe('which vendor a withdrawn service is, and which Consent Mode types go', () => {
  const withdrawal = (names: string[], extra?: Partial<ConsentConfig>) =>
    withdrawalOf(createContext(createConsent(config(extra))), names)

  it('recognises Google, Meta and Clarity by the hosts a service lists, subdomains included, and nothing else', () => {
    expect([...withdrawal(['ga', 'clarity', 'pixel']).vendors].sort()).toEqual([
      'clarity',
      'google',
      'meta',
    ])
    expect([...withdrawal(['video', 'lookalike']).vendors]).toEqual([])
    // Only what was withdrawn: the other services' hosts do not count.
    expect([...withdrawal(['pixel']).vendors]).toEqual(['meta'])
  })

  it('denies the types of withdrawn categories, and of withdrawn services only where the map names them', () => {
    expect([...withdrawal(['analytics', 'ga']).types]).toEqual(['analytics_storage'])
    expect([...withdrawal(['marketing']).types]).toEqual(Object.keys(AD_TYPES))
    // Its category still granted: dist/consent-mode.js grants analytics_storage too.
    expect([...withdrawal(['ga']).types]).toEqual([])
    const mapped = { consentMode: { map: { ga: ['analytics_storage', 'ad_storage'] } } }
    expect([...withdrawal(['ga'], mapped).types]).toEqual(['ad_storage', 'analytics_storage'])
    const malformed = { consentMode: { map: { ga: 'ad_storage', analytics: ['nope'] } } }
    expect([...withdrawal(['analytics', 'ga'], malformed).types]).toEqual([])
  })

  it('tells Google through Consent Mode unless consentMode is false', () => {
    expect(withdrawal(['analytics']).consentMode).toBe(true)
    expect(withdrawal(['analytics'], { consentMode: true }).consentMode).toBe(true)
    expect(withdrawal(['analytics'], { consentMode: false }).consentMode).toBe(false)
  })

  it('finds the Google Analytics ids of config commands, pushed as arrays or arguments', () => {
    const dataLayer = [
      ['js', new Date()],
      ['config', 'G-AAA', { send_page_view: false }],
      args('config', 'G-BBB'),
      args('config', 'UA-1-1'),
      ['config', 'AW-123'],
      ['config', 'G-AAA'],
      { event: 'gtm.js', 0: 'config', 1: 'G-NOT-A-COMMAND' },
      ['event', 'G-CCC'],
      null,
      'config',
    ]
    expect(configuredAnalyticsIds(dataLayer)).toEqual(['G-AAA', 'G-BBB', 'UA-1-1'])
  })
})

describe('telling the vendors on the page at a withdrawal', () => {
  let stop = () => {}
  const w = window as any

  /** The page's vendor globals, as their snippets define them, recording every call. */
  const vendors = () => {
    w.gtag = vi.fn()
    w.fbq = vi.fn()
    w.clarity = vi.fn()
    w.dataLayer = [args('config', 'G-AAA'), ['config', 'G-BBB'], ['config', 'AW-1']]
  }

  const start = (extra?: Partial<ConsentConfig>) => {
    const consent = createConsent(config(extra))
    stop = startGate(consent)
    return consent
  }

  beforeEach(resetPage)
  afterEach(() => {
    stop()
    for (const key of Object.keys(w)) if (key.startsWith('ga-disable-')) delete w[key]
    resetPage()
  })

  it('tells Google, Meta and Clarity at once when Reject all follows Accept all', () => {
    vendors()
    const consent = start()
    consent.acceptAll()
    expect(w.gtag).not.toHaveBeenCalled()
    consent.rejectAll()
    expect(w.gtag.mock.calls).toEqual([
      ['consent', 'update', { ...AD_TYPES, analytics_storage: 'denied' }],
    ])
    expect(w.fbq.mock.calls).toEqual([['consent', 'revoke']])
    expect(w.clarity.mock.calls).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ])
    expect(w['ga-disable-G-AAA']).toBe(true)
    expect(w['ga-disable-G-BBB']).toBe(true)
    expect(w['ga-disable-AW-1']).toBeUndefined()
    // Nothing is withdrawn twice: a second Reject all tells nobody again.
    consent.rejectAll()
    expect(w.gtag).toHaveBeenCalledTimes(1)
    expect(w.fbq).toHaveBeenCalledTimes(1)
  })

  it('tells nobody at a first Reject all: nothing had run', () => {
    vendors()
    start().rejectAll()
    expect(w.gtag).not.toHaveBeenCalled()
    expect(w.fbq).not.toHaveBeenCalled()
    expect(w.clarity).not.toHaveBeenCalled()
    expect(w['ga-disable-G-AAA']).toBeUndefined()
  })

  it('tells only the vendors of what was withdrawn, and only the types that went', () => {
    vendors()
    const consent = start()
    consent.acceptAll()
    consent.set({ analytics: true, social: true, marketing: false })
    expect(w.gtag.mock.calls).toEqual([['consent', 'update', AD_TYPES]])
    expect(w.fbq.mock.calls).toEqual([['consent', 'revoke']])
    expect(w.clarity).not.toHaveBeenCalled()
    expect(w['ga-disable-G-AAA']).toBeUndefined()
    consent.set({ analytics: false, social: true, marketing: false })
    expect(w.gtag.mock.calls[1]).toEqual(['consent', 'update', { analytics_storage: 'denied' }])
    expect(w.clarity.mock.calls).toEqual([['consentv2', { analytics_Storage: 'denied' }]])
    expect(w['ga-disable-G-AAA']).toBe(true)
  })

  it('stops all of Clarity when the visitor withdraws Clarity alone, and Google hears nothing', () => {
    vendors()
    const consent = start()
    consent.acceptAll()
    consent.set({ analytics: true, social: true, marketing: true }, { clarity: false })
    expect(w.clarity.mock.calls).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ])
    expect(w.gtag).not.toHaveBeenCalled()
    expect(w.fbq).not.toHaveBeenCalled()
  })

  it('pushes the update to dataLayer as gtag would when the page has only dataLayer', () => {
    w.dataLayer = []
    const consent = start()
    consent.acceptAll()
    consent.rejectAll()
    expect(w.dataLayer).toHaveLength(1)
    const pushed = w.dataLayer[0]
    expect(Object.prototype.toString.call(pushed)).toBe('[object Arguments]')
    expect(Array.from(pushed)).toEqual([
      'consent',
      'update',
      { ...AD_TYPES, analytics_storage: 'denied' },
    ])
    expect(w.gtag).toBeUndefined()
  })

  it('defines no vendor global and pushes nothing on a page without them', () => {
    const consent = start()
    consent.acceptAll()
    consent.rejectAll()
    for (const key of ['gtag', 'dataLayer', 'fbq', 'clarity']) expect(w[key]).toBeUndefined()
  })

  it('follows the map of the consentMode option, and sends no update with consentMode: false', () => {
    vendors()
    const mapped = start({ consentMode: { map: { marketing: ['ad_storage'] } } })
    mapped.acceptAll()
    mapped.set({ analytics: true, social: true, marketing: false })
    expect(w.gtag.mock.calls).toEqual([['consent', 'update', { ad_storage: 'denied' }]])
    stop()
    resetPage()
    vendors()
    const off = start({ consentMode: false })
    off.acceptAll()
    off.rejectAll()
    expect(w.gtag).not.toHaveBeenCalled()
    expect(w.fbq.mock.calls).toEqual([['consent', 'revoke']])
    expect(w['ga-disable-G-AAA']).toBe(true)
  })

  it('logs a vendor that throws and still tells the others, never throwing into the page', () => {
    vendors()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    w.fbq = () => {
      throw new Error('fbq broke')
    }
    const consent = start()
    consent.acceptAll()
    expect(() => consent.rejectAll()).not.toThrow()
    expect(error).toHaveBeenCalledTimes(1)
    expect(String(error.mock.calls[0][1])).toContain('fbq broke')
    expect(w.gtag).toHaveBeenCalledTimes(1)
    expect(w.clarity).toHaveBeenCalledTimes(1)
  })
})
