import type { Method } from '../core/types';
import { type AnyConsent } from './shared';
/** What `consentry_ready` and `consentry_update` carry, under the `consentry` key. */
export interface DataLayerConsent {
    /** Every category, granted or not. */
    categories: {
        [name: string]: boolean;
    };
    /** Every service, granted or not. */
    services: {
        [name: string]: boolean;
    };
    /** How the visitor decided, or null before any decision. */
    method: Method | null;
}
/** Options of `dataLayerEvents` (the `dataLayer` config key): none yet; `true` or `{}`. */
export type DataLayerOptions = Record<string, never>;
/**
 * Pushes `{ event: 'consentry_ready', consentry }` now and `{ event: 'consentry_update',
 * consentry }` on every change into `window.dataLayer`, for tag-manager triggers
 * (GTM: a Custom Event trigger on `consentry_update`, a Data Layer Variable
 * `consentry.categories.analytics`). Start it after `consentMode` so that a tag fired by
 * the event already sees the updated consent state. Returns a stop function.
 * @example dataLayerEvents(consent)
 */
export declare function dataLayerEvents(consent: AnyConsent, options?: DataLayerOptions): () => void;
