// Turns what the browser saw into the report: what each state loaded, what leaked,
// what the config does not list, what it lists that nothing used, and the patch.
// Pure: no browser, no files, so it is unit-tested on plain data.
import type { ConsentConfig } from '../core/types'
import { hostIn } from '../gate/match'
import type { RawCookie, RawPage, RawState } from './browse'
import { cookieHost, knownCookie, partyOf, type Classifier } from './classify'
import { indexConfig, type ConfigIndex } from './config'
import { buildPatch } from './patch'
import type {
  ConfigPlace,
  Leak,
  ObservedCookie,
  ObservedDomain,
  ObservedStorageKey,
  PageResult,
  ScanReport,
  StalePattern,
  StaleHost,
  StateName,
  StateResult,
  UnlistedCookie,
  UnlistedHost,
} from './types'
import { STATES } from './types'
import { STATE_PHRASES, trackerText } from './words'

export interface AnalyzeInput {
  startUrl: string
  scannedAt: string
  pages: RawPage[]
  config: ConsentConfig | null
  configSource: ScanReport['configSource']
  classifier: Classifier
}

/** The screenshot's name for a page and state: what the HTML report keys images by. */
export const screenshotName = (pageIndex: number, state: StateName) =>
  `page${pageIndex + 1}-${state}.jpg`

const optional = (place: ConfigPlace | null) => !!place && !place.required

const sorted = (values: Iterable<string>) => [...new Set(values)].sort()

function observeRequests(
  state: RawState,
  site: string,
  index: ConfigIndex,
  classifier: Classifier,
) {
  const byDomain = new Map<string, { hosts: Set<string>; count: number; types: Set<string> }>()
  for (const request of state.requests) {
    const domain = classifier.domainOf(request.host)
    const group = byDomain.get(domain) || { hosts: new Set(), count: 0, types: new Set() }
    group.hosts.add(request.host)
    group.count++
    group.types.add(request.type)
    byDomain.set(domain, group)
  }
  const domains: ObservedDomain[] = []
  for (const [domain, group] of byDomain) {
    const hosts = sorted(group.hosts)
    const covered = hosts.map(host => index.hostPlace(host)).find(place => place)
    const tracker = hosts.map(host => classifier.tracker(host)).find(info => info)
    domains.push({
      domain,
      party: partyOf(domain, site),
      hosts,
      count: group.count,
      types: sorted(group.types),
      config: covered || null,
      tracker: tracker || null,
    })
  }
  return domains.sort((a, b) => a.domain.localeCompare(b.domain))
}

function observeCookie(
  cookie: RawCookie,
  site: string,
  index: ConfigIndex,
  classifier: Classifier,
): ObservedCookie {
  const host = cookieHost(cookie.domain)
  const party = partyOf(classifier.domainOf(host), site)
  const consentCookie = party === 'first' && cookie.name === index.consentCookie
  // A third-party cookie is listed by the service whose hosts set it, or by a pattern.
  const place = index.cookiePlace(cookie.name) || (party === 'third' ? index.hostPlace(host) : null)
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : null,
    party,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    setBy: cookie.setBy,
    config: consentCookie ? null : place,
    consentCookie,
    known: knownCookie(cookie.name),
  }
}

function observeState(
  state: RawState,
  screenshot: string | null,
  site: string,
  index: ConfigIndex,
  classifier: Classifier,
): StateResult {
  const storage: ObservedStorageKey[] = [
    ...state.local.map(item => ({ area: 'local' as const, ...item })),
    ...state.session.map(item => ({ area: 'session' as const, ...item })),
  ].map(item => ({ ...item, config: index.storagePlace(item.key) }))
  return {
    decided: state.decided,
    note: state.note,
    cookies: state.cookies
      .map(cookie => observeCookie(cookie, site, index, classifier))
      .sort((a, b) => a.name.localeCompare(b.name)),
    storage,
    requests: observeRequests(state, site, index, classifier),
    screenshot: state.screenshot ? screenshot : null,
  }
}

const placeText = (place: ConfigPlace) =>
  place.service ? `service "${place.service}" (${place.category})` : `category "${place.category}"`

/** The leaks of one page in one state (before a choice, or after Reject all). */
export function leaksOf(page: string, stateName: 'before' | 'reject', state: StateResult): Leak[] {
  const leaks: Leak[] = []
  const when = STATE_PHRASES[stateName]
  const leak = (kind: Leak['kind'], subject: string, detail: string) =>
    leaks.push({ state: stateName, page, kind, subject, detail })
  for (const group of state.requests) {
    const count = `${group.count} request${group.count === 1 ? '' : 's'}`
    if (group.config && optional(group.config))
      leak(
        'tracker-request',
        group.domain,
        `${count} to ${group.hosts.join(', ')} ${when}, which the config lists under ${placeText(group.config)}: hold its tags with type="text/plain" data-consent, or check that the gate starts before them.`,
      )
    else if (!group.config && group.tracker && group.tracker.tracking)
      leak(
        'tracker-request',
        group.domain,
        `${count} to ${group.hosts.join(', ')} ${when}: ${trackerText(group.tracker)}, which no service lists.`,
      )
  }
  for (const cookie of state.cookies) {
    if (cookie.consentCookie || (cookie.config && cookie.config.required)) continue
    if (cookie.party === 'third')
      leak(
        'third-party-cookie',
        cookie.name,
        `Third-party cookie ${cookie.name} on ${cookie.domain} ${when}.`,
      )
    else if (optional(cookie.config))
      leak(
        'optional-cookie',
        cookie.name,
        `Cookie ${cookie.name} ${when}, listed under ${placeText(cookie.config!)}.`,
      )
    else if (!cookie.config && cookie.known && cookie.known.purpose !== 'necessary')
      leak(
        'optional-cookie',
        cookie.name,
        `Cookie ${cookie.name} ${when}: a ${cookie.known.vendor} ${cookie.known.purpose} cookie, which no category lists.`,
      )
  }
  for (const item of state.storage)
    if (optional(item.config))
      leak(
        'optional-storage',
        item.key,
        `${item.area}Storage key ${item.key} ${when}, listed under ${placeText(item.config!)}.`,
      )
  return leaks
}

function unlistedOf(pages: PageResult[]) {
  const hosts = new Map<string, UnlistedHost>()
  const cookies = new Map<string, UnlistedCookie>()
  for (const page of pages)
    for (const stateName of STATES) {
      const state = page.states[stateName]
      for (const group of state.requests) {
        if (group.party !== 'third' || group.config) continue
        const entry = hosts.get(group.domain) || {
          domain: group.domain,
          hosts: [],
          tracker: group.tracker,
          states: [],
          pages: [],
        }
        entry.hosts = sorted([...entry.hosts, ...group.hosts])
        if (!entry.states.includes(stateName)) entry.states.push(stateName)
        if (!entry.pages.includes(page.url)) entry.pages.push(page.url)
        hosts.set(group.domain, entry)
      }
      for (const cookie of state.cookies) {
        if (cookie.consentCookie || cookie.config) continue
        const key = `${cookie.name}@${cookie.domain}`
        const entry = cookies.get(key) || {
          name: cookie.name,
          domain: cookie.domain,
          party: cookie.party,
          setBy: cookie.setBy,
          known: cookie.known,
          states: [],
        }
        if (entry.setBy.kind === 'unknown') entry.setBy = cookie.setBy
        if (!entry.states.includes(stateName)) entry.states.push(stateName)
        cookies.set(key, entry)
      }
    }
  return { hosts: [...hosts.values()], cookies: [...cookies.values()] }
}

function staleOf(pages: PageResult[], index: ConfigIndex) {
  const seenHosts = new Set<string>()
  const seenCookies = new Set<string>()
  for (const page of pages)
    for (const stateName of STATES) {
      const state = page.states[stateName]
      for (const group of state.requests) for (const host of group.hosts) seenHosts.add(host)
      for (const cookie of state.cookies) seenCookies.add(cookie.name)
    }
  const inUse = (place: ConfigPlace) => !place.service || !index.disabled.has(place.service)
  const hosts: StaleHost[] = index.hosts
    .filter(entry => inUse(entry.place))
    .filter(entry => ![...seenHosts].some(host => hostIn(host, entry.host)))
    .map(entry => ({
      category: entry.place.category,
      service: entry.place.service || '',
      host: entry.host,
    }))
  const cookies: StalePattern[] = index.cookies
    .filter(entry => inUse(entry.place))
    .filter(entry => ![...seenCookies].some(name => entry.test(name)))
    .map(entry => ({
      category: entry.place.category,
      service: entry.place.service,
      pattern: entry.pattern,
    }))
  return { hosts, cookies }
}

/** The whole report from what the browser saw. */
export function analyze(input: AnalyzeInput): ScanReport {
  const { classifier } = input
  const site = classifier.domainOf(new URL(input.startUrl).hostname)
  const index = indexConfig(input.config)
  const pages: PageResult[] = input.pages.map((raw, pageIndex) => {
    const observe = (stateName: StateName) =>
      observeState(
        raw.states[stateName],
        screenshotName(pageIndex, stateName),
        site,
        index,
        classifier,
      )
    return {
      url: raw.url,
      consentry: raw.consentry,
      states: { before: observe('before'), reject: observe('reject'), accept: observe('accept') },
    }
  })
  const leaks = pages.flatMap(page => [
    ...leaksOf(page.url, 'before', page.states.before),
    ...leaksOf(page.url, 'reject', page.states.reject),
  ])
  const unlisted = unlistedOf(pages)
  const stale = staleOf(pages, index)
  return {
    version: 1,
    startUrl: input.startUrl,
    scannedAt: input.scannedAt,
    site,
    configSource: input.configSource,
    trackerDatabase: classifier.database,
    pages,
    leaks,
    unlisted,
    stale,
    patch: buildPatch(input.config, unlisted, classifier),
    summary: {
      pages: pages.length,
      leaks: leaks.length,
      unlistedHosts: unlisted.hosts.length,
      unlistedCookies: unlisted.cookies.length,
      stale: stale.hosts.length + stale.cookies.length,
      clean: leaks.length === 0,
    },
  }
}
