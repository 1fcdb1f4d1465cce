// The site's config as the scan needs it: which entry covers a host, a cookie or a
// storage key, with the same matching rules the gate uses (src/gate/match.ts).
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ConsentConfig, CookiePattern } from '../core/types'
import { hostIn, matcher, type Test } from '../gate/match'
import type { ConfigPlace } from './types'

/** One pattern of the config, with where it is and the text it was written as. */
export interface PatternEntry {
  place: ConfigPlace
  pattern: string
  test: Test
}

/** One `hosts` entry of a service. */
export interface HostEntry {
  place: ConfigPlace
  host: string
}

/** A config, indexed for the questions the scan asks. */
export interface ConfigIndex {
  config: ConsentConfig | null
  consentCookie: string
  hosts: HostEntry[]
  cookies: PatternEntry[]
  storage: PatternEntry[]
  /** Services marked `disabled`: never reported stale, since they are listed on purpose. */
  disabled: Set<string>
  hostPlace(host: string): ConfigPlace | null
  cookiePlace(name: string): ConfigPlace | null
  storagePlace(key: string): ConfigPlace | null
}

/** How a pattern was written: RegExp as `/source/flags`, the JSON form configs accept. */
export function patternText(pattern: CookiePattern): string {
  if (typeof pattern === 'string') return pattern
  return `/${pattern.source}/${pattern.flags}`
}

/** A test that never throws: a pattern that does not compile matches nothing. */
function safeMatcher(pattern: CookiePattern): Test {
  try {
    return matcher(pattern)
  } catch {
    return () => false
  }
}

function patternEntries(place: ConfigPlace, patterns: readonly CookiePattern[] | undefined) {
  return (patterns || []).map(pattern => ({
    place,
    pattern: patternText(pattern),
    test: safeMatcher(pattern),
  }))
}

/** Service entries come first, so the most specific place answers. */
function firstPlace(entries: PatternEntry[], name: string): ConfigPlace | null {
  const serviceHit = entries.find(entry => entry.place.service && entry.test(name))
  if (serviceHit) return serviceHit.place
  const categoryHit = entries.find(entry => entry.test(name))
  return categoryHit ? categoryHit.place : null
}

/** Indexes a config (or none: then nothing is covered). */
export function indexConfig(config: ConsentConfig | null): ConfigIndex {
  const hosts: HostEntry[] = []
  const cookies: PatternEntry[] = []
  const storage: PatternEntry[] = []
  const disabled = new Set<string>()
  const categories = (config && config.categories) || {}
  for (const [category, cat] of Object.entries(categories)) {
    const required = !!cat.required
    const categoryPlace = { category, service: null, required }
    cookies.push(...patternEntries(categoryPlace, cat.cookies))
    storage.push(...patternEntries(categoryPlace, cat.storage))
    for (const [service, svc] of Object.entries(cat.services || {})) {
      const place = { category, service, required }
      if (svc.disabled) disabled.add(service)
      cookies.push(...patternEntries(place, svc.cookies))
      storage.push(...patternEntries(place, svc.storage))
      // The gate's reading of `hosts`: lower case, and `*.example.com` means `example.com`.
      for (const host of svc.hosts || [])
        hosts.push({ place, host: host.toLowerCase().replace(/^\*?\./, '') })
    }
  }
  const hostPlace = (host: string) => {
    const hit = hosts.find(entry => hostIn(host, entry.host))
    return hit ? hit.place : null
  }
  return {
    config,
    consentCookie: (config && config.cookie && config.cookie.name) || 'consentry',
    hosts,
    cookies,
    storage,
    disabled,
    hostPlace,
    cookiePlace: name => firstPlace(cookies, name),
    storagePlace: key => firstPlace(storage, key),
  }
}

/**
 * Reads `--config FILE`: JSON (RegExp patterns written as `"/re/flags"` strings), or an
 * ES module whose default export (or `config` export) is the config.
 */
export async function readConfigFile(file: string): Promise<ConsentConfig> {
  const path = resolve(file)
  if (/\.json$/i.test(path)) return JSON.parse(await readFile(path, 'utf8')) as ConsentConfig
  const module = (await import(pathToFileURL(path).href)) as {
    default?: ConsentConfig
    config?: ConsentConfig
  }
  const config = module.default || module.config
  if (!config || typeof config !== 'object')
    throw new Error(`${file} exports no config (a default export or \`config\`)`)
  return config
}
