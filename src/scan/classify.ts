// What a host or a cookie is, from outside the site's config: the registrable domain
// (tldts, on the Public Suffix List), the Ghostery tracker database for hosts, and a
// short list of well-known cookie names.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { matcher, type Test } from '../gate/match'
import type { KnownCookie, Party, TrackerInfo } from './types'

/** The tracker database's categories that follow people; the rest (hosting, utilities,
 * consent, essential, audio and video players, customer interaction...) are named but not leaks. */
const TRACKING_CATEGORIES = new Set([
  'advertising',
  'adult_advertising',
  'site_analytics',
  'social_media',
])

/** Answers host questions; `lookup` is null-safe when no database is installed. */
export interface Classifier {
  /** The database used, or null. */
  database: { name: string; version: string } | null
  /** The registrable domain of a host (`www.shop.co.uk` -> `shop.co.uk`); the host itself when it has none. */
  domainOf(host: string): string
  tracker(host: string): TrackerInfo | null
}

interface TldtsModule {
  getDomain(host: string): string | null
}

interface TrackerMatch {
  pattern: { key: string; name: string }
  category: { key: string }
  organization: { name: string } | null
}

interface TrackerDb {
  matchDomain(domain: string): TrackerMatch[]
}

type TrackerDbLoader = (engine: Uint8Array) => Promise<TrackerDb>

/** The Ghostery tracker database, read from the engine file its package ships (no download). */
async function loadTrackerDb(): Promise<{ db: TrackerDb; version: string } | null> {
  try {
    const require = createRequire(import.meta.url)
    // The package exports only its entry, so its files are found next to that entry.
    const entry = require.resolve('@ghostery/trackerdb')
    const root = join(dirname(entry), '..', '..')
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      version: string
    }
    const engine = await readFile(join(root, 'dist', 'trackerdb.engine'))
    const module = (await import('@ghostery/trackerdb')) as unknown as { default: TrackerDbLoader }
    const db = await module.default(engine)
    return { db, version: manifest.version }
  } catch {
    return null
  }
}

/** Loads tldts (required) and the tracker database (optional: without it, hosts are classified by the config alone). */
export async function createClassifier(): Promise<Classifier> {
  const tldts = (await import('tldts')) as unknown as TldtsModule
  const loaded = await loadTrackerDb()
  const cache = new Map<string, TrackerInfo | null>()
  const tracker = (host: string) => {
    if (!loaded) return null
    if (cache.has(host)) return cache.get(host) || null
    const match = loaded.db.matchDomain(host)[0]
    const info = match
      ? {
          key: match.pattern.key,
          name: match.pattern.name,
          category: match.category.key,
          organization: match.organization ? match.organization.name : null,
          tracking: TRACKING_CATEGORIES.has(match.category.key),
        }
      : null
    cache.set(host, info)
    return info
  }
  return {
    database: loaded ? { name: '@ghostery/trackerdb', version: loaded.version } : null,
    domainOf: host => tldts.getDomain(host) || host,
    tracker,
  }
}

/** First party when both belong to the same registrable domain. */
export function partyOf(domain: string, site: string): Party {
  return domain === site ? 'first' : 'third'
}

/** The host a cookie's `Domain` stands for (`.example.com` -> `example.com`). */
export const cookieHost = (domain: string) => domain.replace(/^\./, '')

/**
 * Well-known cookie names and what they are for. A short list of widely documented
 * names (the vendors' own cookie pages); no npm package keeps such a list up to date.
 */
const KNOWN_COOKIES: { pattern: string; vendor: string; purpose: KnownCookie['purpose'] }[] = [
  { pattern: '_ga', vendor: 'Google Analytics', purpose: 'analytics' },
  { pattern: '_ga_*', vendor: 'Google Analytics', purpose: 'analytics' },
  { pattern: '_gid', vendor: 'Google Analytics', purpose: 'analytics' },
  { pattern: '_gat*', vendor: 'Google Analytics', purpose: 'analytics' },
  { pattern: '_gcl_*', vendor: 'Google Ads', purpose: 'marketing' },
  { pattern: '__gads', vendor: 'Google AdSense', purpose: 'marketing' },
  { pattern: '__gpi', vendor: 'Google AdSense', purpose: 'marketing' },
  { pattern: 'IDE', vendor: 'Google DoubleClick', purpose: 'marketing' },
  { pattern: '_fbp', vendor: 'Meta Pixel', purpose: 'marketing' },
  { pattern: '_fbc', vendor: 'Meta Pixel', purpose: 'marketing' },
  { pattern: '_hj*', vendor: 'Hotjar', purpose: 'analytics' },
  { pattern: '_clck', vendor: 'Microsoft Clarity', purpose: 'analytics' },
  { pattern: '_clsk', vendor: 'Microsoft Clarity', purpose: 'analytics' },
  { pattern: '_uet*', vendor: 'Microsoft Advertising', purpose: 'marketing' },
  { pattern: '_pk_*', vendor: 'Matomo', purpose: 'analytics' },
  { pattern: '_ttp', vendor: 'TikTok Pixel', purpose: 'marketing' },
  { pattern: 'li_*', vendor: 'LinkedIn', purpose: 'marketing' },
  { pattern: '__hstc', vendor: 'HubSpot', purpose: 'marketing' },
  { pattern: 'hubspotutk', vendor: 'HubSpot', purpose: 'marketing' },
  { pattern: 'ajs_anonymous_id', vendor: 'Segment', purpose: 'analytics' },
  { pattern: '__stid', vendor: 'ShareThis', purpose: 'social' },
  { pattern: 'PHPSESSID', vendor: 'PHP session', purpose: 'necessary' },
  { pattern: 'JSESSIONID', vendor: 'Java session', purpose: 'necessary' },
  { pattern: 'ASP.NET_SessionId', vendor: 'ASP.NET session', purpose: 'necessary' },
  { pattern: 'XSRF-TOKEN', vendor: 'CSRF protection', purpose: 'necessary' },
  { pattern: 'csrftoken', vendor: 'CSRF protection', purpose: 'necessary' },
  { pattern: '__cf_bm', vendor: 'Cloudflare bot management', purpose: 'necessary' },
]

const KNOWN_TESTS: { test: Test; known: KnownCookie }[] = KNOWN_COOKIES.map(entry => ({
  test: matcher(entry.pattern),
  known: { vendor: entry.vendor, purpose: entry.purpose },
}))

/** What a cookie name is known for, or null. */
export function knownCookie(name: string): KnownCookie | null {
  const hit = KNOWN_TESTS.find(entry => entry.test(name))
  return hit ? hit.known : null
}
