import { safeUrl } from '../core/config'

/** A short description of an element for the console: its URL, else the start of its markup. */
export const describe = (el: Element, url?: string | null): string =>
  url || el.outerHTML.slice(0, 120)

/**
 * Whether the gate may activate `url`: only http(s) and relative URLs, never
 * `javascript:`, `data:` and the like. A refusal is logged, naming the element.
 */
export function activatable(el: Element, attribute: string, url: string): boolean {
  if (safeUrl(url)) return true
  console.error(
    `consentry: refused to load ${attribute}, only http(s) and relative URLs load:`,
    describe(el),
  )
  return false
}
