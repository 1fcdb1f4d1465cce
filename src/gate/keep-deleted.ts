/*
 * After a withdrawal, code of the withdrawn vendor that already runs writes its cookies and
 * storage keys again. Deleting them on a schedule leaves them in place between two sweeps,
 * long enough to ride along on the site's own requests; so every write the page can
 * observe is handled when it happens, and a slow sweep covers the writes it cannot.
 */
import { listedBySome } from './cleanup'
import type { Patcher } from './patch'
import type { Traces } from './units'

/** After the gate's schedule (the last at 30 s), the sweep that catches unobservable writes, in ms. */
export const SWEEP_EVERY_MS = 30_000

/** What `keepDeleted` needs from the gate. */
export interface KeepDeletedOptions {
  /** What the decision in force denies: read at every write, so a later grant applies at once. */
  denied: () => readonly Traces[]
  /** The consent cookie's name: never refused, whatever the patterns say. */
  keep: string
  /** Deletes every denied cookie and storage key now. */
  sweep: () => void
  patcher: Patcher
}

/**
 * Whether a `document.cookie` write deletes its cookie: a `Max-Age` of zero or less, else an
 * `Expires` in the past (RFC 6265 section 5.3 step 3: Max-Age wins over Expires).
 */
export function deletesCookie(write: string): boolean {
  let maxAge: string | undefined
  let expires: string | undefined
  for (const attribute of write.split(';').slice(1)) {
    const separator = attribute.indexOf('=')
    if (separator < 0) continue
    const key = attribute.slice(0, separator).trim().toLowerCase()
    const value = attribute.slice(separator + 1).trim()
    if (key === 'max-age') maxAge = value
    if (key === 'expires') expires = value
  }
  if (maxAge !== undefined) return Number(maxAge) <= 0
  if (expires !== undefined) return Date.parse(expires) <= Date.now()
  return false
}

/** The name a `document.cookie` write sets, read the way the clean-up reads `document.cookie`. */
export const cookieNameOf = (write: string): string => write.split(';')[0].split('=')[0].trim()

/**
 * Keeps what `denied()` lists deleted for the rest of the page view: a `document.cookie`
 * write or `setItem` of a denied cookie or storage key by page code is refused (a deletion
 * passes), every change `cookieStore` reports (cookies set by a response header; Chromium
 * on secure pages) triggers a sweep, and so does a slow timer, for what neither shows
 * (a header's cookie without `cookieStore`, `localStorage.key = value`). Returns a stop function.
 * @example const stop = keepDeleted({ denied: () => denied, keep: 'consentry', sweep, patcher })
 */
export function keepDeleted(options: KeepDeletedOptions): () => void {
  const { denied, keep, sweep, patcher } = options
  patcher.wrap(document, 'cookie', (original, _document, args) => {
    const write = String(args[0])
    const name = cookieNameOf(write)
    const setsDenied =
      name !== keep && !deletesCookie(write) && listedBySome(denied(), 'cookies', name)
    // Refused as if the browser had dropped it: the cookie stays deleted.
    if (setsDenied) return
    original(args)
  })
  patcher.wrap(Storage.prototype, 'setItem', (original, _storage, args) => {
    if (listedBySome(denied(), 'storage', String(args[0]))) return
    original(args)
  })
  const cookieStore = (window as { cookieStore?: EventTarget }).cookieStore
  cookieStore?.addEventListener('change', sweep)
  const timer = setInterval(sweep, SWEEP_EVERY_MS)
  return () => {
    cookieStore?.removeEventListener('change', sweep)
    clearInterval(timer)
  }
}
