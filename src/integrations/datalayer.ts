import type { Method } from '../core/types'
import { type AnyConsent, dataLayerQueue, fail, onDecision } from './shared'

/** What `consentry_ready` and `consentry_update` carry, under the `consentry` key. */
export interface DataLayerConsent {
  /** Every category, granted or not. */
  categories: { [name: string]: boolean }
  /** Every service, granted or not. */
  services: { [name: string]: boolean }
  /** How the visitor decided, or null before any decision. */
  method: Method | null
}

/** Options of `dataLayerEvents` (the `dataLayer` config key): none yet; `true` or `{}`. */
export type DataLayerOptions = Record<string, never>

/**
 * Pushes `{ event: 'consentry_ready', consentry }` now and `{ event: 'consentry_update',
 * consentry }` on every change into `window.dataLayer`, for tag-manager triggers
 * (GTM: a Custom Event trigger on `consentry_update`, a Data Layer Variable
 * `consentry.categories.analytics`). Start it after `consentMode` so that a tag fired by
 * the event already sees the updated consent state. Returns a stop function.
 * @example dataLayerEvents(consent)
 */
export function dataLayerEvents(consent: AnyConsent, options: DataLayerOptions = {}): () => void {
  // The core has checked that `dataLayer` is true, false or an object.
  for (const key of Object.keys(options))
    fail('dataLayer.' + key, 'unknown key (dataLayer takes no options yet)')
  return onDecision(consent, (decision, record, first) => {
    const consentry: DataLayerConsent = {
      categories: { ...decision.categories },
      services: { ...decision.services },
      method: decision.valid && record ? record.method : null,
    }
    const event = first ? 'consentry_ready' : 'consentry_update'
    dataLayerQueue().push({ event, consentry })
  })
}
