import type { Consent } from '../core/consent';
import type { ConsentConfig, ConsentRecord, Decision } from '../core/types';
/** Any consent controller, whatever its config. */
export type AnyConsent = Consent<any>;
/** Throws the core's config error, so integration options fail like the rest of the config. */
export declare const fail: (path: string, message: string) => never;
/** Granted state of a category, or of a service when no category has that name. */
export declare const granted: (d: Pick<Decision, "categories" | "services">, name: string) => boolean;
/**
 * Calls `fn` now and whenever what applies or the stored record changes. The core
 * re-computes the decision on every refresh (tab focus, bfcache), so repeats are dropped.
 */
export declare function onDecision(consent: AnyConsent, fn: (decision: Decision, record: ConsentRecord | null, first: boolean) => void): () => void;
/** The region the core decides for: config, then `<html data-consent-region>`. */
export declare const regionOf: (consent: AnyConsent) => string;
/** Every service name of a config, across its categories. */
export declare const serviceNames: (config: ConsentConfig) => string[];
