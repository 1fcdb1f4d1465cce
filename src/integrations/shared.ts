import { ConsentConfigError } from '../core/error'
import type { Consent } from '../core/consent'
import type { ConsentConfig, ConsentRecord, Decision } from '../core/types'

/** Any consent controller, whatever its config. */
export type AnyConsent = Consent<ConsentConfig>

/** The page globals integrations read and define: tag-manager queues and vendor functions. */
export interface PageGlobals {
  dataLayer?: unknown[]
  gtag?: (...args: unknown[]) => void
  [name: string]: unknown
}

/** `window`, seen as the bag of globals that vendor snippets share with us. */
export const pageGlobals = (): PageGlobals => window as unknown as PageGlobals

/** `window.dataLayer`, created as Google's snippet does when the page has none yet. */
export function dataLayerQueue(): unknown[] {
  const globals = pageGlobals()
  if (!globals.dataLayer) globals.dataLayer = []
  return globals.dataLayer
}

/** Throws the core's config error, so integration options fail like the rest of the config. */
export const fail = (path: string, message: string): never => {
  throw new ConsentConfigError(path, message)
}

/**
 * Whether `key` is an own property of `map`: names such as `constructor` or `toString` are
 * inherited by every object, and must not read as a category, a service or an option.
 */
export const hasOwn = (map: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(map, key)

/** Granted state of a category, or of a service when no category has that name. */
export function granted(decision: Pick<Decision, 'categories' | 'services'>, name: string) {
  if (hasOwn(decision.categories, name)) return decision.categories[name] === true
  return hasOwn(decision.services, name) && decision.services[name] === true
}

/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
export function onDecision(
  consent: AnyConsent,
  fn: (decision: Decision, record: ConsentRecord | null, first: boolean) => void,
): () => void {
  let lastKey = ''
  return consent.$decision.subscribe(decision => {
    const record = consent.$record.get()
    const key = JSON.stringify({
      categories: decision.categories,
      services: decision.services,
      time: record ? record.time : null,
      method: record ? record.method : null,
    })
    if (key === lastKey) return
    const first = lastKey === ''
    lastKey = key
    // A broken integration must not break the visitor's click: report it, out of band.
    try {
      fn(decision, record, first)
    } catch (error) {
      setTimeout(() => {
        throw error
      })
    }
  })
}

/** The region the core decides for: config, then `<html data-consent-region>`. */
export const regionOf = (consent: AnyConsent): string =>
  consent.config.region || document.documentElement.getAttribute('data-consent-region') || ''

/** Every service name of a config, across its categories. */
export const serviceNames = (config: ConsentConfig): string[] =>
  Object.values(config.categories).flatMap(category => Object.keys(category.services || {}))
