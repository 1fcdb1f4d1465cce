import Cookies from 'js-cookie'
import { vi } from 'vitest'

/** Forgets every cookie, localStorage entry and global an integration may have left. */
export function resetPage() {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  try {
    localStorage.clear()
  } catch {
    // A test may have replaced localStorage with one that throws: nothing to clear then.
  }
  const w = window as any
  for (const key of ['dataLayer', 'gtag', 'fbq', '_fbq', 'clarity']) delete w[key]
  document.documentElement.removeAttribute('data-consent-region')
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
}

/** `window.dataLayer` as plain data: gtag's `arguments` objects become arrays. */
export function dataLayer(): unknown[] {
  const w = window as any
  return (w.dataLayer || []).map((entry: any) =>
    Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry) : entry,
  )
}

/** Turns Global Privacy Control on for the next controller (navigator.globalPrivacyControl === true). */
export const gpcOn = () =>
  vi.stubGlobal(
    'navigator',
    Object.assign(Object.create(navigator), { globalPrivacyControl: true }),
  )
