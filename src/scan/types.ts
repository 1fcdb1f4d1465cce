// The shape of what `consentry scan` observes and reports. The report is what `--json`
// writes; docs/scan.md documents every field, and the field names are kept stable.

/** The three visits of every page: before any choice, after Reject all, after Accept all. */
export type StateName = 'before' | 'reject' | 'accept'

export const STATES: readonly StateName[] = ['before', 'reject', 'accept']

/** Whether something belongs to the scanned site (same registrable domain) or not. */
export type Party = 'first' | 'third'

/** What the tracker database says about a host. */
export interface TrackerInfo {
  /** The database's key for the pattern, e.g. `google_analytics`. */
  key: string
  /** e.g. `Google Analytics` */
  name: string
  /** The database's category key, e.g. `site_analytics`, `advertising`, `hosting`. */
  category: string
  /** The organization behind it, when the database names one. */
  organization: string | null
  /** True for the categories that track people: advertising, site analytics, social media. */
  tracking: boolean
}

/** What a short list of well-known cookie names says about a cookie. */
export interface KnownCookie {
  vendor: string
  purpose: 'analytics' | 'marketing' | 'social' | 'necessary'
}

/** Where a config entry is: a category, and the service inside it when there is one. */
export interface ConfigPlace {
  category: string
  service: string | null
  /** True when the category is `required` (necessary). */
  required: boolean
}

/** Who set a cookie, as far as the browser tells. */
export interface CookieSetter {
  /** `script`: a `document.cookie` write from `url`; `inline`: from a script in the page
   * `url`; `http`: a `Set-Cookie` header on the response of `url`; `unknown`: not seen. */
  kind: 'script' | 'inline' | 'http' | 'unknown'
  url: string | null
}

export interface ObservedCookie {
  name: string
  domain: string
  path: string
  /** ISO 8601 time, or null for a session cookie. */
  expires: string | null
  party: Party
  httpOnly: boolean
  secure: boolean
  sameSite: string
  setBy: CookieSetter
  /** The config entry whose `cookies` pattern covers it, or null. */
  config: ConfigPlace | null
  /** True for the consent cookie itself. */
  consentCookie: boolean
  known: KnownCookie | null
}

export interface ObservedStorageKey {
  area: 'local' | 'session'
  origin: string
  key: string
  config: ConfigPlace | null
}

/** The requests of one state to one registrable domain. */
export interface ObservedDomain {
  /** The registrable domain (`google-analytics.com`), or the host when it has none (an IP). */
  domain: string
  party: Party
  hosts: string[]
  count: number
  /** Resource types as the browser names them: script, image, xhr, fetch, ping, document... */
  types: string[]
  /** The service whose `hosts` cover it (the first host that is covered), or null. */
  config: ConfigPlace | null
  tracker: TrackerInfo | null
}

/** One page in one state. */
export interface StateResult {
  /** False when the state could not be reached (no `window.consent` on the page). */
  decided: boolean
  /** Why a state was not decided, or what the model does before a choice. */
  note: string | null
  cookies: ObservedCookie[]
  storage: ObservedStorageKey[]
  requests: ObservedDomain[]
  /** File name of the screenshot inside the HTML report's data, or null. */
  screenshot: string | null
}

export interface PageResult {
  url: string
  /** Whether `window.consent` was on the page. */
  consentry: boolean
  states: { [state in StateName]: StateResult }
}

export type LeakKind =
  'tracker-request' | 'third-party-cookie' | 'optional-cookie' | 'optional-storage'

/** Something that reached the browser before a choice or after Reject all. */
export interface Leak {
  state: 'before' | 'reject'
  page: string
  kind: LeakKind
  /** The domain, cookie name or storage key. */
  subject: string
  /** One sentence a site owner can act on. */
  detail: string
}

export interface UnlistedHost {
  domain: string
  hosts: string[]
  tracker: TrackerInfo | null
  states: StateName[]
  pages: string[]
}

export interface UnlistedCookie {
  name: string
  domain: string
  party: Party
  setBy: CookieSetter
  known: KnownCookie | null
  states: StateName[]
}

export interface StaleHost {
  category: string
  service: string
  host: string
}

export interface StalePattern {
  category: string
  service: string | null
  pattern: string
}

/** A config fragment in the config's own shape; patterns are strings (`/re/flags` for RegExp). */
export interface ConfigPatch {
  categories: {
    [name: string]: {
      required?: boolean
      usedForTracking?: boolean
      label?: string
      cookies?: string[]
      services?: {
        [name: string]: { label?: string; hosts?: string[]; cookies?: string[] }
      }
    }
  }
}

export interface ScanReport {
  /** Bumped only when a field changes meaning or goes away. */
  version: 1
  startUrl: string
  /** ISO 8601 time the scan started. */
  scannedAt: string
  /** The scanned site's registrable domain. */
  site: string
  /** Where the config came from: the page's `window.consent.config`, `--config`, or nowhere. */
  configSource: 'page' | 'file' | 'none'
  /** The tracker database used, or null when it is not installed. */
  trackerDatabase: { name: string; version: string } | null
  pages: PageResult[]
  leaks: Leak[]
  unlisted: { hosts: UnlistedHost[]; cookies: UnlistedCookie[] }
  stale: { hosts: StaleHost[]; cookies: StalePattern[] }
  /** What to lay over the config (`extend(config, patch)`): arrays are complete. */
  patch: ConfigPatch
  summary: {
    pages: number
    leaks: number
    unlistedHosts: number
    unlistedCookies: number
    stale: number
    /** No leaks. */
    clean: boolean
  }
}
