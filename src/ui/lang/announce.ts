import type { TextList, UITexts } from '../texts'

/**
 * Hands a language to the UI already on the page (it listens for `consentry:texts`), so a
 * language file needs no global of its own. Load it after consentry.js, both plain or both
 * `defer`, so the order holds.
 */
export function announce(lang: string, texts: Partial<UITexts> | TextList): void {
  document.dispatchEvent(new CustomEvent('consentry:texts', { detail: [lang, texts] }))
}
