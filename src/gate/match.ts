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
