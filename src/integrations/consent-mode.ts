import type { ConsentConfig, Decision, Model, Signals } from '../core/types'
import { type AnyConsent, fail, granted, onDecision, regionOf } from './shared'

/** One Consent Mode v2 type. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** The seven Consent Mode v2 types, in the order every command lists them. */
export const CONSENT_TYPES: readonly ConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

/** Every Consent Mode type, granted or denied. */
export type ConsentModeState = { [K in ConsentType]: 'granted' | 'denied' }

/** Options of `consentMode` (the config key of the same name, or the second argument). */
export interface ConsentModeOptions {
  /**
   * Which types follow which category (or service), merged over the defaults name by name;
   * `[]` unmaps a name. A type follows every name mapped to it: granted only when all are.
   */
  map?: { readonly [name: string]: readonly ConsentType[] }
  /**
   * `'basic'` (default): Google tags are gated like any other service and load only after
   * consent. `'advanced'`: the site loads them ungated, and while consent is denied they send
   * Google cookieless pings. Whether that is lawful before consent depends on the jurisdiction
   * (some EU data-protection authorities hold that it is not): a decision for counsel, not a
   * default. This SDK sends the same commands in both; `describePolicy` discloses advanced mode.
   */
  mode?: 'basic' | 'advanced'
  /** Milliseconds Google tags wait for an `update` before using the default (default 500). */
  waitForUpdate?: number
  /** Redact ad click identifiers while `ad_storage` is denied (default true). */
  adsDataRedaction?: boolean
  /** Pass ad click identifiers through link URLs while storage is denied (default false). */
  urlPassthrough?: boolean
}

/** The default mapping by category name; a `required` category not named here gets security_storage. */
const DEFAULTS: { [name: string]: ConsentType[] } = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
}

// The core has checked that `consentMode` is true, false or an object.
const check = (consent: AnyConsent, o: any) => {
  const d = consent.$decision.get()
  for (const key in o) {
    const v = o[key]
    const path = 'consentMode.' + key
    if (key == 'map') {
      ;(v && typeof v == 'object') || fail(path, 'expected an object')
      for (const name in v)
        ((name in d.categories || name in d.services) &&
          Array.isArray(v[name]) &&
          v[name].every((t: any) => CONSENT_TYPES.includes(t))) ||
          fail(path + '.' + name, 'expected a category or service name mapped to consent types')
    } else if (key == 'mode')
      v === 'basic' || v === 'advanced' || fail(path, "expected 'basic' or 'advanced'")
    else if (key == 'waitForUpdate')
      (Number.isInteger(v) && v >= 0) || fail(path, 'expected milliseconds')
    else if (key == 'adsDataRedaction' || key == 'urlPassthrough')
      typeof v == 'boolean' || fail(path, 'expected true or false')
    else fail(path, 'unknown key')
  }
}

/** Which Consent Mode types each category (or service) drives. */
export type ConsentModeMap = { [name: string]: readonly ConsentType[] }

/**
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
export function mapping(config: ConsentConfig, options: ConsentModeOptions = {}): ConsentModeMap {
  const map: ConsentModeMap = {}
  for (const name in config.categories)
    map[name] = DEFAULTS[name] || (config.categories[name].required ? ['security_storage'] : [])
  return { ...map, ...options.map }
}

/**
 * The Consent Mode state for a decision: a type is granted when every name mapped to it
 * is, and denied when none is mapped to it (fail closed).
 * @example consentModeState(mapping(config), consent.$decision.get()).analytics_storage // 'denied'
 */
export function consentModeState(
  map: ConsentModeMap,
  decision: Pick<Decision, 'categories' | 'services'>,
): ConsentModeState {
  const state = {} as ConsentModeState
  for (const type of CONSENT_TYPES) {
    const names = Object.keys(map).filter(name => map[name].includes(type))
    state[type] =
      names.length && names.every(name => granted(decision, name)) ? 'granted' : 'denied'
  }
  return state
}

/**
 * What applies before any choice under a model: `decide(config, null, signals, region)` for a
 * region with that model, restated without the record logic so that this drop-in stays
 * small; `consent-mode.test.ts` holds the two equal over every model, signal and mode.
 */
export function before(
  config: ConsentConfig,
  signals: Signals,
  model: Model,
): Pick<Decision, 'categories' | 'services'> {
  const modes = config.signals || {}
  const honoured =
    (signals.dnt && (modes.dnt || 'ignore') != 'ignore') ||
    (signals.gpc && (modes.gpc || 'ignore') != 'ignore')
  const d: Pick<Decision, 'categories' | 'services'> = { categories: {}, services: {} }
  for (const name in config.categories) {
    const c = config.categories[name]
    const on = !!c.required || (!(c.tracking && honoured) && model != 'opt-in')
    d.categories[name] = on
    for (const s in c.services) d.services[s] = on && !c.services[s].disabled
  }
  return d
}

/** `window.gtag`, defined as Google's snippet does when the page has none yet. */
export const gtag = (...args: unknown[]) => {
  const w = window as any
  w.dataLayer = w.dataLayer || []
  // gtag.js reads `arguments` objects from the queue, not arrays (Google's snippet pushes `arguments`).
  if (typeof w.gtag != 'function')
    w.gtag = function () {
      w.dataLayer.push(arguments)
    }
  w.gtag(...args)
}

/** Every type denied (nothing is mapped): what applies when the options cannot be read (fail closed). */
export const denyAll = () =>
  gtag('consent', 'default', { ...consentModeState({}, null!), wait_for_update: 500 })

/**
 * Google Consent Mode v2: synchronously pushes `gtag('consent', 'default', ...)` with all
 * seven types (and one default per configured region), then `update` at once when a valid
 * record exists, then `update` with all seven types on every change. Returns a stop function.
 * Call it before any Google tag can run: in `<head>`, right after creating the controller.
 * @example
 * const consent = createConsent(config)
 * consentMode(consent, { urlPassthrough: true })
 */
export function consentMode(consent: AnyConsent, options: ConsentModeOptions = {}): () => void {
  const config = consent.config
  check(consent, options)
  const map = mapping(config, options)
  const wait = options.waitForUpdate ?? 500
  const state = (m: Model) => consentModeState(map, before(config, consent.signals, m))
  gtag('consent', 'default', { ...state(consent.$decision.get().model), wait_for_update: wait })
  // Region-specific defaults let Google's geolocation pick the model the site set for that
  // region; the most specific region wins. Pointless when the site knows the region.
  const model = config.model
  if (!regionOf(consent) && typeof model == 'object' && model.regions)
    for (const r in model.regions)
      gtag('consent', 'default', {
        ...state(model.regions[r]),
        region: [r.toUpperCase()],
        wait_for_update: wait,
      })
  if (options.adsDataRedaction !== false) gtag('set', 'ads_data_redaction', true)
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true)
  // Later commands wait up to `wait_for_update` ms for this: a gated inline snippet that the
  // gate runs just before this listener (`gtag('config', ...)`) still sees the update.
  return onDecision(
    consent,
    (d, _record, first) =>
      (!first || d.valid) && gtag('consent', 'update', consentModeState(map, d)),
  )
}
