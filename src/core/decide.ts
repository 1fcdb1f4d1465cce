import { inUse, signalsApply, usedForTracking } from './category'
import { hasOwn, ownValue } from './own'
import type {
  CategoryConfig,
  ConsentConfig,
  ConsentRecord,
  Decision,
  Model,
  SignalMode,
  Signals,
} from './types'

export const DAY = 864e5
/** A record dated further ahead than this is from a skewed clock or forged: ask again. */
const SKEW = DAY

/**
 * The model that applies in a region. A plain model (`model: 'opt-out'`) applies to
 * every visitor. With per-region models: exact (`US-CA`), then country (`US`), then the
 * default. With no region known, `unknown` if the config sets it, else `opt-in`: a visitor
 * whose region is unknown may be one who must be asked first, so the default fails closed.
 * @example modelFor({ categories, model: { default: 'opt-out' } }, undefined) // 'opt-in'
 */
export function modelFor(config: ConsentConfig, region?: string): Model {
  const model = config.model || 'opt-in'
  if (typeof model === 'string') return model
  const code = (region || '').toUpperCase()
  if (!code) return model.unknown || 'opt-in'
  const regions = model.regions || {}
  const country = code.split('-')[0]
  return ownValue(regions, code) || ownValue(regions, country) || model.default
}

/** The signals the site honours right now. */
export interface Honoured {
  /** The first signal that is on and in `enforce` mode. */
  enforced: 'dnt' | 'gpc' | undefined
  /** A signal in `default-deny` mode is on. */
  denied: boolean
}

/** Which signals the site honours right now: the first one in `enforce` mode, and
 * whether one in `default-deny` mode is on. The one place that reads signal modes. */
export function honoured(config: ConsentConfig, signals: Signals): Honoured {
  const modes = config.signals || {}
  const result: Honoured = { enforced: undefined, denied: false }
  for (const signal of ['dnt', 'gpc'] as const) {
    const mode: SignalMode = modes[signal] || 'ignore'
    if (!signals[signal] || mode === 'ignore') continue
    if (mode === 'default-deny') result.denied = true
    else if (!result.enforced) result.enforced = signal
  }
  return result
}

/** Days a record lasts: a refusal of anything optional is asked again sooner. */
export const lifetimeDays = (config: ConsentConfig, record: ConsentRecord) => {
  const life = config.lifetime || {}
  const refusedSomething = Object.keys(record.categories).some(name => {
    if (record.categories[name]) return false
    // A category with nothing in use is stored as denied: Accept all refused nothing.
    const category = ownValue(config.categories, name)
    return !category || inUse(category)
  })
  if (refusedSomething) return life.refusal || 182
  return life.consent || 390
}

/** The record still applies: our revision or newer, not from the future, not expired. */
const recordApplies = (
  config: ConsentConfig,
  record: ConsentRecord | null,
  now: number,
): record is ConsentRecord => {
  if (!record) return false
  // A newer revision than ours: this page has a stale config, and the visitor already
  // answered the newer policy. Asking again would ping-pong with the up-to-date tabs.
  if (record.revision < (config.revision || 0)) return false
  if (record.time > now + SKEW) return false
  return now - record.time < lifetimeDays(config, record) * DAY
}

/** Whether one category applies, before its services are looked at. */
const categoryGranted = (
  name: string,
  category: CategoryConfig,
  locked: boolean,
  record: ConsentRecord | null,
  signalDenies: boolean,
  model: Model,
) => {
  if (category.required) return true
  // Nothing in it runs, so nothing in it can be granted: not by a record, not by opt-out.
  if (!inUse(category)) return false
  if (locked) return false
  if (record && hasOwn(record.categories, name)) return record.categories[name]
  if (signalsApply(category) && signalDenies) return false
  return model !== 'opt-in'
}

/**
 * What applies to every category and service, and whether the visitor must be asked.
 * Pure: the same inputs always give the same answer. The maps have no prototype, so a
 * category named `constructor` is as plain as any other name.
 * @example decide(config, null, { dnt: false, gpc: false }, 'DE', Date.now()).ask // true
 */
export function decide(
  config: ConsentConfig,
  record: ConsentRecord | null,
  signals: Signals,
  region: string | undefined,
  now: number,
): Decision {
  const model = modelFor(config, region)
  const valid = recordApplies(config, record, now)
  const applying = valid ? record : null
  const { enforced, denied } = honoured(config, signals)
  const decision: Decision = {
    categories: Object.create(null) as Decision['categories'],
    services: Object.create(null) as Decision['services'],
    locked: Object.create(null) as Decision['locked'],
    ask: !valid && !enforced && !denied,
    model,
    valid,
  }
  for (const name of Object.keys(config.categories)) {
    const category = config.categories[name]
    // A category with nothing in use is not the signal's doing: it is shown as not in use.
    const lockedBy = signalsApply(category) && inUse(category) ? enforced : undefined
    if (lockedBy) decision.locked[name] = lockedBy
    const locked = lockedBy !== undefined
    const granted = categoryGranted(name, category, locked, applying, denied, model)
    decision.categories[name] = granted
    const services = category.services || {}
    for (const service of Object.keys(services)) {
      const serviceConfig = services[service]
      // validateConfig refuses such a service; a production build may skip it, this may not.
      const refusedThirdParty =
        config.thirdPartyTracking === false &&
        usedForTracking(category) &&
        !!serviceConfig.thirdParty
      let serviceGranted = granted
      if (applying && !category.required && hasOwn(applying.services, service))
        serviceGranted = applying.services[service]
      decision.services[service] =
        !locked && !serviceConfig.disabled && !refusedThirdParty && serviceGranted
    }
  }
  return decision
}
