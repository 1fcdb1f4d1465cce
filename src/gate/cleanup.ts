import type { CookiePattern } from '../core/types'
import { domains, matcher, paths } from './match'

// Compiled when a clean-up runs, not when the gate starts: most loads delete nothing.
const any = (patterns: CookiePattern[], name: string) => patterns.some(p => matcher(p)(name))

/**
 * Deletes every cookie whose name `cookies` matches and every `localStorage`/`sessionStorage`
 * key that `keys` matches, except the consent cookie (`keep`). A cookie is expired for
 * every domain and path it may have been set with, since the browser deletes only an exact
 * (name, domain, path) match.
 * @example cleanUp(['_ga*'], ['ajs_*'], 'consentry')
 */
export function cleanUp(cookies: CookiePattern[], keys: CookiePattern[], keep: string): void {
  try {
    const { hostname, pathname, protocol } = location
    // Max-Age below zero expires at once (RFC 6265 section 5.2.2). A Secure cookie can only
    // be replaced by a Secure write (RFC 6265bis section 5.7 step 16).
    const tail = protocol == 'https:' ? ';secure' : ''
    for (const pair of document.cookie.split(/; */)) {
      const name = pair.split('=')[0]
      if (name != keep && any(cookies, name))
        for (const domain of domains(hostname))
          for (const path of paths(pathname)) document.cookie = name + '=;max-age=-1;path=' + path + (domain && ';domain=' + domain) + tail
    }
  } catch {}
  for (const area of ['localStorage', 'sessionStorage'] as const)
    try {
      const storage = window[area]
      for (let i = storage.length; i--; ) {
        const key = storage.key(i)!
        if (any(keys, key)) storage.removeItem(key)
      }
    } catch {}
}
