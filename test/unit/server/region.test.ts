// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { regionFromHeaders } from '../../../src/server'

const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')

/** Header names and values as each CDN documents them (or, for Fastly, as our VCL sets them). */
const table: { cdn: string; headers: Record<string, string>; region: string }[] = [
  { cdn: 'Cloudflare, country only', headers: { 'cf-ipcountry': 'DE' }, region: 'DE' },
  {
    cdn: 'Cloudflare, visitor location headers',
    headers: { 'cf-ipcountry': 'US', 'cf-region-code': 'CA', 'cf-region': 'California' },
    region: 'US-CA',
  },
  { cdn: 'Cloudflare, no data', headers: { 'cf-ipcountry': 'XX' }, region: '' },
  { cdn: 'Cloudflare, Tor', headers: { 'cf-ipcountry': 'T1' }, region: '' },
  {
    cdn: 'Vercel',
    headers: { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'TX' },
    region: 'US-TX',
  },
  { cdn: 'Vercel, country only', headers: { 'x-vercel-ip-country': 'FR' }, region: 'FR' },
  {
    cdn: 'CloudFront',
    headers: {
      'cloudfront-viewer-country': 'US',
      'cloudfront-viewer-country-region': 'MI',
      'cloudfront-viewer-country-region-name': 'Michigan',
    },
    region: 'US-MI',
  },
  {
    cdn: 'CloudFront, numeric subdivision (Tokyo)',
    headers: { 'cloudfront-viewer-country': 'JP', 'cloudfront-viewer-country-region': '13' },
    region: 'JP-13',
  },
  {
    cdn: 'Netlify (base64 JSON)',
    headers: {
      'x-nf-geo': base64({
        city: 'San Francisco',
        country: { code: 'US', name: 'United States' },
        subdivision: { code: 'CA', name: 'California' },
        timezone: 'America/Los_Angeles',
      }),
    },
    region: 'US-CA',
  },
  {
    cdn: 'Netlify (plain JSON, local tools)',
    headers: { 'x-nf-geo': JSON.stringify({ country: { code: 'NL', name: 'Netherlands' } }) },
    region: 'NL',
  },
  { cdn: 'Netlify, garbage', headers: { 'x-nf-geo': '%%%not base64' }, region: '' },
  {
    cdn: 'Akamai EdgeScape',
    headers: {
      'x-akamai-edgescape':
        'georegion=246,country_code=US,region_code=CA,city=SANJOSE,dma=807,pmsa=7400,areacode=408,county=SANTACLARA,fips=06085,lat=37.3353,long=-121.8938,timezone=PST,network=comcast',
    },
    region: 'US-CA',
  },
  {
    cdn: 'Akamai EdgeScape, country only',
    headers: { 'x-akamai-edgescape': 'georegion=82,country_code=GB,city=LONDON' },
    region: 'GB',
  },
  {
    cdn: 'Fastly (documented VCL)',
    headers: { 'x-fastly-country-code': 'CA', 'x-fastly-region': 'ON' },
    region: 'CA-ON',
  },
  {
    cdn: 'Fastly, absent region',
    headers: { 'x-fastly-country-code': 'SE', 'x-fastly-region': '?' },
    region: 'SE',
  },
  { cdn: 'Fastly, reserved block', headers: { 'x-fastly-country-code': '**' }, region: '' },
  { cdn: 'no CDN', headers: { host: 'example.com' }, region: '' },
]

describe('regionFromHeaders', () => {
  it.each(table)('$cdn -> "$region"', ({ headers, region }) => {
    expect(regionFromHeaders(headers)).toBe(region)
  })

  it.each(table)('$cdn, as web Headers -> "$region"', ({ headers, region }) => {
    expect(regionFromHeaders(new Headers(headers))).toBe(region)
  })

  it('reads header names in any case from web Headers', () => {
    expect(regionFromHeaders(new Headers({ 'CF-IPCountry': 'at', 'CF-Region-Code': '9' }))).toBe(
      'AT-9',
    )
  })

  it('accepts a subdivision sent as the whole ISO 3166-2 code', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'GB', 'cf-region-code': 'GB-SCT' })).toBe('GB-SCT')
  })

  it('drops a subdivision that is not a code, keeping the country', () => {
    expect(
      regionFromHeaders({
        'cloudfront-viewer-country': 'US',
        'cloudfront-viewer-country-region': 'New York',
      }),
    ).toBe('US')
  })

  it('never mixes one CDN’s country with another’s subdivision', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'DE', 'x-vercel-ip-country-region': 'CA' })).toBe(
      'DE',
    )
  })

  it('skips a CDN without a country and uses the next one that has it', () => {
    expect(
      regionFromHeaders({
        'cf-ipcountry': 'XX',
        'x-vercel-ip-country': 'IT',
        'x-vercel-ip-country-region': '25',
      }),
    ).toBe('IT-25')
  })

  it('returns an empty string without headers', () => {
    expect(regionFromHeaders(null)).toBe('')
    expect(regionFromHeaders(undefined)).toBe('')
    expect(regionFromHeaders({})).toBe('')
  })

  it('is exported from the built consentry/server', async () => {
    const server = await import('consentry/server')
    expect(server.regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).toBe('US-CA')
  })
})
