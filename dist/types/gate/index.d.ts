import type { Consent } from '../core/consent';
/** Starts gating scripts, iframes and images by consent; returns a stop function. */
export declare function startGate(_consent: Consent<any>): () => void;
