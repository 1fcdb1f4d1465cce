import { describe, expect, it } from 'vitest'
import { cookieDomains, cookiePaths } from '../../src/core/cookies'

describe('cookieDomains', () => {
  it('lists host-only, the host and each parent down to two labels', () => {
    expect(cookieDomains('www.site.test')).toEqual(['', '.www.site.test', '.site.test'])
    expect(cookieDomains('a.b.example.co.uk')).toEqual([
      '',
      '.a.b.example.co.uk',
      '.b.example.co.uk',
      '.example.co.uk',
      '.co.uk',
    ])
  })

  it('never tries a single label', () => {
    expect(cookieDomains('localhost')).toEqual([''])
    expect(cookieDomains('site.test')).toEqual(['', '.site.test'])
  })
})

describe('cookiePaths', () => {
  it('lists every path a cookie visible on the page can have', () => {
    expect(cookiePaths('/')).toEqual(['/'])
    expect(cookiePaths('/shop')).toEqual(['/', '/shop', '/shop/'])
    expect(cookiePaths('/shop/cart/')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
    ])
  })
})
