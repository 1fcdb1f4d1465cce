// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { decodeRecord, encodeRecord } from '../../../src/core/codec'
import { ConsentConfigError } from '../../../src/core/config'
import type { ConsentConfig, ConsentRecord } from '../../../src/core/types'
import {
  consentCookieHeader,
  needsBanner,
  readConsent,
  readDecision,
  readSignals,
} from '../../../src/server'

const config = {
  revision: 2,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: {} } },
    marketing: { tracking: true },
  },
  signals: { gpc: 'default-deny', dnt: 'ignore' },
  model: { default: 'opt-in', regions: { US: 'opt-out' } },
} satisfies ConsentConfig

const DAY = 864e5
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'k3j9x0aak3j9x0aak3j9x0aa',
  time: Date.now() - DAY,
  revision: 2,
  method: 'custom',
  categories: { necessary: true, analytics: true, marketing: false },
  services: { ga: false },
  ...over,
})
const cookie = (r: ConsentRecord, name = 'consentry') => name + '=' + encodeRecord(r)

describe('readConsent', () => {
  it('decodes the consent cookie among others, exactly as the browser does', () => {
    const r = record()
    expect(readConsent('a=1; ' + cookie(r) + '; _ga=GA1.2.3', config)).toEqual(r)
    expect(
      readConsent(cookie(r, 'site_consent'), { ...config, cookie: { name: 'site_consent' } }),
    ).toEqual(r)
  })

  it('is null for no header, another name, or a tampered value', () => {
    expect(readConsent(undefined, config)).toBeNull()
    expect(readConsent('', config)).toBeNull()
    expect(readConsent(cookie(record(), 'other'), config)).toBeNull()
    expect(readConsent(cookie(record()).replace('analytics:1', 'analytics:0'), config)).toBeNull()
    expect(readConsent('consentry=' + 'x'.repeat(4096), config)).toBeNull()
  })

  it('takes the newest of two same-name cookies (host and parent domain)', () => {
    const old = record({ time: Date.now() - 10 * DAY, method: 'accept-all' })
    const now = record({ method: 'reject-all' })
    expect(readConsent(cookie(now) + '; ' + cookie(old), config)!.method).toBe('reject-all')
    expect(readConsent(cookie(old) + '; ' + cookie(now), config)!.method).toBe('reject-all')
  })
})

describe('readSignals', () => {
  it('reads Sec-GPC: 1 and DNT: 1 from web Headers or Node headers; nothing else counts', () => {
    expect(readSignals(new Headers({ 'Sec-GPC': '1' }))).toEqual({ dnt: false, gpc: true })
    expect(readSignals({ dnt: '1', 'sec-gpc': '0' })).toEqual({ dnt: true, gpc: false })
    expect(readSignals({ 'sec-gpc': 'true', dnt: 'yes' })).toEqual({ dnt: false, gpc: false })
    expect(readSignals(undefined)).toEqual({ dnt: false, gpc: false })
  })
})

describe('needsBanner and readDecision', () => {
  it('asks a first visitor, not one with a valid choice', () => {
    expect(needsBanner(config, '', {})).toBe(true)
    expect(needsBanner(config, cookie(record()), {})).toBe(false)
  })

  it('asks again after a revision bump or once the choice has expired', () => {
    expect(needsBanner(config, cookie(record({ revision: 1 })), {})).toBe(true)
    expect(needsBanner(config, cookie(record({ time: Date.now() - 200 * DAY })), {})).toBe(true)
  })

  it('does not force the banner on a GPC visitor when GPC is default-deny', () => {
    expect(needsBanner(config, '', new Headers({ 'sec-gpc': '1' }))).toBe(false)
    expect(readDecision(config, '', new Headers({ 'sec-gpc': '1' })).categories).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
    })
  })

  it('uses the region the page gives the SDK', () => {
    expect(readDecision(config, '', {}, 'US').categories.analytics).toBe(true)
    expect(readDecision(config, '', {}, 'DE').categories.analytics).toBe(false)
  })

  it('refuses an invalid config like the browser does', () => {
    expect(() => needsBanner({ categories: { a: { trackng: true } } } as any, '', {})).toThrow(
      ConsentConfigError,
    )
  })
})

describe('consentCookieHeader', () => {
  it('re-issues the same cookie: same value, Path=/, SameSite=Lax, Secure, expiry from the decision time', () => {
    const r = record()
    const now = r.time + DAY
    const header = consentCookieHeader(r, config, { now })
    const [pair, ...attrs] = header.split('; ')
    expect(pair).toBe(cookie(r))
    expect(decodeRecord(pair.slice('consentry='.length))).toEqual(r)
    // A refusal (marketing: false) lasts 182 days from the decision, not from now.
    const expires = r.time + 182 * DAY
    expect(attrs).toEqual([
      'Path=/',
      'Expires=' + new Date(expires).toUTCString(),
      'Max-Age=' + (expires - now) / 1000,
      'SameSite=Lax',
      'Secure',
    ])
    expect(header).not.toMatch(/HttpOnly/i)
  })

  it('follows the config: name, domain, path, SameSite, lifetime', () => {
    const custom = {
      ...config,
      cookie: { name: 'cc', domain: '.example.com', path: '/shop', sameSite: 'Strict' },
      lifetime: { consent: 30 },
    } as const
    const r = record({ categories: { necessary: true, analytics: true, marketing: true } })
    const header = consentCookieHeader(r, custom, { now: r.time, secure: false })
    expect(header).toBe(
      `cc=${encodeRecord(r)}; Path=/shop; Domain=.example.com; Expires=${new Date(r.time + 30 * DAY).toUTCString()}; Max-Age=${30 * 86400}; SameSite=Strict`,
    )
  })

  it('is always Secure with SameSite=None, and expires at once for an expired choice', () => {
    const r = record({
      time: Date.now() - 400 * DAY,
      categories: { necessary: true, analytics: true, marketing: true },
    })
    const header = consentCookieHeader(
      r,
      { ...config, cookie: { sameSite: 'None' } },
      { secure: false },
    )
    expect(header).toMatch(/; Max-Age=0; SameSite=None; Secure$/)
  })
})
