import type { Consent } from '../core/consent';
/** Mounts the banner, preferences dialog and reopen control for a consent controller. */
export declare function mountUI(_consent: Consent<any>): () => void;
