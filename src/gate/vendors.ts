/*
 * Telling vendors that already ran about a withdrawal, through their own consent APIs, at
 * once and without any add-on: code of theirs that already runs keeps its timers and
 * in-memory state, and only the vendor itself can stop using them.
 *
 * Which vendor a service is comes from its `hosts`: the domains a vendor's tag loads from
 * and sends to are what the config already lists for the gate, and unlike a service's name
 * or label they are not the site's free choice. Consent Mode is the exception: it speaks of
 * purposes, not of one vendor, so it follows every withdrawn category and service.
 */
import { hasOwn } from '../core/own'
import type { ConsentConfig } from '../core/types'
import {
  CONSENT_TYPES,
  mapping,
  type ConsentModeMap,
  type ConsentType,
} from '../core/consent-mode-map'
import type { GateContext } from './context'
import { hostIn } from './match'

/** A vendor whose consent API the gate calls on withdrawal. */
export type Vendor = 'google' | 'meta' | 'clarity'

/**
 * The domains each vendor's tags load from and send to (subdomains included): Google's tag
 * (gtag.js, gtm.js) and Analytics beacons, Meta Pixel's fbevents.js and `/tr` pixel,
 * Clarity's tag and `/collect`.
 */
const VENDOR_DOMAINS: { vendor: Vendor; domain: string }[] = [
  { vendor: 'google', domain: 'googletagmanager.com' },
  { vendor: 'google', domain: 'google-analytics.com' },
  { vendor: 'meta', domain: 'facebook.net' },
  { vendor: 'meta', domain: 'facebook.com' },
  { vendor: 'clarity', domain: 'clarity.ms' },
]

/** What one withdrawal changed, as the vendors need it. */
export interface Withdrawal {
  /** The vendors among the withdrawn services. */
  vendors: Set<Vendor>
  /** The Consent Mode types of what was withdrawn. */
  types: Set<ConsentType>
  /** Whether Google hears of it through Consent Mode: not with `consentMode: false`. */
  consentMode: boolean
}

/** `window` as the bag of globals vendor snippets define. */
type Globals = { [name: string]: unknown }
const pageGlobals = () => window as unknown as Globals

/** A vendor's command function (`gtag`, `fbq`, `clarity`), if the page defines one. */
const commandOf = (name: string): ((...args: unknown[]) => void) | undefined => {
  const found = pageGlobals()[name]
  if (typeof found !== 'function') return undefined
  return found as (...args: unknown[]) => void
}

/** `window.dataLayer` when the page has one; never created here. */
const dataLayerOf = (): unknown[] | undefined => {
  const found = pageGlobals().dataLayer
  if (!Array.isArray(found)) return undefined
  return found as unknown[]
}

/**
 * The Consent Mode mapping the config's `consentMode` option sets up (the one
 * dist/consent-mode.js uses), else the defaults. Only `map` is read; a malformed entry maps
 * nothing (see typesIn), as the integration would refuse it.
 */
const consentModeMap = (config: ConsentConfig): ConsentModeMap => {
  const option = config.consentMode
  if (typeof option !== 'object' || option === null) return mapping(config)
  return mapping(config, option)
}

/** The Consent Mode types a map gives `name`; none when it maps nothing valid. */
const typesIn = (map: ConsentModeMap, name: string): ConsentType[] => {
  if (!hasOwn(map, name)) return []
  const types: unknown = map[name]
  if (!Array.isArray(types)) return []
  return CONSENT_TYPES.filter(type => types.includes(type))
}

/**
 * What the withdrawal of `names` (categories and services granted until now) means for the
 * vendors: which vendors its services are, by their `hosts`, and which Consent Mode types
 * it denies: those of each withdrawn category, and of each withdrawn service the map names.
 * A service it does not name leaves the types to its category, as dist/consent-mode.js
 * does, so the two never tell Google different things.
 * @example withdrawalOf(gate, ['analytics', 'ga']).types // Set { 'analytics_storage' }
 */
export function withdrawalOf(gate: GateContext, names: readonly string[]): Withdrawal {
  const config = gate.consent.config
  const vendors = new Set<Vendor>()
  for (const rule of gate.hostRules) {
    if (!names.includes(rule.service)) continue
    for (const { vendor, domain } of VENDOR_DOMAINS)
      if (hostIn(rule.host, domain)) vendors.add(vendor)
  }
  const map = consentModeMap(config)
  const types = new Set<ConsentType>()
  for (const name of names) for (const type of typesIn(map, name)) types.add(type)
  // `consentMode: false`: the site wants no Consent Mode commands from us.
  return { vendors, types, consentMode: config.consentMode !== false }
}

/** Runs one vendor call; what the vendor's code throws is logged, never thrown into the page. */
const attempt = (call: () => void) => {
  try {
    call()
  } catch (error) {
    console.error('consentry: a vendor failed to take the withdrawal:', error)
  }
}

/** The arguments as an `arguments` object: what gtag pushes, and what gtag.js reads from dataLayer. */
function argumentsOf(..._args: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params -- gtag.js reads `arguments` objects, not arrays
  return arguments
}

/** A dataLayer entry that is a command: an array, or an `arguments` object gtag pushed. */
const isCommand = (entry: unknown) =>
  Array.isArray(entry) || Object.prototype.toString.call(entry) === '[object Arguments]'

/**
 * Google Analytics ids (`G-...`, legacy `UA-...`) of the `['config', id, ...]` commands in
 * dataLayer, pushed as arrays or as gtag's `arguments` objects.
 */
export function configuredAnalyticsIds(dataLayer: readonly unknown[]): string[] {
  const ids: string[] = []
  for (const entry of dataLayer) {
    if (!isCommand(entry)) continue
    const command = entry as ArrayLike<unknown>
    const id = command[1]
    if (command[0] !== 'config' || typeof id !== 'string') continue
    if (/^(G|UA)-/.test(id) && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** Tells Google: Consent Mode `update` with the withdrawn types denied, through gtag or dataLayer. */
const tellConsentMode = (types: Set<ConsentType>) => {
  if (!types.size) return
  const update: { [type: string]: 'denied' } = {}
  for (const type of types) update[type] = 'denied'
  const gtag = commandOf('gtag')
  if (gtag) {
    gtag('consent', 'update', update)
    return
  }
  // Without gtag (Google Tag Manager alone), push what gtag would push.
  dataLayerOf()?.push(argumentsOf('consent', 'update', update))
}

/** Turns Google Analytics off for every id the page configured (`window['ga-disable-<id>']`). */
const disableAnalytics = () => {
  const dataLayer = dataLayerOf()
  if (!dataLayer) return
  for (const id of configuredAnalyticsIds(dataLayer)) pageGlobals()['ga-disable-' + id] = true
}

/**
 * Clarity's `consentv2` for the withdrawn types it has (`analytics_Storage`, `ad_Storage`),
 * which is what the Clarity adapter of dist/vendors.js would say; both when what was
 * withdrawn maps to neither: then the Clarity service itself went, and all of it stops.
 */
const clarityConsent = (types: Set<ConsentType>) => {
  const denied: { ad_Storage?: 'denied'; analytics_Storage?: 'denied' } = {}
  if (types.has('ad_storage')) denied.ad_Storage = 'denied'
  if (types.has('analytics_storage')) denied.analytics_Storage = 'denied'
  if (!denied.ad_Storage && !denied.analytics_Storage)
    return { ad_Storage: 'denied', analytics_Storage: 'denied' }
  return denied
}

/**
 * Tells the vendors on the page at once that consent was withdrawn, only for what was and
 * only through globals the page already has: Consent Mode `update` (gtag, else dataLayer),
 * the Google Analytics disable flag, `fbq('consent', 'revoke')`, `clarity('consentv2', ...)`.
 * @example tellVendors(withdrawalOf(gate, ['analytics', 'ga']))
 */
export function tellVendors(withdrawal: Withdrawal): void {
  const { vendors, types } = withdrawal
  if (withdrawal.consentMode) attempt(() => tellConsentMode(types))
  if (vendors.has('google')) attempt(disableAnalytics)
  if (vendors.has('meta')) attempt(() => commandOf('fbq')?.('consent', 'revoke'))
  if (vendors.has('clarity'))
    attempt(() => commandOf('clarity')?.('consentv2', clarityConsent(types)))
}
