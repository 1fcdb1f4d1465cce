import { validateConfig } from '../core/config'
import { decodeRecord, encodeRecord } from '../core/codec'
import { DAY, decide, lifetimeDays } from '../core/decide'
import { cookieName } from '../core/storage'
import type { ConsentConfig, ConsentRecord, Decision, Signals } from '../core/types'

/** Request headers: web `Headers`, or Node's `IncomingHttpHeaders` (lower-case keys). */
export type HeadersLike =
  | { get(name: string): string | null }
  | { readonly [name: string]: string | readonly string[] | undefined }

const header = (headers: HeadersLike | null | undefined, name: string): string => {
  if (!headers) return ''
  if (typeof headers.get == 'function')
    return (headers as { get(name: string): string | null }).get(name) || ''
  const v = (headers as { [name: string]: string | readonly string[] | undefined })[name]
  return Array.isArray(v) ? v.join(', ') : (v as string) || ''
}

/**
 * The consent record in a `Cookie` header, decoded exactly as the browser decodes it:
 * anything tampered, truncated or foreign is null. With two cookies of that name (host
 * and parent domain, or two paths), the newest that decodes wins, as in the browser.
 * @example readConsent(request.headers.get('cookie'), config)?.categories.analytics
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
): ConsentRecord | null {
  const name = cookieName(config)
  let found: ConsentRecord | null = null
  for (const part of (cookieHeader || '').split(/; */)) {
    const eq = part.indexOf('=')
    const record =
      eq > 0 && part.slice(0, eq).trim() == name ? decodeRecord(part.slice(eq + 1).trim()) : null
    if (record && (!found || record.time > found.time)) found = record
  }
  return found
}

/**
 * Do Not Track and Global Privacy Control from request headers. Only `Sec-GPC: 1`
 * counts (GPC spec, "The Sec-GPC header field for HTTP requests": 1 is its only value), and only `DNT: 1`.
 * @example readSignals(request.headers) // { dnt: false, gpc: true }
 */
export function readSignals(headers: HeadersLike | null | undefined): Signals {
  return {
    dnt: header(headers, 'dnt').trim() == '1',
    gpc: header(headers, 'sec-gpc').trim() == '1',
  }
}

const checked = new WeakSet<object>()
const valid = (config: ConsentConfig) => {
  if (!checked.has(config)) checked.add(validateConfig(config))
  return config
}

/**
 * What applies to a request: the browser's own `decide()` over the cookie, the signal
 * headers and the region (the site's own, e.g. from its CDN's country header).
 * @example readDecision(config, req.headers.cookie, req.headers, 'DE').categories.analytics
 */
export function readDecision(
  config: ConsentConfig,
  cookieHeader: string | null | undefined,
  headers?: HeadersLike | null,
  region?: string,
): Decision {
  valid(config)
  return decide(
    config,
    readConsent(cookieHeader, config),
    readSignals(headers),
    region ?? config.region,
    Date.now(),
  )
}

/**
 * Whether the page will show the banner, so a server-rendered page can reserve its place
 * or render it at once instead of flashing it in. Pass the region the page will tell
 * the SDK (`<html data-consent-region>`), if any.
 * @example if (needsBanner(config, req.headers.cookie, req.headers)) html = html.replace('<body>', '<body class="consent-pending">')
 */
export function needsBanner(
  config: ConsentConfig,
  cookieHeader: string | null | undefined,
  headers?: HeadersLike | null,
  region?: string,
): boolean {
  return readDecision(config, cookieHeader, headers, region).ask
}

/** Options of `consentCookieHeader`. */
export interface CookieHeaderOptions {
  /** Add `Secure` (default true; always with `SameSite=None`). Browsers accept it on http://localhost too. */
  secure?: boolean
  /** The current time, for `Max-Age` (default `Date.now()`). */
  now?: number
}

/**
 * A `Set-Cookie` value that re-issues the consent cookie from the server. Safari caps
 * cookies written by `document.cookie` at 7 days; one set by an HTTP response keeps its
 * lifetime. The name, path, domain and SameSite are the browser's, so it replaces that
 * cookie rather than adding a second, and the expiry is computed from the decision time,
 * so re-issuing never makes a choice last longer than the policy says. Never HttpOnly:
 * the SDK reads it.
 * @example
 * const record = readConsent(req.headers.cookie, config)
 * if (record) res.setHeader('set-cookie', consentCookieHeader(record, config))
 */
export function consentCookieHeader(
  record: ConsentRecord,
  config: ConsentConfig,
  options: CookieHeaderOptions = {},
): string {
  const c = config.cookie || {}
  const now = options.now ?? Date.now()
  const expires = record.time + lifetimeDays(config, record) * DAY
  const sameSite = c.sameSite || 'Lax'
  return [
    cookieName(config) + '=' + encodeRecord(record),
    'Path=' + (c.path || '/'),
    c.domain && 'Domain=' + c.domain,
    'Expires=' + new Date(expires).toUTCString(),
    'Max-Age=' + Math.max(0, Math.floor((expires - now) / 1000)),
    'SameSite=' + sameSite,
    (options.secure ?? true) || sameSite == 'None' ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ')
}
