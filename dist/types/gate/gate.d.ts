import type { Consent } from '../core/consent';
import type { GateTexts } from './texts';
export type { GateTexts } from './texts';
/** Options of `startGate`. */
export interface GateOptions {
    /**
     * The placeholder texts (`held`, `loadOnce`, `allowAlways`), read each time a
     * placeholder is drawn; English where it gives none.
     * @example startGate(consent, { texts: () => ({ loadOnce: 'Einmal laden' }) })
     */
    texts?: () => Partial<GateTexts>;
    /**
     * Milliseconds a gated external script may take to load or fail before the scripts
     * after it run anyway (it still runs when it arrives). Default 10000.
     */
    scriptTimeout?: number;
}
/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent, { texts: () => ({ loadOnce: 'Load this video' }) })
 */
export declare function startGate(consent: Consent, options?: GateOptions): () => void;
