import { describe, expect, it } from 'vitest'
import { encodeRecord } from '../../../src/core/codec'
import type { ConsentConfig, ConsentRecord, Method } from '../../../src/core/types'
import { consentCsp } from '../../../src/server/csp'

const config = {
  categories: {
    necessary: { required: true },
    analytics: {
      tracking: true,
      services: { ga: { hosts: ['www.googletagmanager.com', 'google-analytics.com'] } },
    },
    social: { services: { video: { hosts: ['cdn.social.test'] } } },
  },
  signals: { gpc: 'enforce' },
} as const satisfies ConsentConfig

const OPEN = "'self' 'unsafe-inline' 'unsafe-eval' data: blob:"
const GA =
  'www.googletagmanager.com:* *.www.googletagmanager.com:* google-analytics.com:* *.google-analytics.com:*'
const VIDEO = 'cdn.social.test:* *.cdn.social.test:*'

/** A `Cookie` header carrying a record with these choices. */
function cookieWith(method: Method, analytics: boolean, social: boolean) {
  const record: ConsentRecord = {
    id: 'k3j9x0aab2c4',
    time: Date.now() - 1000,
    revision: 0,
    method,
    categories: { necessary: true, analytics, social },
    services: { ga: analytics, video: social },
  }
  return 'theme=dark; consentry=' + encodeRecord(record)
}

describe('consentCsp', () => {
  it('keeps every host out for a visitor with no record: the page keeps its own origin, inline, data: and blob:', () => {
    expect(consentCsp({ config, cookie: '' })).toBe(`default-src ${OPEN}`)
  })

  it('allows the granted hosts and keeps the denied ones out of a policy that allowed every host', () => {
    const cookie = cookieWith('custom', true, false)
    expect(consentCsp({ config, cookie, base: 'img-src *; connect-src https: wss:' })).toBe(
      `default-src ${OPEN} ${GA}; img-src 'self' ${GA}; connect-src 'self' ${GA}`,
    )
  })

  it("removes a denied host from the site's own lists and never adds a host the site did not allow", () => {
    const cookie = cookieWith('custom', true, false)
    const base =
      "default-src 'self'; script-src 'self' https://www.googletagmanager.com 'nonce-abc'; frame-src https://cdn.social.test https://player.example.com"
    expect(consentCsp({ config, cookie, base })).toBe(
      "default-src 'self'; script-src 'self' https://www.googletagmanager.com 'nonce-abc'; frame-src https://player.example.com",
    )
  })

  it('removes a wildcard that reaches a denied host, and a source for any of its subdomains', () => {
    const cookie = cookieWith('reject-all', false, false)
    const base =
      "default-src 'self'; connect-src *.test https://api.example.com; img-src px.cdn.social.test *.google-analytics.com cdn.example.com"
    expect(consentCsp({ config, cookie, base })).toBe(
      "default-src 'self'; connect-src https://api.example.com; img-src cdn.example.com",
    )
  })

  it("drops 'strict-dynamic' (it would let a trusted script load any host) and writes 'none' for an emptied list", () => {
    const cookie = cookieWith('reject-all', false, false)
    const base =
      "default-src 'self'; script-src 'nonce-abc' 'strict-dynamic'; frame-src https://cdn.social.test"
    expect(consentCsp({ config, cookie, base })).toBe(
      "default-src 'self'; script-src 'nonce-abc'; frame-src 'none'",
    )
  })

  it("keeps 'none', directives without sources and directives that name no hosts as they are", () => {
    const cookie = cookieWith('reject-all', false, false)
    const base =
      "default-src 'self'; object-src 'none'; frame-ancestors *; upgrade-insecure-requests; report-uri /csp"
    expect(consentCsp({ config, cookie, base })).toBe(base)
  })

  it('narrows form-action, which does not fall back to default-src', () => {
    const cookie = cookieWith('reject-all', false, false)
    expect(consentCsp({ config, cookie, base: "default-src 'self'; form-action *" })).toBe(
      "default-src 'self'; form-action 'self'",
    )
  })

  it('returns the base unchanged when nothing is denied, and nothing without a base', () => {
    const cookie = cookieWith('accept-all', true, true)
    expect(consentCsp({ config, cookie, base: 'img-src *' })).toBe('img-src *')
    expect(consentCsp({ config, cookie })).toBe('')
  })

  it('follows the signal headers as the page does: GPC enforced keeps granted tracking hosts out', () => {
    const cookie = cookieWith('accept-all', true, true)
    expect(consentCsp({ config, cookie, headers: { 'sec-gpc': '1' } })).toBe(
      `default-src ${OPEN} ${VIDEO}`,
    )
  })

  it('follows the region as the page does: an opt-out region loads what is not refused', () => {
    const regional: ConsentConfig = {
      ...config,
      model: { default: 'opt-in', regions: { US: 'opt-out' } },
    }
    expect(consentCsp({ config: regional, cookie: '', region: 'US' })).toBe('')
    expect(consentCsp({ config: regional, cookie: '', region: 'DE' })).toBe(`default-src ${OPEN}`)
  })

  it('ignores a tampered cookie: no record, so nothing optional', () => {
    const cookie = cookieWith('accept-all', true, true).replace('ga:1', 'ga:0')
    expect(consentCsp({ config, cookie })).toBe(`default-src ${OPEN}`)
  })

  it('keeps the first of two same-named directives, as browsers do, and reads names in any case', () => {
    const cookie = cookieWith('reject-all', false, false)
    expect(
      consentCsp({
        config,
        cookie,
        base: "DEFAULT-SRC 'self'; IMG-SRC *; img-src cdn.social.test",
      }),
    ).toBe("default-src 'self'; img-src 'self'")
  })

  it('keeps a host out when a denied service lists it, even if a granted one lists it too', () => {
    const shared: ConsentConfig = {
      categories: {
        necessary: { required: true, services: { cdn: { hosts: ['shared.example'] } } },
        analytics: { services: { ga: { hosts: ['shared.example'] } } },
      },
    }
    expect(consentCsp({ config: shared, cookie: '', base: 'img-src *' })).toBe(
      `default-src ${OPEN}; img-src 'self'`,
    )
  })
})
