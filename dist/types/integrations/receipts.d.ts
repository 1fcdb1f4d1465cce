import type { Method, Signals } from '../core/types';
import { type AnyConsent } from './shared';
/** How a receipt's decision was reached: the record's method, or its deletion (`reset()`). */
export type ReceiptMethod = Method | 'withdrawal';
/**
 * Proof of one decision, as sent to the receipts endpoint. No IP address, no user agent,
 * nothing personal: the consent id is random and the page path carries no query string.
 */
export interface Receipt {
    /** Unique per decision, and the same in every tab and retry: consent id, decision time, a hash of the record (`.w` for a withdrawal, `.s` for a signal). */
    id: string;
    /** The random consent id of the record (or of the signal-derived state). */
    consentId: string;
    /** Decision time, ms since epoch (the visitor's clock). */
    time: number;
    /** Policy revision the decision was made under. */
    revision: number;
    /** Absolute URL of the privacy policy, or null when the config has none. */
    policyUrl: string | null;
    /** What applies to every category after the decision. */
    categories: {
        [name: string]: boolean;
    };
    /** What applies to every service after the decision. */
    services: {
        [name: string]: boolean;
    };
    method: ReceiptMethod;
    /** Do Not Track and Global Privacy Control as read on that page view. */
    signals: Signals;
    /** Language of the banner (config `lang` or `<html lang>`), or ''. */
    language: string;
    /** Page origin, `https://www.example.com`. */
    origin: string;
    /** Page path, without query string or fragment. */
    path: string;
}
/** Options of `receipts` (the `receipts` config key). */
export interface ReceiptOptions {
    /** Where receipts are POSTed; same origin avoids CORS (cross-origin: see `allowOrigin` on the receiver). */
    endpoint: string;
    /** Receipts kept for a later retry when sending fails; the oldest go first (default 50). */
    queue?: number;
}
/**
 * Sends a receipt for every decision: accept, reject, custom, withdrawal (`reset()`), and
 * a signal-derived state (once per consent id, signal and revision). Each receipt goes into a
 * bounded outbox in localStorage before it is sent with `fetch(..., { keepalive: true })`
 * (which, unlike `sendBeacon`, tells a 5xx from a success); it leaves the outbox only when
 * the endpoint accepted it (2xx) or refused it for good (4xx). Otherwise it is sent again:
 * with backoff, on `online`, and on the next page load; on `pagehide` what is left goes by
 * `sendBeacon` as a last try. Every copy carries the same receipt id, so the receiver keeps
 * one. The body is JSON sent as `text/plain`: a CORS-safelisted type, so no preflight.
 * Returns a stop function.
 * @example receipts(consent, { endpoint: '/api/receipts' })
 */
export declare function receipts(consent: AnyConsent, options: ReceiptOptions): () => void;
