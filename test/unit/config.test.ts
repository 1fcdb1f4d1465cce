import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConsentConfigError, validateConfig } from '../../src/core/config'
import { normalizeHost } from '../../src/core/hosts'

const base = { categories: { necessary: { required: true }, analytics: { tracking: true } } }
const error = (config: unknown) => {
  try {
    validateConfig(config as any)
  } catch (e) {
    expect(e).toBeInstanceOf(ConsentConfigError)
    return (e as Error).message
  }
  throw new Error('expected a ConsentConfigError')
}

describe('validateConfig', () => {
  it('accepts a full config', () => {
    expect(() =>
      validateConfig({
        ...base,
        revision: 3,
        model: { default: 'opt-in', regions: { US: 'opt-out', 'US-CA': 'opt-out' } },
        region: 'DE',
        signals: { dnt: 'enforce', gpc: 'default-deny', cookieless: true },
        cookie: { name: 'my_consent', domain: '.example.com', path: '/', sameSite: 'Strict' },
        lifetime: { consent: 365, refusal: 90 },
        policyUrl: '/privacy',
        texts: { title: 'Cookies' },
        ui: { layout: 'modal', theme: 'auto', reopen: true, nonce: 'abc' },
        gate: { network: true },
        reloadOnWithdraw: false,
        receipts: { endpoint: 'https://example.com/receipts' },
        consentMode: { mode: 'basic' },
        dataLayer: true,
      }),
    ).not.toThrow()
  })

  it.each([
    [
      { ...base, categories: { analytics: { cookies: [1] } } },
      'categories.analytics.cookies[0]: expected a string or RegExp',
    ],
    [
      { ...base, categories: { analytics: { cookies: ['/(/'] } } },
      'categories.analytics.cookies[0]: expected a string or RegExp (a /regular expression/ string must be valid)',
    ],
    [
      { ...base, categories: { analytics: { trackng: true } } },
      'categories.analytics.trackng: unknown key',
    ],
    [{ ...base, categorys: {} }, 'categorys: unknown key'],
    [{}, 'categories: is required'],
    [{ categories: {} }, 'categories: expected at least one category'],
    [{ categories: { 'bad name': {} } }, 'categories.bad name: expected a name'],
    [{ ...base, revision: -1 }, 'revision: expected a whole number'],
    [{ ...base, revision: '2' }, 'revision: expected a whole number'],
    [{ ...base, model: 'opt_in' }, "model: expected 'opt-in' | 'opt-out' | 'notice'"],
    [{ ...base, model: { regions: {} } }, 'model.default: is required'],
    [
      { ...base, model: { default: 'opt-in', regions: { US: 'maybe' } } },
      'model.regions.US: expected',
    ],
    [
      { ...base, model: { default: 'opt-in', regions: { us: 'opt-out' } } },
      'model.regions.us: expected an ISO 3166 code',
    ],
    [
      { ...base, signals: { dnt: 'honour' } },
      "signals.dnt: expected 'ignore' | 'default-deny' | 'enforce'",
    ],
    [{ ...base, lifetime: { consent: 0 } }, 'lifetime.consent: expected days, 1 to 3650'],
    [{ ...base, cookie: { name: 'a b' } }, 'cookie.name: expected a cookie name'],
    [
      { ...base, policyUrl: 'javascript:alert(1)' },
      'policyUrl: expected an http(s) or relative URL',
    ],
    [
      { ...base, policyUrl: ' JavaScript:alert(1)' },
      'policyUrl: expected an http(s) or relative URL',
    ],
    [{ ...base, texts: { titel: 'x' } }, 'texts.titel: unknown key'],
    [{ ...base, texts: { title: 5 } }, 'texts.title: expected a string'],
    [{ ...base, ui: { layout: 'popup' } }, 'ui.layout: expected'],
    [
      { ...base, receipts: { endpoint: 'data:text/plain,x' } },
      'receipts.endpoint: expected an http(s) or relative URL',
    ],
    [
      { categories: { a: { services: { x: { hosts: 'x.com' } } } } },
      'categories.a.services.x.hosts: expected an array',
    ],
    [
      { categories: { a: { services: { x: {} } }, b: { services: { x: {} } } } },
      'categories.b.services.x: service names must be unique',
    ],
    [
      { categories: { a: { services: { x: { onRevoke: 'alert(1)' } } } } },
      'categories.a.services.x.onRevoke: expected a function',
    ],
    [
      {
        thirdPartyTracking: false,
        categories: { ads: { tracking: true, services: { pixel: { thirdParty: true } } } },
      },
      'categories.ads.services.pixel: third-party tracking is refused',
    ],
    [null, 'config: expected an object'],
    [{ categories: { a: undefined } }, 'categories.a: expected an object'],
    [
      { categories: { a: { services: { x: undefined } } } },
      'categories.a.services.x: expected an object',
    ],
    [
      { categories: { toString: { services: { constructor: 1 } } } },
      'categories.toString: is a name every object has built in',
    ],
    [
      { categories: { a: { services: { constructor: {} } } } },
      'categories.a.services.constructor: is a name every object has built in',
    ],
    [{ categories: { valueOf: {} } }, 'categories.valueOf: is a name every object has built in'],
    [
      { categories: { hasOwnProperty: {} } },
      'categories.hasOwnProperty: is a name every object has built in',
    ],
    [JSON.parse('{"categories": {"__proto__": {}}}'), 'categories.__proto__: expected a name'],
  ])('names the path: %j', (config, message) => {
    expect(error(config)).toContain(message)
  })

  const withHosts = (hosts: string[]) => ({
    categories: { x: { services: { y: { hosts } } } },
  })

  it.each([
    'tracker.test:80',
    'https://tracker.test/x',
    'http://tracker.test',
    '//tracker.test',
    'tracker.test/x',
    'tracker%2Etest',
    'tracker&#46;test',
    '*tracker.test',
    'tracker.*.test',
    'a..test',
    '.',
    '',
    'user@tracker.test',
    '[::1]',
  ])('refuses the hosts entry %j, naming it', entry => {
    expect(error(withHosts(['ok.test', entry]))).toBe(
      'categories.x.services.y.hosts[1]: expected a host name such as tracker.test (no scheme, port, path or pattern)',
    )
  })

  it.each([
    ['tracker.test', 'tracker.test'],
    ['Tracker.TEST', 'tracker.test'],
    ['tracker.test.', 'tracker.test'],
    ['*.tracker.test', 'tracker.test'],
    ['*.Tracker.test.', 'tracker.test'],
    ['.tracker.test', 'tracker.test'],
    ['tracker\u3002test', 'tracker.test'],
    ['bücher.test', 'xn--bcher-kva.test'],
    ['127.0.0.1', '127.0.0.1'],
  ])('accepts the hosts entry %j, which names %s', (entry, host) => {
    expect(() => validateConfig(withHosts([entry]))).not.toThrow()
    expect(normalizeHost(entry)).toBe(host)
  })

  it('allows a disabled third-party service under thirdPartyTracking: false', () => {
    expect(() =>
      validateConfig({
        thirdPartyTracking: false,
        categories: {
          ads: { tracking: true, services: { adsense: { thirdParty: true, disabled: true } } },
        },
      }),
    ).not.toThrow()
  })

  it('accepts RegExp objects and /regex/ strings from JSON', () => {
    expect(() =>
      validateConfig({ categories: { a: { cookies: [/^_ga/, '/^_gid$/i', '_fbp', 'hj*'] } } }),
    ).not.toThrow()
  })

  it('throws only ConsentConfigError for any input (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, maxDepth: 4 }), value => {
        try {
          validateConfig({ categories: { a: value as any } })
          validateConfig(value as any)
        } catch (e) {
          expect(e).toBeInstanceOf(ConsentConfigError)
          expect((e as ConsentConfigError).message).toMatch(
            /: (expected|unknown key|is required|is a name every object|service names|third-party)/,
          )
        }
      }),
      { numRuns: 3000 },
    )
  }, 30_000)
})
