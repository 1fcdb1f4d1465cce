import type { CookiePattern } from '../core/types'
import { domains, matcher, paths } from './match'

/** What a category or service leaves behind: cookie names and storage keys. */
type Traces = { cookies?: CookiePattern[]; storage?: CookiePattern[] }

// Compiled when a clean-up runs, not when the gate starts: most loads delete nothing.
const any = (units: Traces[], key: keyof Traces, name: string) =>
  units.some(u => u[key]?.some(p => matcher(p)(name)))

/**
 * Deletes every cookie whose name one of `units` lists in `cookies` and every
 * `localStorage`/`sessionStorage` key one lists in `storage`, except the consent cookie
 * (`keep`). A cookie is expired for every domain and path it may have been set with, since
 * the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([{ cookies: ['_ga*'], storage: ['ajs_*'] }], 'consentry')
 */
export function cleanUp(units: Traces[], keep: string): void {
  try {
    // Max-Age below zero expires at once (RFC 6265 section 5.2.2). A Secure cookie can only
    // be replaced by a Secure write (RFC 6265bis section 5.7 step 16).
    const tail = location.protocol == 'https:' ? ';secure' : ''
    for (const pair of document.cookie.split(/; */)) {
      const name = pair.split('=')[0]
      if (name != keep && any(units, 'cookies', name))
        for (const domain of domains(location.hostname))
          for (const path of paths(location.pathname))
            document.cookie =
              name + '=;max-age=-1;path=' + path + (domain && ';domain=' + domain) + tail
    }
  } catch {}
  for (const area of ['localStorage', 'sessionStorage'] as const)
    try {
      const storage = window[area]
      for (let i = storage.length; i--;) {
        const key = storage.key(i)!
        if (any(units, 'storage', key)) storage.removeItem(key)
      }
    } catch {}
}
