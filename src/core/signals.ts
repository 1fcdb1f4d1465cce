import type { Signals } from './types'

/** Fail closed: a getter that throws, or any value we do not recognise, means "off". */
const read = (get: () => unknown) => {
  try {
    return get()
  } catch {}
}

/** DNT is `'1'` (or legacy `'yes'`) on any of the three places browsers have put it. */
const dntOn = (v: unknown) => v === '1' || v === 'yes'

/**
 * Reads Do Not Track and Global Privacy Control. Outside a browser both are off.
 * @example readSignals() // { dnt: false, gpc: true }
 */
export function readSignals(): Signals {
  const nav: any = typeof navigator == 'object' ? navigator : {}
  const win: any = typeof window == 'object' ? window : {}
  return {
    dnt:
      dntOn(read(() => nav.doNotTrack)) ||
      dntOn(read(() => win.doNotTrack)) ||
      dntOn(read(() => nav.msDoNotTrack)),
    // GPC spec section 4 (navigator.globalPrivacyControl): only the boolean true counts.
    gpc: read(() => nav.globalPrivacyControl) === true,
  }
}
