// GET /api/consent?site=<preset id>[&region=<ISO 3166>]: what the server knows of the
// visitor's consent before any script runs, from the server helpers of `consentry/server`
// (dist/server.js): the record in the Cookie header (same decoder as the browser), the
// Sec-GPC and DNT headers, whether the banner will show, and a Set-Cookie that re-issues
// the consent cookie (Safari keeps cookies written by scripts for 7 days at most).
import {
  consentCookieHeader,
  needsBanner,
  readConsent,
  readDecision,
  readSignals,
} from '../../dist/server.js'

const presets = import('../../dist/presets.js').then(m => m.presets)

/**
 * What a server-rendered page of a site needs: whether the banner will show (render a
 * placeholder, no flash) and the header that re-issues the consent cookie, if any.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('../../src/core/types').ConsentConfig} config
 * @param {string} [region]
 */
export function pageConsent(req, config, region) {
  const cookie = req.headers.cookie
  const decision = readDecision({ config, cookie, headers: req.headers, region })
  const record = readConsent({ config, cookie })
  // Only a choice that still applies is re-issued; Secure only where the browser would set it.
  const secure = !!req.socket.encrypted || req.headers['x-forwarded-proto'] === 'https'
  return {
    needsBanner: needsBanner({ config, cookie, headers: req.headers, region }),
    decision,
    record,
    signals: readSignals(req.headers),
    setCookie: record && decision.valid ? consentCookieHeader({ record, config, secure }) : null,
  }
}

/**
 * Handles `/api/consent`; returns false for any other path.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function handle(req, res, url) {
  if (url.pathname !== '/api/consent') return false
  const all = await presets
  const site = url.searchParams.get('site') || ''
  const json = (status, body, headers = {}) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    res.end(JSON.stringify(body, null, 2))
  }
  if (req.method !== 'GET') {
    json(405, { error: 'expected GET' }, { allow: 'GET' })
    return true
  }
  if (!Object.hasOwn(all, site)) {
    json(404, { error: 'site: expected one of ' + Object.keys(all).join(', ') })
    return true
  }
  const region = url.searchParams.get('region') || undefined
  const { setCookie, ...state } = pageConsent(req, all[site], region)
  json(
    200,
    { site, region: region || null, ...state },
    setCookie ? { 'set-cookie': setCookie } : {},
  )
  return true
}
