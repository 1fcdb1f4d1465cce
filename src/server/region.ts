import type { HeadersLike } from './helpers'

/** One header's value, or ''; Node's header objects have lower-case keys, `Headers` any case. */
function header(headers: HeadersLike, name: string): string {
  const value =
    typeof headers.get === 'function'
      ? (headers as { get(name: string): string | null }).get(name)
      : (headers as { readonly [name: string]: string | readonly string[] | undefined })[name]
  if (Array.isArray(value)) return String(value[0] ?? '')
  return typeof value === 'string' ? value : ''
}

/** A country and, where the CDN gives one, its subdivision (state, province). */
interface Location {
  country: string
  subdivision: string
}

/**
 * Codes that are in the alpha-2 shape but name no country: `XX` (Cloudflare: no data),
 * `ZZ` (unknown territory), `EU` and `AP` (continent-level results of some databases).
 * Tor (`T1`) and reserved blocks (`**`, Fastly) fail the shape check anyway.
 */
const NOT_A_COUNTRY = ['XX', 'ZZ', 'EU', 'AP']

/**
 * A CDN's location headers, read as a country and a subdivision. Each reader names the
 * documentation of the headers it reads. A CDN sends its headers only when the site
 * turned them on, and only a request that came through that CDN has them.
 */
const readers: ((headers: HeadersLike) => Location)[] = [
  // Cloudflare: CF-IPCountry, ISO 3166-1 alpha-2, `XX` without data, `T1` for Tor
  // (developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ipcountry);
  // cf-region-code, the ISO 3166-2 subdivision, with the "Add visitor location headers"
  // managed transform (developers.cloudflare.com/rules/transform/managed-transforms/reference/).
  headers => ({
    country: header(headers, 'cf-ipcountry'),
    subdivision: header(headers, 'cf-region-code'),
  }),
  // Vercel: x-vercel-ip-country (ISO 3166-1 alpha-2) and x-vercel-ip-country-region
  // (ISO 3166-2 subdivision, up to three characters) (vercel.com/docs/headers/request-headers).
  headers => ({
    country: header(headers, 'x-vercel-ip-country'),
    subdivision: header(headers, 'x-vercel-ip-country-region'),
  }),
  // Amazon CloudFront: CloudFront-Viewer-Country (ISO 3166-1 alpha-2) and
  // CloudFront-Viewer-Country-Region (ISO 3166-2 subdivision), added by an origin request
  // policy (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-cloudfront-headers.html).
  headers => ({
    country: header(headers, 'cloudfront-viewer-country'),
    subdivision: header(headers, 'cloudfront-viewer-country-region'),
  }),
  // Netlify: x-nf-geo, base64-encoded JSON of the object an edge function gets as
  // `context.geo`: `{ country: { code }, subdivision: { code } }`, ISO 3166 codes
  // (docs.netlify.com/edge-functions/api/; netlify-cli's geolocation template reads the header).
  headers => netlifyGeo(header(headers, 'x-nf-geo')),
  // Akamai: X-Akamai-Edgescape, `key=value` pairs with country_code (ISO 3166-1 alpha-2)
  // and region_code, sent with the Content Targeting (EdgeScape) behavior
  // (techdocs.akamai.com/property-mgr/docs/content-tgting).
  headers => edgescape(header(headers, 'x-akamai-edgescape')),
  // Fastly sends no location header of its own: VCL copies client.geo.country_code (ISO
  // 3166-1 alpha-2) and client.geo.region (ISO 3166-2 subdivision) into headers the site
  // names (fastly.com/documentation/reference/vcl/variables/geolocation/). These are the
  // names our documentation's VCL snippet sets; absent data is `?`, which fails the checks.
  headers => ({
    country: header(headers, 'x-fastly-country-code'),
    subdivision: header(headers, 'x-fastly-region'),
  }),
]

/** A JSON field that should hold a code: anything but a string is no code. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Netlify's x-nf-geo: base64 JSON on Netlify, plain JSON from some local tools. */
function netlifyGeo(value: string): Location {
  const none = { country: '', subdivision: '' }
  if (!value) return none
  try {
    const json = value.trim().startsWith('{') ? value : atob(value)
    const geo = JSON.parse(json) as {
      country?: { code?: unknown }
      subdivision?: { code?: unknown }
    }
    return { country: text(geo.country?.code), subdivision: text(geo.subdivision?.code) }
  } catch {
    // A header that does not decode says nothing about where the visitor is.
    return none
  }
}

/** Akamai's `georegion=246,country_code=US,region_code=CA,city=SANJOSE,...`. */
function edgescape(value: string): Location {
  const fields: { [key: string]: string } = {}
  for (const pair of value.split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0) fields[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim()
  }
  return { country: fields.country_code || '', subdivision: fields.region_code || '' }
}

/** An ISO 3166-1 alpha-2 code, upper case, or '' for anything else. */
function countryCode(value: string): string {
  const code = value.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.includes(code)) return ''
  return code
}

/** An ISO 3166-2 subdivision's own part (`CA` of `US-CA`, `13` of `JP-13`), or ''. */
function subdivisionCode(value: string, country: string): string {
  let code = value.trim().toUpperCase()
  // Some setups send the whole code (`US-CA`) rather than its second part.
  if (code.startsWith(country + '-')) code = code.slice(country.length + 1)
  if (!/^[A-Z0-9]{1,3}$/.test(code)) return ''
  return code
}

/**
 * The visitor's region from the location headers a CDN adds: Cloudflare, Vercel, Amazon
 * CloudFront, Netlify, Akamai, and Fastly through the VCL in the docs. Returns an ISO
 * 3166 code, the country (`DE`) or with its subdivision where the CDN gives one
 * (`US-CA`), or `''` when no header names a country. Pass it to `readDecision`, and to
 * the page as `<html data-consent-region>` or the config's `region`.
 *
 * Trust these headers only from your CDN: a request that reaches the origin directly
 * can send any of them. The first CDN in the order above whose header names a country wins.
 * @example regionFromHeaders(request.headers) // 'US-CA'
 */
export function regionFromHeaders(headers: HeadersLike | null | undefined): string {
  if (!headers) return ''
  for (const read of readers) {
    const location = read(headers)
    const country = countryCode(location.country)
    if (!country) continue
    const subdivision = subdivisionCode(location.subdivision, country)
    if (subdivision) return country + '-' + subdivision
    return country
  }
  return ''
}
