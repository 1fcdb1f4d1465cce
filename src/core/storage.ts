import Cookies from 'js-cookie'
import { decodeRecord, encodeRecord } from './codec'
import { DAY, lifetimeDays } from './decide'
import type { ConsentConfig, ConsentRecord } from './types'

/** The consent cookie's name for a config. */
export const cookieName = (config: ConsentConfig) =>
  (config.cookie && config.cookie.name) || 'consentry'

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

/** Deletes the consent cookie everywhere this page can see one: host-only and on every
 * parent domain, on `/` and every prefix of this path. readRecord reads them all, so a
 * record left by an earlier config (another domain or path) would otherwise come back. */
export function clearRecord(config: ConsentConfig): void {
  try {
    const c = config.cookie || {}
    const labels = location.hostname.split('.')
    const parts = location.pathname.split('/')
    const domains: (string | undefined)[] = [undefined, c.domain]
    for (let i = 0; i < labels.length - 1; i++) domains.push('.' + labels.slice(i).join('.'))
    const paths = [c.path || '/']
    for (let i = 1; i < parts.length; i++) paths.push(parts.slice(0, i + 1).join('/') || '/')
    for (const domain of domains)
      for (const path of paths) Cookies.remove(cookieName(config), { domain, path })
  } catch {}
}
