// The CSP backstop in the demo: a site page opened with `?csp` is sent the
// Content-Security-Policy that consentCsp (consentry/server, the shipped build) makes from
// the visitor's consent cookie, signals and `?region=`. It shows where the stand-ins load
// from their own hosts (pages opened under *.test names, as the tests do); from 127.0.0.1
// they are served by path, on the page's own origin, which no host list can tell apart.
// After a grant, the page needs a reload before the newly granted stand-ins can load.

// The shipped build of consentry/server, as a site's server would import it.
import { consentCsp } from '../dist/server.js'

/**
 * The response headers that carry the policy for a site page: none without `?csp`, or
 * when nothing is denied.
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {import('../src/core/types').ConsentConfig} config what the page's drop-in runs
 * @returns {Record<string, string>}
 */
export function cspHeaders(req, url, config) {
  if (!url.searchParams.has('csp')) return {}
  const policy = consentCsp({
    config,
    cookie: req.headers.cookie,
    headers: req.headers,
    region: url.searchParams.get('region') || undefined,
  })
  if (!policy) return {}
  return { 'content-security-policy': policy }
}
