// Which page element opened the preferences, so focus can go back to it. Named by the
// opener itself: Safari does not focus a clicked button or link, so focus cannot tell.
import type { Consent } from '../core/consent'

const openers = new WeakMap<Consent, HTMLElement>()

/** Opens the preferences, remembering `el` as the element to give focus back to. */
export function openPreferencesFrom(consent: Consent, el: HTMLElement): void {
  openers.set(consent, el)
  consent.showPreferences()
}

/** The element that opened the view just shown, once; null when the API or the banner did. */
export function takeOpener(consent: Consent): HTMLElement | null {
  const el = openers.get(consent) || null
  openers.delete(consent)
  return el
}

/**
 * Makes every `[data-consent-open]` element on the page open the preferences, also those
 * added later (one delegated listener). Returns the function that stops it.
 * @example const stop = listenOpenLinks(consent)
 */
export function listenOpenLinks(consent: Consent): () => void {
  const click = (event: Event) => {
    const target = event.target as Element
    const link = target.closest?.<HTMLElement>('[data-consent-open]')
    if (link) {
      event.preventDefault()
      openPreferencesFrom(consent, link)
    }
  }
  document.addEventListener('click', click)
  return () => document.removeEventListener('click', click)
}
