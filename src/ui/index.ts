import type { Consent } from '../core/consent'

/** Mounts the banner, preferences dialog and reopen control for a consent controller. */
export function mountUI(_consent: Consent<any>): () => void {
  return () => {}
}
