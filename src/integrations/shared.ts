import { ConsentConfigError } from '../core/error'
import type { Consent } from '../core/consent'
import type { ConsentConfig, ConsentRecord, Decision } from '../core/types'

/** Any consent controller, whatever its config. */
export type AnyConsent = Consent<any>

/** Throws the core's config error, so integration options fail like the rest of the config. */
export const fail = (path: string, message: string): never => {
  throw new ConsentConfigError(path, message)
}

/** Granted state of a category, or of a service when no category has that name. */
export const granted = (d: Pick<Decision, 'categories' | 'services'>, name: string) =>
  !!(name in d.categories ? d.categories[name] : d.services[name])

/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
export function onDecision(
  consent: AnyConsent,
  fn: (decision: Decision, record: ConsentRecord | null, first: boolean) => void,
): () => void {
  let last = ''
  return consent.$decision.subscribe(d => {
    const record = consent.$record.get()
    const now = JSON.stringify([d.categories, d.services, record && [record.time, record.method]])
    if (now != last) {
      const first = !last
      last = now
      // A broken integration must not break the visitor's click: report it, out of band.
      try {
        fn(d, record, first)
      } catch (e) {
        setTimeout(() => {
          throw e
        })
      }
    }
  })
}

/** The region the core decides for: config, then `<html data-consent-region>`. */
export const regionOf = (consent: AnyConsent): string =>
  consent.config.region || document.documentElement.getAttribute('data-consent-region') || ''

/** Every service name of a config, across its categories. */
export const serviceNames = (config: ConsentConfig): string[] =>
  ([] as string[]).concat(
    ...Object.keys(config.categories).map(c => Object.keys(config.categories[c].services || {})),
  )
