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
    expect(readConsent({ config, cookie: 'a=1; ' + cookie(r) + '; _ga=GA1.2.3' })).toEqual(r)
    expect(
      readConsent({
        config: { ...config, cookie: { name: 'site_consent' } },
        cookie: cookie(r, 'site_consent'),
      }),
    ).toEqual(r)
  })

  it('is null for no header, another name, or a tampered value', () => {
    expect(readConsent({ config })).toBeNull()
    expect(readConsent({ config, cookie: '' })).toBeNull()
    expect(readConsent({ config, cookie: cookie(record(), 'other') })).toBeNull()
    expect(
      readConsent({ config, cookie: cookie(record()).replace('analytics:1', 'analytics:0') }),
    ).toBeNull()
    expect(readConsent({ config, cookie: 'consentry=' + 'x'.repeat(4096) })).toBeNull()
  })

  it('takes the newest of two same-name cookies (host and parent domain)', () => {
    const old = record({ time: Date.now() - 10 * DAY, method: 'accept-all' })
    const now = record({ method: 'reject-all' })
    expect(readConsent({ config, cookie: cookie(now) + '; ' + cookie(old) })!.method).toBe(
      'reject-all',
    )
    expect(readConsent({ config, cookie: cookie(old) + '; ' + cookie(now) })!.method).toBe(
      'reject-all',
    )
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
  it('returns plain objects, which a server can hand to client components (serverState)', () => {
    const decision = readDecision({ config, region: 'US' })
    for (const map of [decision.categories, decision.services, decision.locked])
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype)
    expect(structuredClone(decision)).toEqual(decision)
  })

  it('asks a first visitor, not one with a valid choice', () => {
    expect(needsBanner({ config, headers: {} })).toBe(true)
    expect(needsBanner({ config, cookie: cookie(record()) })).toBe(false)
  })

  it('asks again after a revision bump or once the choice has expired', () => {
    expect(needsBanner({ config, cookie: cookie(record({ revision: 1 })) })).toBe(true)
    expect(needsBanner({ config, cookie: cookie(record({ time: Date.now() - 200 * DAY })) })).toBe(
      true,
    )
  })

  it('does not force the banner on a GPC visitor when GPC is default-deny', () => {
    expect(needsBanner({ config, headers: new Headers({ 'sec-gpc': '1' }) })).toBe(false)
    expect(readDecision({ config, headers: new Headers({ 'sec-gpc': '1' }) }).categories).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
    })
  })

  it('uses the region the page gives the SDK', () => {
    expect(readDecision({ config, region: 'US' }).categories.analytics).toBe(true)
    expect(readDecision({ config, region: 'DE' }).categories.analytics).toBe(false)
  })

  it('refuses an invalid config like the browser does', () => {
    expect(() => needsBanner({ config: { categories: { a: { trackng: true } } } as any })).toThrow(
      ConsentConfigError,
    )
  })
})

describe('consentCookieHeader', () => {
  it('re-issues the same cookie: same value, Path=/, SameSite=Lax, Secure, expiry from the decision time', () => {
    const r = record()
    const now = r.time + DAY
    const header = consentCookieHeader({ record: r, config, now })
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
    const header = consentCookieHeader({ record: r, config: custom, now: r.time, secure: false })
    expect(header).toBe(
      `cc=${encodeRecord(r)}; Path=/shop; Domain=.example.com; Expires=${new Date(r.time + 30 * DAY).toUTCString()}; Max-Age=${30 * 86400}; SameSite=Strict`,
    )
  })

  it('is always Secure with SameSite=None, and expires at once for an expired choice', () => {
    const r = record({
      time: Date.now() - 400 * DAY,
      categories: { necessary: true, analytics: true, marketing: true },
    })
    const header = consentCookieHeader({
      record: r,
      config: { ...config, cookie: { sameSite: 'None' } },
      secure: false,
    })
    expect(header).toMatch(/; Max-Age=0; SameSite=None; Secure$/)
  })
})

describe('one options object for every helper', () => {
  it('reads the cookie from the headers when no cookie is given, web Headers or Node headers', () => {
    const r = record()
    const web = new Headers({ cookie: 'a=1; ' + cookie(r), 'sec-gpc': '1' })
    const node = { cookie: cookie(r), 'sec-gpc': '1' }
    expect(readConsent({ config, headers: web })).toEqual(r)
    expect(readConsent({ config, headers: node })).toEqual(r)
    expect(needsBanner({ config, headers: node })).toBe(false)
    expect(readDecision({ config, headers: web }).categories.analytics).toBe(true)
    // A cookie given explicitly wins over the header.
    expect(readConsent({ config, headers: node, cookie: '' })).toBeNull()
  })

  it('still answers the 0.1 positional forms exactly as the options form', () => {
    const r = record()
    const headers = { 'sec-gpc': '1' }
    const header = cookie(r)
    expect(readConsent(header, config)).toEqual(readConsent({ config, cookie: header }))
    expect(readConsent(undefined, config)).toBeNull()
    expect(readDecision(config, header, headers, 'US')).toEqual(
      readDecision({ config, cookie: header, headers, region: 'US' }),
    )
    expect(needsBanner(config, '', headers)).toBe(needsBanner({ config, cookie: '', headers }))
    expect(needsBanner(config, undefined)).toBe(true)
    const now = r.time + DAY
    expect(consentCookieHeader(r, config, { now, secure: false })).toBe(
      consentCookieHeader({ record: r, config, now, secure: false }),
    )
  })
})
