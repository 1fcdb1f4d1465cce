import { toRegExp } from '../core/config'
import type { CookiePattern } from '../core/types'

/** Tells whether a cookie name or storage key matches. */
export type Test = (name: string) => boolean

/** A `*` glob as a RegExp: every other character is escaped (an identity escape), `*` matches any run. */
const globToRegExp = (glob: string) =>
  RegExp('^' + glob.replace(/\W/g, c => (c === '*' ? '.*' : '\\' + c)) + '$')

/** A pattern as a RegExp: a `/source/flags` string is one, any other string a glob. */
const toPattern = (pattern: CookiePattern): RegExp => {
  if (typeof pattern !== 'string') return pattern
  if (pattern.startsWith('/')) return toRegExp(pattern)
  return globToRegExp(pattern)
}

/**
 * A test for one pattern: an exact name, a `*` glob, a RegExp, or a `/source/flags` string.
 * @example matcher('_ga_*')('_ga_XYZ') // true
 */
export const matcher = (pattern: CookiePattern): Test => {
  const re = toPattern(pattern)
  // `search` ignores `lastIndex`, so a RegExp with the g or y flag answers the same every time.
  return name => name.search(re) > -1
}

/**
 * `example.com` covers itself and every subdomain, never `badexample.com`.
 * @example hostIn('www.example.com', 'example.com') // true
 */
export const hostIn = (host: string, pattern: string) =>
  host === pattern || host.endsWith('.' + pattern)

/**
 * Every `Domain` a cookie visible on `host` may carry: none (host-only), the host, and
 * each parent down to two labels (RFC 6265 section 5.3 step 5: a browser refuses a
 * public suffix, so `.co.uk` is harmless, but a single label never needs trying).
 * @example domains('www.site.test') // ['', '.www.site.test', '.site.test']
 */
export const domains = (host: string) => {
  const labels = host.split('.')
  const out = ['']
  for (let i = 0; i < labels.length - 1; i++) out.push('.' + labels.slice(i).join('.'))
  return out
}

/**
 * Every `Path` a cookie visible on `path` may carry: a cookie is sent only where its
 * path is a prefix of the page's (RFC 6265 section 5.1.4), so the prefixes are all
 * the paths worth expiring; cookies set for other paths are cleaned on the pages that see them.
 * @example paths('/shop/cart') // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']
 */
export const paths = (path: string) => {
  const out = ['/']
  let prefix = ''
  for (const segment of path.split('/')) {
    if (!segment) continue
    prefix += '/' + segment
    out.push(prefix, prefix + '/')
  }
  return out
}
