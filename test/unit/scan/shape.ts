// The documented shape of `consentry scan --json` (docs/scan.md, "JSON report"), as data,
// and a strict check: every documented field present with its type, nothing undocumented.
import { expect } from 'vitest'

/** A spec: 'string' | 'number' | 'boolean' | 'null' or a number literal, `a|b` for
 * alternatives (quoted literals like `'first'`), [spec] for an array, { key: spec } for
 * an object with exactly these keys, or a name from NAMED. */
type Spec = string | Spec[] | { [key: string]: Spec }

const PLACE: Spec = 'place'
const TRACKER: Spec = 'tracker'
const KNOWN: Spec = 'known'
const SETTER: Spec = {
  kind: "'script'|'inline'|'http'|'unknown'",
  url: 'string|null',
}
const STATE_NAME = "'before'|'reject'|'accept'"

const STATE: Spec = {
  decided: 'boolean',
  note: 'string|null',
  cookies: [
    {
      name: 'string',
      domain: 'string',
      path: 'string',
      expires: 'string|null',
      party: "'first'|'third'",
      httpOnly: 'boolean',
      secure: 'boolean',
      sameSite: 'string',
      setBy: SETTER,
      config: PLACE,
      consentCookie: 'boolean',
      known: KNOWN,
    },
  ],
  storage: [{ area: "'local'|'session'", origin: 'string', key: 'string', config: PLACE }],
  requests: [
    {
      domain: 'string',
      party: "'first'|'third'",
      hosts: ['string'],
      count: 'number',
      types: ['string'],
      config: PLACE,
      tracker: TRACKER,
    },
  ],
  screenshot: 'string|null',
}

export const REPORT_SHAPE: Spec = {
  version: '1',
  startUrl: 'string',
  scannedAt: 'string',
  site: 'string',
  configSource: "'page'|'file'|'none'",
  trackerDatabase: 'database',
  pages: [
    {
      url: 'string',
      consentry: 'boolean',
      states: { before: STATE, reject: STATE, accept: STATE },
    },
  ],
  leaks: [
    {
      state: "'before'|'reject'",
      page: 'string',
      kind: "'tracker-request'|'third-party-cookie'|'optional-cookie'|'optional-storage'",
      subject: 'string',
      detail: 'string',
    },
  ],
  unlisted: {
    hosts: [
      {
        domain: 'string',
        hosts: ['string'],
        tracker: TRACKER,
        states: [STATE_NAME],
        pages: ['string'],
      },
    ],
    cookies: [
      {
        name: 'string',
        domain: 'string',
        party: "'first'|'third'",
        setBy: SETTER,
        known: KNOWN,
        states: [STATE_NAME],
      },
    ],
  },
  stale: {
    hosts: [{ category: 'string', service: 'string', host: 'string' }],
    cookies: [{ category: 'string', service: 'string|null', pattern: 'string' }],
  },
  patch: { categories: 'patch-categories' },
  summary: {
    pages: 'number',
    leaks: 'number',
    unlistedHosts: 'number',
    unlistedCookies: 'number',
    stale: 'number',
    clean: 'boolean',
  },
}

/** Named specs that are alternatives of objects, or objects with any keys. */
const NAMED: { [name: string]: Spec[] } = {
  place: ['null', { category: 'string', service: 'string|null', required: 'boolean' }],
  tracker: [
    'null',
    {
      key: 'string',
      name: 'string',
      category: 'string',
      organization: 'string|null',
      tracking: 'boolean',
    },
  ],
  known: ['null', { vendor: 'string', purpose: "'analytics'|'marketing'|'social'|'necessary'" }],
  database: ['null', { name: 'string', version: 'string' }],
}
/** The fields a service of the patch may have; each is optional. */
const PATCH_SERVICE_FIELDS = ['label', 'hosts', 'cookies']

function checkPatchCategories(value: unknown, path: string) {
  expect(typeof value, path).toBe('object')
  for (const [name, category] of Object.entries(value as object)) {
    const at = `${path}.${name}`
    const allowed = ['required', 'usedForTracking', 'label', 'cookies', 'services']
    for (const key of Object.keys(category)) expect(allowed, `${at}.${key}`).toContain(key)
    if ('required' in category) expect(typeof category.required, at).toBe('boolean')
    if ('usedForTracking' in category) expect(typeof category.usedForTracking, at).toBe('boolean')
    if ('label' in category) expect(typeof category.label, at).toBe('string')
    if ('cookies' in category) check(category.cookies, ['string'], `${at}.cookies`)
    for (const [service, entry] of Object.entries<any>(category.services || {}))
      for (const key of Object.keys(entry)) {
        expect(PATCH_SERVICE_FIELDS, `${at}.services.${service}.${key}`).toContain(key)
        if (key === 'label') expect(typeof entry.label).toBe('string')
        else check(entry[key], ['string'], `${at}.services.${service}.${key}`)
      }
  }
}

function matchesScalar(value: unknown, alternative: string) {
  if (alternative === 'null') return value === null
  if (alternative === 'string' || alternative === 'number' || alternative === 'boolean')
    return typeof value === alternative
  if (alternative.startsWith("'")) return value === alternative.slice(1, -1)
  return value === Number(alternative)
}

function check(value: unknown, spec: Spec, path: string): void {
  if (spec === 'patch-categories') return checkPatchCategories(value, path)
  if (typeof spec === 'string' && NAMED[spec]) {
    const [none, object] = NAMED[spec]
    if (value === null && none === 'null') return
    return check(value, object, path)
  }
  if (typeof spec === 'string') {
    const ok = spec.split('|').some(alternative => matchesScalar(value, alternative))
    expect(ok, `${path}: ${JSON.stringify(value)} is not ${spec}`).toBe(true)
    return
  }
  if (Array.isArray(spec)) {
    expect(Array.isArray(value), `${path} is an array`).toBe(true)
    ;(value as unknown[]).forEach((item, i) => check(item, spec[0], `${path}[${i}]`))
    return
  }
  expect(value !== null && typeof value === 'object', `${path} is an object`).toBe(true)
  const object = value as { [key: string]: unknown }
  expect(Object.keys(object).sort(), `${path}: fields`).toEqual(Object.keys(spec).sort())
  for (const key of Object.keys(spec)) check(object[key], spec[key], `${path}.${key}`)
}

/** Fails the test, naming the path, where the report differs from the documented shape. */
export function checkReportShape(report: unknown) {
  check(report, REPORT_SHAPE, 'report')
}
