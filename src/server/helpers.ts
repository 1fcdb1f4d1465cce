import { validateConfig } from '../core/config'
import { decodeRecord, encodeRecord } from '../core/codec'
import { DAY, decide, lifetimeDays } from '../core/decide'
import { cookieName } from '../core/storage'
import type { ConsentConfig, ConsentRecord, Decision, Signals } from '../core/types'

/** Web `Headers` (or anything with the same `get`). */
type WebHeaders = { get(name: string): string | null }
/** Node's `IncomingHttpHeaders`: lower-case keys, repeated headers as arrays. */
type NodeHeaders = { readonly [name: string]: string | readonly string[] | undefined }

/** Request headers: web `Headers`, or Node's `IncomingHttpHeaders` (lower-case keys). */
export type HeadersLike = WebHeaders | NodeHeaders

const isWebHeaders = (headers: HeadersLike): headers is WebHeaders =>
  typeof headers.get === 'function'

/** One header's value, '' when it is absent; repeated Node headers are joined as HTTP joins them. */
export function headerValue(headers: HeadersLike | null | undefined, name: string): string {
  if (!headers) return ''
  if (isWebHeaders(headers)) return headers.get(name) ?? ''
  const value = headers[name]
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  return value.join(', ')
}

/** The values of every cookie named `name` in a `Cookie` header, in header order. */
export function cookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  const values: string[] = []
  for (const part of (cookieHeader ?? '').split(/; */)) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    if (part.slice(0, eq).trim() !== name) continue
    values.push(part.slice(eq + 1).trim())
  }
  return values
}

/** What the helpers read a request through: the config, and the request's cookies and headers. */
export interface RequestOptions {
  /** The site's consent config, the same the page gives the SDK. */
  config: ConsentConfig
  /** The request's `Cookie` header (default: the `cookie` entry of `headers`). */
  cookie?: string | null
  /** The request's headers: web `Headers` or Node's `req.headers`. */
  headers?: HeadersLike | null
  /** The region the page tells the SDK (`<html data-consent-region>`), if any. */
  region?: string
}

const isRequestOptions = (value: unknown): value is RequestOptions =>
  typeof value === 'object' && value !== null && 'config' in value

/** The `Cookie` header of the options: given, or read from the headers. */
const cookieOf = (options: RequestOptions): string =>
  options.cookie ?? headerValue(options.headers, 'cookie')

/** The positional forms of 0.1, turned into options. */
function positional(
  config: ConsentConfig,
  cookie: string | null | undefined,
  headers?: HeadersLike | null,
  region?: string,
): RequestOptions {
  return { config, cookie: cookie ?? '', headers, region }
}

function decodeNewest(cookieHeader: string, config: ConsentConfig): ConsentRecord | null {
  let newest: ConsentRecord | null = null
  for (const value of cookieValues(cookieHeader, cookieName(config))) {
    const record = decodeRecord(value)
    if (!record) continue
    if (!newest || record.time > newest.time) newest = record
  }
  return newest
}

/**
 * The consent record in a `Cookie` header, decoded exactly as the browser decodes it:
 * anything tampered, truncated or foreign is null. With two cookies of that name (host
 * and parent domain, or two paths), the newest that decodes wins, as in the browser.
 * @example readConsent({ config, headers: req.headers })?.categories.analytics
 */
export function readConsent(options: RequestOptions): ConsentRecord | null
/** @deprecated The 0.1 form; use `readConsent({ config, cookie })`. */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
): ConsentRecord | null
export function readConsent(
  first: RequestOptions | string | null | undefined,
  config?: ConsentConfig,
): ConsentRecord | null {
  if (isRequestOptions(first)) return decodeNewest(cookieOf(first), first.config)
  return decodeNewest(first ?? '', config as ConsentConfig)
}

/**
 * Do Not Track and Global Privacy Control from request headers. Only `Sec-GPC: 1`
 * counts (GPC spec, "The Sec-GPC header field for HTTP requests": 1 is its only value), and only `DNT: 1`.
 * @example readSignals(request.headers) // { dnt: false, gpc: true }
 */
export function readSignals(headers: HeadersLike | null | undefined): Signals {
  return {
    dnt: headerValue(headers, 'dnt').trim() === '1',
    gpc: headerValue(headers, 'sec-gpc').trim() === '1',
  }
}

/** Configs already validated: each is checked once, however many requests use it. */
const validatedConfigs = new WeakSet<object>()

function ensureValid(config: ConsentConfig): void {
  if (validatedConfigs.has(config)) return
  validateConfig(config)
  validatedConfigs.add(config)
}

function decideFor(options: RequestOptions): Decision {
  const { config } = options
  ensureValid(config)
  const decision = decide(
    config,
    readConsent(options),
    readSignals(options.headers),
    options.region ?? config.region,
    Date.now(),
  )
  // decide() keeps its maps free of a prototype; a server hands them to the page
  // (`serverState`), and React Server Components refuse to serialise such objects.
  // validateConfig has refused every name a prototype could answer for.
  return {
    ...decision,
    categories: { ...decision.categories },
    services: { ...decision.services },
    locked: { ...decision.locked },
  }
}

/**
 * What applies to a request: the browser's own `decide()` over the cookie, the signal
 * headers and the region (the site's own, e.g. from its CDN's country header).
 * @example readDecision({ config, headers: req.headers, region: 'DE' }).categories.analytics
 */
export function readDecision(options: RequestOptions): Decision
/** @deprecated The 0.1 form; use `readDecision({ config, cookie, headers, region })`. */
export function readDecision(
  config: ConsentConfig,
  cookieHeader: string | null | undefined,
  headers?: HeadersLike | null,
  region?: string,
): Decision
export function readDecision(
  first: RequestOptions | ConsentConfig,
  cookieHeader?: string | null,
  headers?: HeadersLike | null,
  region?: string,
): Decision {
  if (isRequestOptions(first)) return decideFor(first)
  return decideFor(positional(first, cookieHeader, headers, region))
}

/**
 * Whether the page will show the banner, so a server-rendered page can reserve its place
 * or render it at once instead of flashing it in. Pass the region the page will tell
 * the SDK (`<html data-consent-region>`), if any.
 * @example if (needsBanner({ config, headers: req.headers })) html = html.replace('<body>', '<body class="consent-pending">')
 */
export function needsBanner(options: RequestOptions): boolean
/** @deprecated The 0.1 form; use `needsBanner({ config, cookie, headers, region })`. */
export function needsBanner(
  config: ConsentConfig,
  cookieHeader: string | null | undefined,
  headers?: HeadersLike | null,
  region?: string,
): boolean
export function needsBanner(
  first: RequestOptions | ConsentConfig,
  cookieHeader?: string | null,
  headers?: HeadersLike | null,
  region?: string,
): boolean {
  if (isRequestOptions(first)) return decideFor(first).ask
  return decideFor(positional(first, cookieHeader, headers, region)).ask
}

/** Options of `consentCookieHeader`. */
export interface CookieHeaderOptions {
  /** The record to re-issue (from `readConsent`). */
  record: ConsentRecord
  /** The site's consent config. */
  config: ConsentConfig
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
 * const record = readConsent({ config, headers: req.headers })
 * if (record) res.setHeader('set-cookie', consentCookieHeader({ record, config }))
 */
export function consentCookieHeader(options: CookieHeaderOptions): string
/** @deprecated The 0.1 form; use `consentCookieHeader({ record, config, secure, now })`. */
export function consentCookieHeader(
  record: ConsentRecord,
  config: ConsentConfig,
  options?: Omit<CookieHeaderOptions, 'record' | 'config'>,
): string
export function consentCookieHeader(
  first: CookieHeaderOptions | ConsentRecord,
  config?: ConsentConfig,
  rest: Omit<CookieHeaderOptions, 'record' | 'config'> = {},
): string {
  if ('record' in first) return cookieHeaderFor(first)
  return cookieHeaderFor({ ...rest, record: first, config: config as ConsentConfig })
}

function cookieHeaderFor(options: CookieHeaderOptions): string {
  const { record, config } = options
  const cookie = config.cookie ?? {}
  const now = options.now ?? Date.now()
  const expires = record.time + lifetimeDays(config, record) * DAY
  const sameSite = cookie.sameSite ?? 'Lax'
  const attributes = [cookieName(config) + '=' + encodeRecord(record)]
  attributes.push('Path=' + (cookie.path || '/'))
  if (cookie.domain) attributes.push('Domain=' + cookie.domain)
  attributes.push('Expires=' + new Date(expires).toUTCString())
  attributes.push('Max-Age=' + Math.max(0, Math.floor((expires - now) / 1000)))
  attributes.push('SameSite=' + sameSite)
  // Browsers refuse SameSite=None without Secure.
  const secure = (options.secure ?? true) || sameSite === 'None'
  if (secure) attributes.push('Secure')
  return attributes.join('; ')
}
