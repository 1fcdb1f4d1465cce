import { CONSENT_TYPES, mapping, type ConsentModeMap, type ConsentModeOptions, type ConsentModeState, type ConsentType } from '../core/consent-mode-map';
import type { Decision } from '../core/types';
import { type AnyConsent } from './shared';
export { CONSENT_TYPES, mapping };
export type { ConsentModeMap, ConsentModeOptions, ConsentModeState, ConsentType };
/**
 * The Consent Mode state for a decision: a type is granted when every name mapped to it
 * is, and denied when none is mapped to it (fail closed).
 * @example consentModeState(mapping(config), consent.$decision.get()).analytics_storage // 'denied'
 */
export declare function consentModeState(map: ConsentModeMap, decision: Pick<Decision, 'categories' | 'services'>): ConsentModeState;
/** `window.gtag`, defined as Google's snippet does when the page has none yet. */
export declare const gtag: (...args: unknown[]) => void;
/** Every type denied (nothing is mapped): what applies when the options cannot be read (fail closed). */
export declare const denyAll: () => void;
/**
 * Google Consent Mode v2: synchronously pushes `gtag('consent', 'default', ...)` with all
 * seven types (and one default per configured region), then `update` at once when a valid
 * record exists, then `update` with all seven types on every change. Returns a stop function.
 * Call it before any Google tag can run: in `<head>`, right after creating the controller.
 * @example
 * const consent = createConsent(config)
 * consentMode(consent, { urlPassthrough: true })
 */
export declare function consentMode(consent: AnyConsent, options?: ConsentModeOptions): () => void;
