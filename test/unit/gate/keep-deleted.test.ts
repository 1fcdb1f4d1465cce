// @vitest-environment-options {"url":"http://www.site.test/","settings":{"disableJavaScriptFileLoading":true,"disableIframePageLoading":true}}
// After a withdrawal the gate keeps the withdrawn cookies and storage keys deleted for the
// rest of the page view: writes by page code are refused as they happen, and a slow sweep
// removes what arrives by a route no script sees. In Chromium:
// test/browser/withdraw-vendors.browser.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { startGate } from '../../../src/gate'
import { cookieNameOf, deletesCookie, SWEEP_EVERY_MS } from '../../../src/gate/keep-deleted'
import { resetPage } from '../integrations/helpers'

const config = (cookies: string[] = ['_ga', '_ga_*']): ConsentConfig => ({
  categories: {
    necessary: { required: true },
    analytics: { cookies, storage: ['ajs_*'], services: { ga: {} } },
  },
})

/** Sets a cookie past any wrapper, with the DOM's own setter, as a response header would. */
const setCookieAround = (value: string) => {
  let owner: object | null = Object.getPrototypeOf(document) as object
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie'))
    owner = Object.getPrototypeOf(owner) as object | null
  Object.getOwnPropertyDescriptor(owner!, 'cookie')!.set!.call(document, value)
}

const cookieNames = () =>
  document.cookie
    .split(/; */)
    .filter(Boolean)
    .map(pair => pair.split('=')[0])
    .sort()

let stop = () => {}
const start = (cookies?: string[]) => {
  const consent = createConsent(config(cookies))
  stop = startGate(consent)
  return consent
}

/** Each test starts without cookies, whatever path a write gave them. */
const clearCookies = () => {
  for (const name of cookieNames())
    for (const path of ['', '; path=/'])
      document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT' + path
}

beforeEach(() => {
  resetPage()
  clearCookies()
  sessionStorage.clear()
})
afterEach(() => {
  stop()
  vi.useRealTimers()
  resetPage()
  sessionStorage.clear()
})

describe('reading a document.cookie write', () => {
  it('knows a deletion: Max-Age of zero or less, else an Expires in the past', () => {
    expect(deletesCookie('_ga=; Max-Age=0')).toBe(true)
    expect(deletesCookie('_ga=; max-age=-1; path=/')).toBe(true)
    expect(deletesCookie('_ga=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/')).toBe(true)
    expect(deletesCookie('_ga=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBe(false)
    expect(deletesCookie('_ga=1; expires=Fri, 01 Jan 2100 00:00:00 GMT')).toBe(false)
    expect(deletesCookie('_ga=1; expires=whenever')).toBe(false)
    expect(deletesCookie('_ga=1; path=/')).toBe(false)
  })

  it('reads the name the way the clean-up reads document.cookie', () => {
    expect(cookieNameOf(' _ga_X = 1; path=/')).toBe('_ga_X')
    expect(cookieNameOf('_ga')).toBe('_ga')
    expect(cookieNameOf('=v')).toBe('')
  })
})

describe('after a withdrawal', () => {
  it('refuses page writes of a withdrawn cookie, and lets other cookies, deletions and a later grant through', () => {
    const consent = start()
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    consent.rejectAll()
    expect(cookieNames()).toEqual(['consentry'])
    document.cookie = '_ga=again; path=/'
    document.cookie = '_ga_XYZ=again'
    document.cookie = 'cart=3; path=/'
    expect(cookieNames()).toEqual(['cart', 'consentry'])
    document.cookie = 'cart=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    expect(cookieNames()).toEqual(['consentry'])
    consent.acceptAll()
    document.cookie = '_ga=granted; path=/'
    expect(cookieNames()).toEqual(['_ga', 'consentry'])
  })

  it('refuses setItem of a withdrawn storage key in both storages, and lets other keys through', () => {
    const consent = start()
    consent.acceptAll()
    // Not setItem: happy-dom binds a storage's method to it the first time it is read, and a
    // bound copy would not see the gate's wrapper (a browser has no such copy).
    localStorage['ajs_user'] = '1'
    consent.rejectAll()
    expect(localStorage.getItem('ajs_user')).toBeNull()
    localStorage.setItem('ajs_user', 'again')
    sessionStorage.setItem('ajs_session', 'again')
    localStorage.setItem('theme', 'dark')
    expect(localStorage.getItem('ajs_user')).toBeNull()
    expect(sessionStorage.getItem('ajs_session')).toBeNull()
    expect(localStorage.getItem('theme')).toBe('dark')
  })

  it('never refuses the consent cookie, whatever the patterns', () => {
    const consent = start(['*', '/.*/'])
    consent.acceptAll()
    consent.rejectAll()
    document.cookie = 'other=1'
    expect(cookieNames()).toEqual(['consentry'])
    const refusal = document.cookie
    consent.acceptAll()
    // The new record was written: the stored value changed.
    expect(cookieNames()).toEqual(['consentry'])
    expect(document.cookie).not.toBe(refusal)
  })

  it('sweeps on a slow timer for the rest of the page view, for writes no script sees', () => {
    vi.useFakeTimers()
    const consent = start()
    consent.acceptAll()
    consent.rejectAll()
    // Past the schedule's last sweep, at 30 s.
    vi.advanceTimersByTime(60_000)
    setCookieAround('_ga=from-a-header; path=/')
    expect(cookieNames()).toEqual(['_ga', 'consentry'])
    vi.advanceTimersByTime(SWEEP_EVERY_MS)
    expect(cookieNames()).toEqual(['consentry'])
    setCookieAround('_ga=later; path=/')
    vi.advanceTimersByTime(10 * SWEEP_EVERY_MS)
    expect(cookieNames()).toEqual(['consentry'])
  })

  it('stops refusing and sweeping when the gate stops, and puts the DOM back', () => {
    vi.useFakeTimers()
    const setItem = Storage.prototype.setItem
    const consent = start()
    consent.acceptAll()
    consent.rejectAll()
    expect(Storage.prototype.setItem).not.toBe(setItem)
    stop()
    expect(Storage.prototype.setItem).toBe(setItem)
    expect(Object.getOwnPropertyDescriptor(document, 'cookie')).toBeUndefined()
    // Past the schedule of the withdrawal itself, which stopping does not cancel.
    vi.advanceTimersByTime(31_000)
    document.cookie = '_ga=1; path=/'
    vi.advanceTimersByTime(10 * SWEEP_EVERY_MS)
    expect(cookieNames()).toEqual(['_ga', 'consentry'])
  })
})

describe('before any withdrawal', () => {
  it('wraps nothing: a first Reject all leaves document.cookie and setItem as the browser made them', () => {
    const setItem = Storage.prototype.setItem
    const consent = start()
    consent.rejectAll()
    expect(Object.getOwnPropertyDescriptor(document, 'cookie')).toBeUndefined()
    expect(Storage.prototype.setItem).toBe(setItem)
    // Denied, but nothing ran that could write again: a write passes (and is swept later).
    document.cookie = '_ga=1; path=/'
    expect(cookieNames()).toEqual(['_ga', 'consentry'])
  })
})
