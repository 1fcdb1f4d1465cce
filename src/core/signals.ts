import type { Signals } from './types'

/** Where browsers have put the two signals; every one may be missing or a throwing getter. */
interface SignalSources {
  doNotTrack?: unknown
  msDoNotTrack?: unknown
  globalPrivacyControl?: unknown
}

/** Fail closed: a getter that throws, or any value we do not recognise, means "off". */
const read = (get: () => unknown): unknown => {
  try {
    return get()
  } catch {
    return undefined
  }
}

/** DNT is `'1'` (or legacy `'yes'`) on any of the three places browsers have put it. */
const dntOn = (value: unknown) => value === '1' || value === 'yes'

/**
 * Reads Do Not Track and Global Privacy Control. Outside a browser both are off.
 * @example readSignals() // { dnt: false, gpc: true }
 */
export function readSignals(): Signals {
  const nav: SignalSources = typeof navigator === 'object' ? navigator : {}
  // Old IE and Safari put DNT on window; the DOM typings no longer list it.
  const win = (typeof window === 'object' ? window : {}) as SignalSources
  const dnt =
    dntOn(read(() => nav.doNotTrack)) ||
    dntOn(read(() => win.doNotTrack)) ||
    dntOn(read(() => nav.msDoNotTrack))
  // GPC spec section 4 (navigator.globalPrivacyControl): only the boolean true counts.
  const gpc = read(() => nav.globalPrivacyControl) === true
  return { dnt, gpc }
}
