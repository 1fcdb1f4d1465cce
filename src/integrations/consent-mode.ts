import {
  CONSENT_TYPES,
  mapping,
  type ConsentModeMap,
  type ConsentModeOptions,
  type ConsentModeState,
  type ConsentType,
} from '../core/consent-mode-map'
import { decide } from '../core/decide'
import type { Decision } from '../core/types'
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

export { CONSENT_TYPES, mapping }
export type { ConsentModeMap, ConsentModeOptions, ConsentModeState, ConsentType }

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
