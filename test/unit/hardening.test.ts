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
  /** Any URL scheme (RFC 3986 section 3.1) but http and https, in any case. */
  const scheme = fc
    .stringMatching(/^[A-Za-z][A-Za-z0-9+.-]{0,15}$/)
    .filter(name => !/^https?$/i.test(name))
  const lead = fc.string({ unit: fc.constantFrom(' ', '\n', '\t'), maxLength: 3 })

  it('refuses every non-http(s) scheme written plainly, in any case, after spaces (fuzz)', () => {
    fc.assert(
      fc.property(lead, scheme, fc.string({ maxLength: 20 }), (space, name, tail) => {
        expect(accepted(space + name + ':' + tail)).toBe(false)
      }),
      { numRuns: 2000 },
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
    // Pieces of schemes and the characters URL parsers strip, mixed with any ASCII.
    const control = fc.integer({ min: 0, max: 0x20 }).map(code => String.fromCharCode(code))
    const piece = fc.oneof(
      fc.constantFrom('java', 'script', 'data', 'http', 's', ':', '/', '#', '.', '\u00a0'),
      fc.string({ unit: control, minLength: 1, maxLength: 2 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 2 }),
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
      { numRuns: 2000 },
    )
  }, 30_000)
})

describe('the consent cookie and clean-up patterns', () => {
  const clear = () => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  }
  afterEach(clear)

  // Patterns that may cover the consent cookie's name: globs and regular expressions built
  // from pieces of it, wildcards and regex syntax.
  const namePiece = fc.constantFrom('consent', 'c', 'ry', 'my', '_choice', 'y', '_ga', 'x')
  const glob = fc
    .array(fc.oneof(namePiece, fc.constant('*')), { minLength: 1, maxLength: 4 })
    .map(pieces => pieces.join(''))
  const regexSource = fc
    .array(fc.oneof(namePiece, fc.constantFrom('.*', '^', '$', '(?!x)', '.')), {
      minLength: 1,
      maxLength: 5,
    })
    .map(pieces => pieces.join(''))
  const regex = fc
    .tuple(regexSource, fc.constantFrom('', 'i'))
    .map(({ 0: source, 1: flags }) => '/' + source + '/' + flags)
  const pattern = fc.oneof(glob, regex)
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
  }, 30_000)
})
