import { type AnyConsent } from './shared';
/** Options of `reloadOnGrant`. */
export interface ReloadOnGrantOptions {
    /** What reloads the page (default `location.reload()`). */
    reload?: () => void;
}
/**
 * Reloads the page once when the visitor grants a service with `hosts` that was denied
 * when the page loaded. For sites that send the `consentCsp` policy (`consentry/server`):
 * the browser enforces the policy the page loaded with for the whole page view, so a
 * service granted on the page can only load after a reload, under the new policy.
 * Withdrawals need no reload for the policy's sake (`reloadOnWithdraw` covers scripts
 * that already ran). Returns a stop function.
 * @example reloadOnGrant(consent)
 */
export declare function reloadOnGrant(consent: AnyConsent, options?: ReloadOnGrantOptions): () => void;
