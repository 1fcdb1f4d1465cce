// The CSP backstop in the demo: a site page opened with `?csp` is sent the
// Content-Security-Policy that consentCsp (consentry/server, the shipped build) makes from
// the visitor's consent cookie, signals and `?region=`. It shows where the stand-ins load
// from their own hosts (pages opened under *.test names, as the tests do); from 127.0.0.1
// they are served by path, on the page's own origin, which no host list can tell apart.
// After a grant, the page needs a reload before the newly granted stand-ins can load.

const SERVER = new URL('../dist/server.js', import.meta.url).href

/** The loaded `consentry/server` build, once the first `?csp` page asks for it. */
let server

/**
 * The response headers that carry the policy for a site page: none without `?csp`, or
 * when nothing is denied.
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {import('../src/core/types').ConsentConfig} config what the page's drop-in runs
 * @returns {Promise<Record<string, string>>}
 */
export async function cspHeaders(req, url, config) {
  if (!url.searchParams.has('csp')) return {}
  if (!server) server = await import(SERVER)
  const policy = server.consentCsp({
    config,
    cookie: req.headers.cookie,
    headers: req.headers,
    region: url.searchParams.get('region') || undefined,
  })
  if (!policy) return {}
  return { 'content-security-policy': policy }
}
