import Cookies from 'js-cookie'
import { decodeRecord, encodeRecord } from './codec'
import { expireCookie } from './cookies'
import { DAY, lifetimeDays } from './decide'
import type { ConsentConfig, ConsentRecord } from './types'

/** The consent cookie's name for a config. */
export const cookieName = (config: ConsentConfig) => config.cookie?.name || 'consentry'

/** A record dated in the future (skewed clock, forgery) ranks below every other. */
const rank = (record: ConsentRecord) => {
  if (record.time > Date.now() + DAY) return -record.time
  return record.time
}

/** Every value of the consent cookie this page sees, in `document.cookie`'s order. */
const cookieValues = (name: string): string[] => {
  const values: string[] = []
  for (const pair of document.cookie.split(/; */)) {
    const eq = pair.indexOf('=')
    if (eq > 0 && pair.slice(0, eq) === name) values.push(pair.slice(eq + 1))
  }
  return values
}

/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. A record
 * dated in the future is the last choice: if it won, every new decision would be
 * outvoted by it and the banner would come back on every page. */
export function readRecord(config: ConsentConfig): ConsentRecord | null {
  let found: ConsentRecord | null = null
  try {
    for (const value of cookieValues(cookieName(config))) {
      const record = decodeRecord(value)
      if (record && (!found || rank(record) > rank(found))) found = record
    }
  } catch {
    // Cookies unavailable: no record, so no consent (fail closed).
  }
  return found
}

/**
 * Writes the record and reads it back; returns false when the exact value did not arrive
 * (cookies unavailable, the write dropped, a value the browser refused). Nothing is written
 * for a record that could not be read back (too large). The choice then lives in memory
 * for this page view.
 */
export function writeRecord(config: ConsentConfig, record: ConsentRecord): boolean {
  try {
    const value = encodeRecord(record)
    const cookie = config.cookie || {}
    Cookies.set(cookieName(config), value, {
      expires: new Date(record.time + lifetimeDays(config, record) * DAY),
      path: cookie.path || '/',
      domain: cookie.domain,
      sameSite: cookie.sameSite || 'Lax',
      secure: location.protocol === 'https:' || cookie.sameSite === 'None',
    })
    // The id is reused across decisions: only the exact value proves this write landed.
    return cookieValues(cookieName(config)).includes(value)
  } catch {
    return false
  }
}

/** Deletes the consent cookie everywhere this page can see one: host-only and on every
 * parent domain, on every prefix of this path and the configured domain and path.
 * readRecord reads them all, so a record left by an earlier config (another domain or
 * path) would otherwise come back. */
export function clearRecord(config: ConsentConfig): void {
  expireCookie(cookieName(config), { domain: config.cookie?.domain, path: config.cookie?.path })
}
