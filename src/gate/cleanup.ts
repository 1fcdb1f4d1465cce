import { expireCookie } from '../core/cookies'
import type { CookiePattern } from '../core/types'
import { matcher } from './match'

/** What a category or service leaves behind: cookie names and storage keys. */
type Traces = {
  readonly cookies?: readonly CookiePattern[]
  readonly storage?: readonly CookiePattern[]
}

/**
 * Whether one of `units` lists a cookie name (`cookies`) or storage key (`storage`). The
 * patterns are compiled at each call, not when the gate starts: most loads delete nothing.
 */
export const listedBySome = (units: readonly Traces[], kind: keyof Traces, name: string) =>
  units.some(unit => unit[kind]?.some(pattern => matcher(pattern)(name)))

/** The names of the cookies this page sees; none where cookies are unavailable. */
const cookieNames = (): string[] => {
  try {
    return document.cookie.split(/; */).map(pair => pair.split('=')[0])
  } catch {
    return []
  }
}

/**
 * Deletes every cookie whose name one of `units` lists in `cookies` and every
 * `localStorage`/`sessionStorage` key one lists in `storage`, except the consent cookie
 * (`keep`). A cookie is expired for every domain and path it may have been set with, since
 * the browser deletes only an exact (name, domain, path) match.
 * @example cleanUp([{ cookies: ['_ga*'], storage: ['ajs_*'] }], 'consentry')
 */
export function cleanUp(units: readonly Traces[], keep: string): void {
  for (const name of cookieNames())
    if (name !== keep && listedBySome(units, 'cookies', name)) expireCookie(name)
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[area]
      // Backwards: removing a key shifts the indexes of those after it.
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i)
        if (key !== null && listedBySome(units, 'storage', key)) storage.removeItem(key)
      }
    } catch {
      // Storage unavailable (blocked, sandboxed): nothing to remove.
    }
  }
}
