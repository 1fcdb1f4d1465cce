import { type ConsentType } from '../core/consent-mode-map';
import type { GateContext } from './context';
/** A vendor whose consent API the gate calls on withdrawal. */
export type Vendor = 'google' | 'meta' | 'clarity';
/** What one withdrawal changed, as the vendors need it. */
export interface Withdrawal {
    /** The vendors among the withdrawn services. */
    vendors: Set<Vendor>;
    /** The Consent Mode types of what was withdrawn. */
    types: Set<ConsentType>;
    /** Whether Google hears of it through Consent Mode: not with `consentMode: false`. */
    consentMode: boolean;
}
/**
 * What the withdrawal of `names` (categories and services granted until now) means for the
 * vendors: which vendors its services are, by their `hosts`, and which Consent Mode types
 * it denies: those of each withdrawn category, and of each withdrawn service the map names.
 * A service it does not name leaves the types to its category, as dist/consent-mode.js
 * does, so the two never tell Google different things.
 * @example withdrawalOf(gate, ['analytics', 'ga']).types // Set { 'analytics_storage' }
 */
export declare function withdrawalOf(gate: GateContext, names: readonly string[]): Withdrawal;
/**
 * Google Analytics ids (`G-...`, legacy `UA-...`) of the `['config', id, ...]` commands in
 * dataLayer, pushed as arrays or as gtag's `arguments` objects.
 */
export declare function configuredAnalyticsIds(dataLayer: readonly unknown[]): string[];
/**
 * Tells the vendors on the page at once that consent was withdrawn, only for what was and
 * only through globals the page already has: Consent Mode `update` (gtag, else dataLayer),
 * the Google Analytics disable flag, `fbq('consent', 'revoke')`, `clarity('consentv2', ...)`.
 * @example tellVendors(withdrawalOf(gate, ['analytics', 'ga']))
 */
export declare function tellVendors(withdrawal: Withdrawal): void;
