import Cookies from 'js-cookie'
import { decodeRecord, encodeRecord } from './codec'
import { DAY, lifetimeDays } from './decide'
import type { ConsentConfig, ConsentRecord } from './types'


/** The consent cookie's name for a config. */
export const cookieName = (config: ConsentConfig) => (config.cookie && config.cookie.name) || 'consentry'

/** Parses `document.cookie` ourselves: with two same-name cookies (host and parent domain,
 * or two paths) the browser orders them by path length and creation time (RFC 6265
 * section 5.4 step 2), not by which is newer, so take the newest that decodes. A record
 * dated in the future (skewed clock, forgery) is the last choice: if it won, every new
 * decision would be outvoted by it and the banner would come back on every page. */
export function readRecord(config: ConsentConfig): ConsentRecord | null {
  let found: ConsentRecord | null = null
  const rank = (r: ConsentRecord) => (r.time > Date.now() + DAY ? -r.time : r.time)
  try {
    const name = cookieName(config)
    for (const part of document.cookie.split(/; */)) {
      const eq = part.indexOf('=')
      const record = part.slice(0, eq) == name && decodeRecord(part.slice(eq + 1))
      if (record && (!found || rank(record) > rank(found))) found = record
    }
  } catch {}
  return found
}

/** Writes the record; returns false when cookies are unavailable (the choice then lives
 * in memory for this page view). */
export function writeRecord(config: ConsentConfig, record: ConsentRecord): boolean {
  try {
    const c = config.cookie || {}
    Cookies.set(cookieName(config), encodeRecord(record), {
      expires: new Date(record.time + lifetimeDays(config, record) * DAY),
      path: c.path || '/',
      domain: c.domain,
      sameSite: c.sameSite || 'Lax',
      secure: location.protocol == 'https:' || c.sameSite == 'None',
    })
    return readRecord(config)?.id == record.id
  } catch {
    return false
  }
}

/** Deletes the consent cookie where it is written now and host-only (where a config
 * without `cookie.domain` wrote it before), so `reset()` really forgets. */
export function clearRecord(config: ConsentConfig): void {
  try {
    const c = config.cookie || {}
    for (const domain of [c.domain, undefined]) Cookies.remove(cookieName(config), { path: c.path || '/', domain })
  } catch {}
}
