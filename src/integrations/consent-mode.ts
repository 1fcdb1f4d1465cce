import { decide } from '../core/decide'
import type { ConsentConfig, Decision } from '../core/types'
import {
  type AnyConsent,
  dataLayerQueue,
  fail,
  granted,
  hasOwn,
  onDecision,
  pageGlobals,
  regionOf,
} from './shared'

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

/** An option value as the config holds it: not trusted to have the documented type yet. */
type RawOptions = { readonly [key: string]: unknown }

const isConsentType = (value: unknown): value is ConsentType =>
  CONSENT_TYPES.includes(value as ConsentType)

/** Each check returns the message for a bad value, or '' when the value is fine. */
const OPTION_CHECKS: { [key: string]: (value: unknown) => string } = {
  mode: value =>
    value === 'basic' || value === 'advanced' ? '' : "expected 'basic' or 'advanced'",
  waitForUpdate: value =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? ''
      : 'expected milliseconds',
  adsDataRedaction: value => (typeof value === 'boolean' ? '' : 'expected true or false'),
  urlPassthrough: value => (typeof value === 'boolean' ? '' : 'expected true or false'),
}

// The core has checked that `consentMode` is true, false or an object.
function check(consent: AnyConsent, options: RawOptions) {
  const decision = consent.$decision.get()
  for (const key of Object.keys(options)) {
    const value = options[key]
    const path = 'consentMode.' + key
    if (key === 'map') checkMap(decision, value, path)
    else if (!hasOwn(OPTION_CHECKS, key)) fail(path, 'unknown key')
    else {
      const problem = OPTION_CHECKS[key](value)
      if (problem) fail(path, problem)
    }
  }
}

function checkMap(decision: Decision, map: unknown, path: string) {
  if (!map || typeof map !== 'object') fail(path, 'expected an object')
  const entries = map as RawOptions
  for (const name of Object.keys(entries)) {
    const types = entries[name]
    const known = hasOwn(decision.categories, name) || hasOwn(decision.services, name)
    const typesOk = Array.isArray(types) && types.every(isConsentType)
    if (!known || !typesOk)
      fail(path + '.' + name, 'expected a category or service name mapped to consent types')
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
  for (const name of Object.keys(config.categories)) {
    if (hasOwn(DEFAULTS, name)) map[name] = DEFAULTS[name]
    else map[name] = config.categories[name].required ? ['security_storage'] : []
  }
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
    const allGranted = names.length > 0 && names.every(name => granted(decision, name))
    state[type] = allGranted ? 'granted' : 'denied'
  }
  return state
}

/** `window.gtag`, defined as Google's snippet does when the page has none yet. */
export const gtag = (...args: unknown[]) => {
  const globals = pageGlobals()
  dataLayerQueue()
  if (typeof globals.gtag !== 'function') {
    globals.gtag = function () {
      // gtag.js reads `arguments` objects from the queue, not arrays (Google's snippet pushes `arguments`).
      // eslint-disable-next-line prefer-rest-params -- gtag.js needs the arguments object itself
      dataLayerQueue().push(arguments)
    }
  }
  globals.gtag(...args)
}

/** Every type denied (nothing is mapped): what applies when the options cannot be read (fail closed). */
export const denyAll = () => {
  const nothingGranted = { categories: {}, services: {} }
  gtag('consent', 'default', { ...consentModeState({}, nothingGranted), wait_for_update: 500 })
}

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
  check(consent, options as RawOptions)
  const map = mapping(config, options)
  const wait = options.waitForUpdate ?? 500
  // A default is what applies before any choice: the core's decide() with no record, for
  // this page's signals and the given region. decide() is the one place that says so.
  const defaultFor = (region: string) =>
    consentModeState(map, decide(config, null, consent.signals, region, Date.now()))
  const pageRegion = regionOf(consent)
  gtag('consent', 'default', { ...defaultFor(pageRegion), wait_for_update: wait })
  // Region-specific defaults let Google's geolocation pick the model the site set for that
  // region; the most specific region wins. Pointless when the site knows the region.
  const model = config.model
  if (!pageRegion && typeof model === 'object' && model.regions) {
    for (const region of Object.keys(model.regions)) {
      gtag('consent', 'default', {
        ...defaultFor(region),
        region: [region.toUpperCase()],
        wait_for_update: wait,
      })
    }
  }
  if (options.adsDataRedaction !== false) gtag('set', 'ads_data_redaction', true)
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true)
  // Later commands wait up to `wait_for_update` ms for this: a gated inline snippet that the
  // gate runs just before this listener (`gtag('config', ...)`) still sees the update.
  return onDecision(consent, (decision, _record, first) => {
    // The first call repeats the default, unless a stored record already applies.
    if (first && !decision.valid) return
    gtag('consent', 'update', consentModeState(map, decision))
  })
}
