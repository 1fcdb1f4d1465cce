// @vitest-environment-options {"url":"http://www.site.test/shop/page"}
// How the gate reads the config: names (own properties only), hosts (normalised as the
// URL parser would), and which service a page URL belongs to, however it is spelled.
import { describe, expect, it } from 'vitest'
import type { Decision } from '../../../src/core/types'
import {
  isGranted,
  isWanted,
  normalizeHost,
  readHostRules,
  readUnits,
  serviceForUrl,
} from '../../../src/gate/units'

describe('normalizeHost', () => {
  const table: [entry: string, host: string][] = [
    ['tracker.test', 'tracker.test'],
    ['Tracker.TEST', 'tracker.test'],
    ['tracker.test.', 'tracker.test'],
    ['*.tracker.test', 'tracker.test'],
    ['*.tracker.test.', 'tracker.test'],
    ['.tracker.test', 'tracker.test'],
    [' tracker.test ', 'tracker.test'],
    // Not host names, but each names one host: counted for it, so more is held, never less.
    ['tracker.test:80', 'tracker.test'],
    ['http://tracker.test', 'tracker.test'],
    ['https://tracker.test/x', 'tracker.test'],
    ['tracker\u3002test', 'tracker.test'],
    ['', ''],
    ['http://', ''],
  ]
  for (const [entry, host] of table)
    it(`reads ${JSON.stringify(entry)} as ${JSON.stringify(host)}`, () => {
      expect(normalizeHost(entry)).toBe(host)
    })
})

describe('serviceForUrl', () => {
  const rules = readHostRules({
    categories: {
      analytics: { services: { ga: { hosts: ['Tracker.Test.', '', 'http://'] } } },
      social: { services: { video: { hosts: ['*.social.test'] } } },
    },
  })

  it('keeps only entries that name a host', () => {
    expect(rules).toEqual([
      { host: 'tracker.test', service: 'ga' },
      { host: 'social.test', service: 'video' },
    ])
  })

  const table: [url: string, service: string | undefined][] = [
    ['https://tracker.test/x.js', 'ga'],
    ['https://px.tracker.test/p.gif', 'ga'],
    ['HTTPS://TRACKER.TEST/x.js', 'ga'],
    ['https://tracker.test./x.js', 'ga'],
    ['https://px.tracker.test./p.gif', 'ga'],
    ['https://tracker%2Etest/x.js', 'ga'],
    ['https://tracker\u3002test/x.js', 'ga'],
    ['//tracker.test/x.js', 'ga'],
    ['https://badtracker.test/x.js', undefined],
    ['https://tracker.test.evil.test/x.js', undefined],
    ['/own.js', undefined],
    ['https://www.social.test/v', 'video'],
    ['data:text/javascript,1', undefined],
    ['http://[::1', undefined],
  ]
  for (const [url, service] of table)
    it(`finds ${String(service)} for ${url}`, () => {
      expect(serviceForUrl(rules, url)).toBe(service)
    })

  it('resolves relative URLs against the page’s base URL', () => {
    const base = document.createElement('base')
    base.href = 'https://tracker.test/'
    document.head.append(base)
    expect(serviceForUrl(rules, 'x.js')).toBe('ga')
    base.remove()
    expect(serviceForUrl(rules, 'x.js')).toBeUndefined()
  })
})

describe('names', () => {
  const decision = (categories: Decision['categories'], services = {}): Decision => ({
    categories,
    services,
    locked: {},
    ask: false,
    model: 'opt-in',
    valid: true,
  })
  const inherited = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']

  it('grants only what the decision holds as its own true value', () => {
    const d = decision({ analytics: true, social: false }, { ga: false })
    expect(isGranted(d, 'analytics')).toBe(true)
    expect(isGranted(d, 'social')).toBe(false)
    expect(isGranted(d, 'ga')).toBe(false)
    expect(inherited.map(name => isGranted(d, name))).toEqual(inherited.map(() => false))
  })

  it('supports categories named like inherited properties', () => {
    const d = decision({ constructor: true, valueOf: false })
    expect([isGranted(d, 'constructor'), isGranted(d, 'valueOf')]).toEqual([true, false])
    const units = readUnits({ categories: { constructor: { label: 'C' }, valueOf: {} } })
    expect([...units.keys()]).toEqual(['constructor', 'valueOf'])
    expect(units.get('toString')).toBeUndefined()
  })

  it('reads the marks of an element: the service decides, `!` inverts, nothing named stays held', () => {
    const d = decision({ analytics: true }, { ga: false })
    const el = (consent: string, service?: string) => {
      const script = document.createElement('script')
      script.setAttribute('data-consent', consent)
      if (service) script.setAttribute('data-service', service)
      return script
    }
    expect(isWanted(d, el('analytics'))).toBe(true)
    expect(isWanted(d, el('analytics', 'ga'))).toBe(false)
    expect(isWanted(d, el('!analytics'))).toBe(false)
    expect(isWanted(d, el('!social'))).toBe(true)
    expect(isWanted(d, el(''))).toBe(false)
    expect(isWanted(d, el('!'))).toBe(false)
    expect(isWanted(d, el('analytics', 'toString'))).toBe(false)
  })
})
