// The backstop for what a script in the page cannot hold back: the preload scanner's early
// fetches, dynamic import(), CSS url() and @import, <a ping>, forms posted into frames.
// A Content-Security-Policy is enforced by the browser on every one of those routes, so the
// server sends one that keeps each denied service's hosts out.
//
// CSP is an allow-list: it cannot say "everything but tracker.example". So this narrows the
// site's own policy: it takes the denied hosts out of each source list, and where a list
// allows every host (`*`, `https:`), replaces that with `'self'` and the granted hosts.
import type { ConsentConfig, Decision } from '../core/types'
import { type HeadersLike, readDecision } from './helpers'

/** Options of `consentCsp`. */
export interface ConsentCspOptions {
  /** The site's config: the same one the page runs. */
  config: ConsentConfig
  /** The request's `Cookie` header (the consent cookie is read from it). */
  cookie: string | null | undefined
  /** Request headers, for `DNT` and `Sec-GPC`, read as `readSignals` reads them. */
  headers?: HeadersLike | null
  /** The visitor's region, as the page tells the SDK (`<html data-consent-region>`). */
  region?: string
  /**
   * The site's own `Content-Security-Policy`, which the result narrows and never widens.
   * Without one, the page may load from its own origin, inline, `data:` and `blob:`, and
   * from the granted services' hosts.
   */
  base?: string
}

/**
 * The directives whose sources say where the page may load from or send to; `form-action`
 * is no fetch directive, but a form can post to a tracker. The others are kept as they are.
 */
const URL_DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'style-src',
  'style-src-elem',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'form-action',
])

/** What a page without a policy of its own could load, less other origins' hosts. */
const OPEN_SOURCES = ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:']

/** Scheme sources that allow every host on the network (CSP3 section 2.3.1). */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:'])

/** scheme://host:port/path, each part but the host optional (CSP3 `host-source`). */
const HOST_SOURCE = /^(?:[a-z][a-z\d+.-]*:\/\/)?(\*|(?:\*\.)?[^:/*]+)(?::(?:\d+|\*))?(?:\/.*)?$/i

/** One directive of a policy: its name (lower case) and its source expressions. */
interface Directive {
  name: string
  sources: string[]
}

/** The config's service hosts, split by what applies: a host is allowed only when every service listing it is granted. */
interface Hosts {
  allowed: string[]
  denied: string[]
}

/** A config host as the gate matches it: lower case, without a trailing dot. */
const normalHost = (host: string) => host.toLowerCase().replace(/\.$/, '')

function hostsFor(config: ConsentConfig, decision: Decision): Hosts {
  const grantedByHost = new Map<string, boolean>()
  for (const category of Object.values(config.categories)) {
    const services = category.services || {}
    for (const name of Object.keys(services)) {
      const granted = Object.hasOwn(decision.services, name) && decision.services[name] === true
      for (const host of services[name].hosts || []) {
        const key = normalHost(host)
        // Fail closed: one denied service listing a host keeps the host out for all.
        const before = grantedByHost.get(key) ?? true
        grantedByHost.set(key, before && granted)
      }
    }
  }
  const hosts: Hosts = { allowed: [], denied: [] }
  for (const [host, granted] of grantedByHost) {
    if (granted) hosts.allowed.push(host)
    else hosts.denied.push(host)
  }
  return hosts
}

/** Splits a policy into directives; a repeated directive is ignored, as browsers do (CSP3 section 2.2.1). */
function parsePolicy(policy: string): Directive[] {
  const directives: Directive[] = []
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean)
    if (!tokens.length) continue
    const name = tokens[0].toLowerCase()
    if (directives.some(directive => directive.name === name)) continue
    directives.push({ name, sources: tokens.slice(1) })
  }
  return directives
}

/** Whether a host-source's host part (`example.com`, `*.example.com`) matches `host` or any subdomain of it. */
function reaches(hostPart: string, host: string): boolean {
  const part = hostPart.toLowerCase()
  const zone = part.startsWith('*.') ? part.slice(2) : part
  const inZone = zone === host || zone.endsWith('.' + host)
  // `*.test` reaches tracker.test; `*.tracker.test` and `px.tracker.test` lie inside it.
  const wildcardAbove = part.startsWith('*.') && host.endsWith('.' + zone)
  return inZone || wildcardAbove
}

/** How one source expression treats network hosts. */
function kindOf(source: string): 'every-host' | 'keyword' | 'other' | { host: string } {
  const lower = source.toLowerCase()
  if (lower.startsWith("'")) return 'keyword'
  if (lower === '*' || NETWORK_SCHEMES.has(lower)) return 'every-host'
  if (/^[a-z][a-z\d+.-]*:$/.test(lower)) return 'other'
  const match = HOST_SOURCE.exec(source)
  if (!match) return 'other'
  if (match[1] === '*') return 'every-host'
  return { host: match[1] }
}

/** The sources that allow a granted host: itself and its subdomains, on any port (the gate matches hosts, not ports). */
const hostSources = (hosts: string[]) => hosts.flatMap(host => [host + ':*', '*.' + host + ':*'])

/** A source list without the denied hosts; a list that allowed every host gets `'self'` and the granted hosts instead. */
function narrow(sources: string[], hosts: Hosts): string[] {
  if (sources.length === 1 && sources[0].toLowerCase() === "'none'") return sources
  const kept: string[] = []
  let allowedEveryHost = false
  for (const source of sources) {
    const kind = kindOf(source)
    if (kind === 'every-host') {
      allowedEveryHost = true
      continue
    }
    // 'strict-dynamic' lets a trusted script load any host: host lists would not apply.
    if (source.toLowerCase() === "'strict-dynamic'") continue
    if (typeof kind === 'object' && hosts.denied.some(host => reaches(kind.host, host))) continue
    kept.push(source)
  }
  if (allowedEveryHost) {
    if (!kept.some(source => source.toLowerCase() === "'self'")) kept.push("'self'")
    kept.push(...hostSources(hosts.allowed))
  }
  return kept.length ? kept : ["'none'"]
}

/**
 * The `Content-Security-Policy` for a request: the site's `base` policy, narrowed so that
 * no denied service's `hosts` can load or receive anything, by any route the browser
 * checks (scripts, the preload scanner, `import()`, styles and their `url()` and `@import`,
 * images, fonts, media, frames, `fetch`, beacons, `<a ping>`, forms). What applies is the
 * browser's own `decide()` over the consent cookie, the signal headers and the region: with
 * no record, everything not granted by default stays out. Returns `base` unchanged (maybe
 * `''`: send no header) when nothing is denied.
 *
 * The policy holds for the whole page view: a service granted on the page loads only after
 * a reload (see `reloadOnGrant` in `consentry/integrations`).
 * @example
 * const policy = consentCsp({ config, cookie: req.headers.cookie, headers: req.headers, base: "default-src 'self'; img-src *" })
 * if (policy) res.setHeader('content-security-policy', policy)
 */
export function consentCsp(options: ConsentCspOptions): string {
  const { config, cookie, headers, region } = options
  const base = options.base || ''
  const decision = readDecision(config, cookie, headers, region)
  const hosts = hostsFor(config, decision)
  if (!hosts.denied.length) return base
  const directives = parsePolicy(base)
  // A policy without default-src leaves every fetch without its own directive open.
  if (!directives.some(directive => directive.name === 'default-src')) {
    const sources = [...OPEN_SOURCES, ...hostSources(hosts.allowed)]
    directives.unshift({ name: 'default-src', sources })
  }
  return directives
    .map(directive => {
      const sources = URL_DIRECTIVES.has(directive.name)
        ? narrow(directive.sources, hosts)
        : directive.sources
      return [directive.name, ...sources].join(' ')
    })
    .join('; ')
}
