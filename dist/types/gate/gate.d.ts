import type { Consent } from '../core/consent';
/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent)
 */
export declare function startGate(consent: Consent<any>): () => void;
