import type { ConsentConfig, ConsentRecord, Decision, Model, Signals } from './types'

export const DAY = 864e5
/** A record dated further ahead than this is from a skewed clock or forged: ask again. */
const SKEW = DAY

/** The model that applies in a region: exact (`US-CA`), then country (`US`), then the
 * default; with no region known, `unknown` (say `'opt-in'`, to fail closed) or the default. */
export function modelFor(config: ConsentConfig, region?: string): Model {
  const m = config.model || 'opt-in'
  if (typeof m == 'string') return m
  const regions = m.regions || {}
  const r = (region || '').toUpperCase()
  return (r ? regions[r] || regions[r.split('-')[0]] : m.unknown) || m.default
}

/** Which signals the site honours right now: the first one in `enforce` mode, and
 * whether one in `default-deny` mode is on. The one place that reads signal modes. */
export function honoured(config: ConsentConfig, signals: Signals) {
  const modes = config.signals || {}
  let enforced: 'dnt' | 'gpc' | undefined
  let denied = false
  for (const s of ['dnt', 'gpc'] as const) {
    const mode = modes[s] || 'ignore'
    if (signals[s] && mode != 'ignore') {
      if (mode == 'enforce') enforced = enforced || s
      else denied = true
    }
  }
  return { enforced, denied }
}

/** Days a record lasts: a refusal of anything optional is asked again sooner. */
export const lifetimeDays = (config: ConsentConfig, record: ConsentRecord) => {
  const life = config.lifetime || {}
  return Object.values(record.categories).includes(false)
    ? life.refusal || 182
    : life.consent || 390
}

/**
 * What applies to every category and service, and whether the visitor must be asked.
 * Pure: the same inputs always give the same answer.
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
  const valid =
    !!record &&
    // A newer revision than ours: this page has a stale config, and the visitor already
    // answered the newer policy. Asking again would ping-pong with the up-to-date tabs.
    record.revision >= (config.revision || 0) &&
    record.time <= now + SKEW &&
    now - record.time < lifetimeDays(config, record) * DAY
  const { enforced, denied } = honoured(config, signals)
  const d: Decision = {
    categories: {},
    services: {},
    locked: {},
    ask: !valid && !enforced && !denied,
    model,
    valid,
  }
  for (const name in config.categories) {
    const cat = config.categories[name]
    const lock = cat.tracking && !cat.required && enforced
    if (lock) d.locked[name] = lock
    const granted = cat.required
      ? true
      : lock
        ? false
        : valid && name in record!.categories
          ? record!.categories[name]
          : cat.tracking && denied
            ? false
            : model != 'opt-in'
    d.categories[name] = granted
    const services = cat.services || {}
    for (const s in services)
      d.services[s] =
        !lock &&
        !services[s].disabled &&
        // validateConfig refuses such a service; a production build may skip it, this may not.
        !(config.thirdPartyTracking === false && cat.tracking && services[s].thirdParty) &&
        (valid && !cat.required && s in record!.services ? record!.services[s] : granted)
  }
  return d
}
