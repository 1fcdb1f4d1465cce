import { describe, expect, it } from 'vitest'
import { domains, hostIn, matcher, paths } from '../../../src/gate/match'

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

describe('domains', () => {
  it('lists host-only, the host and each parent down to two labels', () => {
    expect(domains('www.site.test')).toEqual(['', '.www.site.test', '.site.test'])
    expect(domains('a.b.example.co.uk')).toEqual([
      '',
      '.a.b.example.co.uk',
      '.b.example.co.uk',
      '.example.co.uk',
      '.co.uk',
    ])
  })

  it('never tries a single label', () => {
    expect(domains('localhost')).toEqual([''])
    expect(domains('site.test')).toEqual(['', '.site.test'])
  })
})

describe('paths', () => {
  it('lists every path a cookie visible on the page can have', () => {
    expect(paths('/')).toEqual(['/'])
    expect(paths('/shop')).toEqual(['/', '/shop', '/shop/'])
    expect(paths('/shop/cart/')).toEqual(['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/'])
  })
})
