import type { ConsentConfig, CookiePattern, Decision } from '../core/types'
import { hostIn } from './match'

/** What a category or service leaves behind and how to switch it off. */
export interface Traces {
  cookies?: readonly CookiePattern[]
  storage?: readonly CookiePattern[]
  onRevoke?: () => void
}

/** A category or a service, as the gate needs it. */
export interface Unit {
  /** Shown on placeholders: the config's label, else the name. */
  label: string
  /** The category it is (a category's own name) or belongs to (a service's). */
  category: string
  /** Its `cookies`, `storage` and `onRevoke`. */
  traces: Traces
}

/** One entry of a service's `hosts`, normalised. */
export interface HostRule {
  host: string
  service: string
}

/**
 * Every category and service by name. A Map: a name like `constructor` or `toString`
 * finds only what the config defines, never something inherited.
 */
export function readUnits(config: ConsentConfig): Map<string, Unit> {
  const units = new Map<string, Unit>()
  for (const [category, settings] of Object.entries(config.categories)) {
    units.set(category, { label: settings.label || category, category, traces: settings })
    for (const [service, serviceSettings] of Object.entries(settings.services ?? {}))
      units.set(service, {
        label: serviceSettings.label || service,
        category,
        traces: serviceSettings,
      })
  }
  return units
}

/** A host name without the trailing dot of a fully qualified name: `tracker.test.` is `tracker.test`. */
const withoutRootDot = (host: string) => host.replace(/\.$/, '')

/**
 * A `hosts` entry as the host name the URL parser would make of it: lower case, `*.` or
 * a leading dot dropped, a trailing dot dropped, IDN and full-width dots mapped. A value
 * that is a URL or has a port (`https://tracker.test/x`, `tracker.test:80`) counts for its
 * host, which fails closed: more is held, never less. Empty when nothing is left.
 * @example normalizeHost('*.Tracker.Test.') // 'tracker.test'
 */
export function normalizeHost(entry: unknown): string {
  const text = String(entry)
    .trim()
    .replace(/^\*?\./, '')
  try {
    const url = new URL(text.includes('//') ? text : 'http://' + text)
    return withoutRootDot(url.hostname)
  } catch {
    return ''
  }
}

/** Every service's `hosts`, normalised; entries that name no host are left out. */
export function readHostRules(config: ConsentConfig): HostRule[] {
  const rules: HostRule[] = []
  for (const settings of Object.values(config.categories))
    for (const [service, serviceSettings] of Object.entries(settings.services ?? {}))
      for (const entry of serviceSettings.hosts ?? []) {
        const host = normalizeHost(entry)
        if (host) rules.push({ host, service })
      }
  return rules
}

/**
 * The service whose `hosts` cover a URL's host, resolved against the page's base URL;
 * none for a URL that cannot be parsed or has no host (`data:`, `blob:` of the page).
 */
export function serviceForUrl(rules: readonly HostRule[], url: unknown): string | undefined {
  // Parsed only when some service has hosts: every src that enters the page comes here.
  if (!rules.length) return undefined
  let host: string
  try {
    host = withoutRootDot(new URL(String(url), document.baseURI).hostname)
  } catch {
    return undefined
  }
  return rules.find(rule => hostIn(host, rule.host))?.service
}

/** Own properties only: `toString` is no category. */
const own = (map: { [name: string]: boolean }, name: string) =>
  Object.prototype.hasOwnProperty.call(map, name)

/**
 * Whether a category or service is granted under a decision. Anything the decision does
 * not hold as its own property (unknown, or inherited like `toString`) is not.
 */
export function isGranted(decision: Decision, name: string): boolean {
  if (own(decision.categories, name)) return decision.categories[name] === true
  if (own(decision.services, name)) return decision.services[name] === true
  return false
}

/**
 * Whether an element's marks are granted. A named service decides: it follows its
 * category unless the visitor chose it apart ("Always allow"). `!` inverts. What names
 * nothing stays held.
 */
export function isWanted(decision: Decision, el: Element): boolean {
  const rule = el.getAttribute('data-consent') ?? ''
  const inverted = rule.startsWith('!')
  const category = inverted ? rule.slice(1) : rule
  const name = el.getAttribute('data-service') || category
  if (!name) return false
  return inverted !== isGranted(decision, name)
}
