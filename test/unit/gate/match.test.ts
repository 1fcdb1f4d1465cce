import { describe, expect, it } from 'vitest'
import { hostIn, matcher } from '../../../src/gate/match'

describe('matcher', () => {
  const table: [pattern: string | RegExp, name: string, matches: boolean][] = [
    ['_ga', '_ga', true],
    ['_ga', '_gat', false],
    ['_ga', 'x_ga', false],
    ['_ga_*', '_ga_ABC123', true],
    ['_ga_*', '_ga_', true],
    ['_ga_*', '_ga', false],
    ['*_id', 'ajs_user_id', true],
    ['a*b*c', 'a--b--c', true],
    ['a*b*c', 'a--c', false],
    // Glob characters are the only special ones: dots, pluses and brackets are literal.
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['a+(b)', 'a+(b)', true],
    ['[x]', '[x]', true],
    ['[x]', 'x', false],
    [/^_pk_/, '_pk_id.1.2', true],
    [/^_pk_/, 'x_pk_', false],
    ['/^_pk_/', '_pk_ses', true],
    ['/^_PK_/i', '_pk_ses', true],
    ['/^_PK_/', '_pk_ses', false],
  ]
  for (const [pattern, name, matches] of table)
    it(`${matches ? 'matches' : 'does not match'} ${JSON.stringify(name)} with ${String(pattern)}`, () => {
      expect(matcher(pattern)(name)).toBe(matches)
    })

  it('answers the same every time for a RegExp with the g or y flag', () => {
    for (const re of [/_ga/g, /_ga/y, '/_ga/g']) {
      const test = matcher(re)
      expect([test('_ga'), test('_ga'), test('_ga')]).toEqual([true, true, true])
    }
  })
})

describe('hostIn', () => {
  it('covers the host and its subdomains, never a look-alike', () => {
    expect(hostIn('example.com', 'example.com')).toBe(true)
    expect(hostIn('www.example.com', 'example.com')).toBe(true)
    expect(hostIn('a.b.example.com', 'example.com')).toBe(true)
    expect(hostIn('badexample.com', 'example.com')).toBe(false)
    expect(hostIn('example.com.evil.test', 'example.com')).toBe(false)
    expect(hostIn('example.com', 'www.example.com')).toBe(false)
  })
})
