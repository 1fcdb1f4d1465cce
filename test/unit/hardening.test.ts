// Hardening, unit level: what the browser tests cannot fuzz in thousands of cases.
// The decoder and the validator's error types are fuzzed in codec.test.ts and config.test.ts.
import fc from 'fast-check'
import Cookies from 'js-cookie'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeRecord } from '../../src/core/codec'
import { validateConfig } from '../../src/core/config'
import { createConsent } from '../../src/core/consent'
import { startGate } from '../../src/gate'
import { matcher } from '../../src/gate/match'

/** What a browser's URL parser makes of a link on an http or https page (Node's URL is the
 * same WHATWG parser); 'invalid' cannot be followed at all (`http:` on an https page). */
const schemes = (url: string) =>
  ['http://www.site.test/page', 'https://www.site.test/page'].map(base => {
    try {
      return new URL(url, base).protocol
    } catch {
      return 'invalid'
    }
  })
const accepted = (policyUrl: string) => {
  try {
    validateConfig({ categories: { necessary: { required: true } }, policyUrl })
    return true
  } catch {
    return false
  }
}

describe('policyUrl', () => {
  const names = fc.constantFrom(
    'javascript',
    'JavaScript',
    'JAVASCRIPT',
    'data',
    'vbscript',
    'file',
    'blob',
    'x-custom+a.b',
  )
  const rest = fc.constantFrom('alert(1)', '//x', 'text/html,<b>', '')

  it('refuses every non-http(s) scheme written plainly, in any case, after spaces (fuzz)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ' ', '  ', '\n', '\t '), names, rest, (lead, name, tail) => {
        expect(accepted(lead + name + ':' + tail)).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('accepts http(s), protocol-relative and relative URLs', () => {
    for (const url of [
      'https://www.site.test/privacy',
      'HTTP://x.test',
      '//cdn.test/p',
      '/privacy',
      'privacy.html',
      '#policy',
      '?p=1',
      './a:b',
    ])
      expect([url, accepted(url)]).toEqual([url, true])
  })

  // The URL parser removes tabs and newlines anywhere and strips leading C0 controls: a
  // scheme test that does not would pass 'java\tscript:' as relative.
  it('accepts only what a browser resolves to http(s): tabs, newlines and control characters included (fuzz)', () => {
    const piece = fc.constantFrom(
      'java',
      'script',
      'data',
      'http',
      's',
      ':',
      '/',
      '\t',
      '\n',
      '\r',
      '\x00',
      '\x01',
      '\x1f',
      ' ',
      '\u00a0',
      'a',
      '.',
      '#',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map(p => p.join('')),
        url => {
          if (accepted(url))
            for (const scheme of schemes(url))
              expect(['http:', 'https:', 'invalid']).toContain(scheme)
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('the consent cookie and clean-up patterns', () => {
  const clear = () => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  }
  afterEach(clear)

  const pattern = fc.constantFrom(
    '*',
    '/.*/',
    '/^c/',
    '/consent/i',
    'consent*',
    '*y',
    'consentry',
    'my_choice',
    '/my/',
    '/^(?!x)/',
  )
  it('never deletes the consent cookie, whatever patterns the withdrawn category and service carry (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 4 }),
        fc.array(pattern, { maxLength: 3 }),
        fc.constantFrom('consentry', 'my_choice'),
        (cat, service, name) => {
          clear()
          document.cookie = '_ga=1; path=/'
          const consent = createConsent({
            categories: {
              necessary: { required: true },
              analytics: { cookies: cat, services: { ga: { cookies: service } } },
            },
            cookie: { name },
          })
          const stop = startGate(consent)
          try {
            consent.acceptAll()
            consent.set({ analytics: false })
            expect(decodeRecord(Cookies.get(name))).toMatchObject({
              categories: { analytics: false },
            })
            // The patterns do work: a cookie they match is gone.
            expect(Cookies.get('_ga')).toBe(
              [...cat, ...service].some(p => matcher(p)('_ga')) ? undefined : '1',
            )
            consent.reset()
            consent.rejectAll()
            expect(decodeRecord(Cookies.get(name))).toMatchObject({ method: 'reject-all' })
          } finally {
            stop()
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
