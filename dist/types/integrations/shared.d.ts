import type { Consent } from '../core/consent';
import type { ConsentConfig, ConsentRecord, Decision } from '../core/types';
/** Any consent controller, whatever its config. */
export type AnyConsent = Consent<ConsentConfig>;
/** The page globals integrations read and define: tag-manager queues and vendor functions. */
export interface PageGlobals {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
    [name: string]: unknown;
}
/** `window`, seen as the bag of globals that vendor snippets share with us. */
export declare const pageGlobals: () => PageGlobals;
/** `window.dataLayer`, created as Google's snippet does when the page has none yet. */
export declare function dataLayerQueue(): unknown[];
/** Throws the core's config error, so integration options fail like the rest of the config. */
export declare const fail: (path: string, message: string) => never;
/**
 * Whether `key` is an own property of `map`: names such as `constructor` or `toString` are
 * inherited by every object, and must not read as a category, a service or an option.
 */
export declare const hasOwn: (map: object, key: string) => boolean;
/** Granted state of a category, or of a service when no category has that name. */
export declare function granted(decision: Pick<Decision, 'categories' | 'services'>, name: string): boolean;
/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
export declare function onDecision(consent: AnyConsent, fn: (decision: Decision, record: ConsentRecord | null, first: boolean) => void): () => void;
/** The region the core decides for: config, then `<html data-consent-region>`. */
export declare const regionOf: (consent: AnyConsent) => string;
/** Every service name of a config, across its categories. */
export declare const serviceNames: (config: ConsentConfig) => string[];
