import type { Consent } from '../core/consent';
/** Opens the preferences, remembering `el` as the element to give focus back to. */
export declare function openPreferencesFrom(consent: Consent, el: HTMLElement): void;
/** The element that opened the view just shown, once; null when the API or the banner did. */
export declare function takeOpener(consent: Consent): HTMLElement | null;
/**
 * Makes every `[data-consent-open]` element on the page open the preferences, also those
 * added later (one delegated listener). Returns the function that stops it.
 * @example const stop = listenOpenLinks(consent)
 */
export declare function listenOpenLinks(consent: Consent): () => void;
