/** The three kinds of value a Trusted Types policy makes. */
export type TrustKind = 'createHTML' | 'createScript' | 'createScriptURL';
/**
 * Trusted Types: the `consentry` policy, created on first use (and tried once), vouches
 * only for what the page already wrote: a gated script's own text or URL, or markup the
 * page passed as TrustedHTML with `src` moved to `data-src`. Without Trusted Types, the
 * string itself.
 */
export declare function createTrust(): (kind: TrustKind, text: string) => unknown;
