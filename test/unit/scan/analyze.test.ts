// The scan's judgement on plain data: what leaks in which state, what the config does
// not list, what it lists that nothing used, and the patch. No browser.
import { describe, expect, it } from 'vitest'
import type { ConsentConfig } from '../../../src/core/types'
import { analyze } from '../../../src/scan/analyze'
import type { RawCookie, RawPage, RawRequest, RawState } from '../../../src/scan/browse'
import type { Classifier } from '../../../src/scan/classify'
import type { TrackerInfo } from '../../../src/scan/types'
import { checkReportShape } from './shape'

const TRACKERS: { [host: string]: TrackerInfo } = {
  'www.google-analytics.com': {
    key: 'google_analytics',
    name: 'Google Analytics',
    category: 'site_analytics',
    organization: 'Google',
    tracking: true,
  },
  'cdn.jsdelivr.net': {
    key: 'jsdelivr',
    name: 'jsDelivr',
    category: 'hosting',
    organization: null,
    tracking: false,
  },
}

/** Registrable domain by the last two labels: enough for these hosts, none of which sits under a multi-label suffix. */
const classifier: Classifier = {
  database: { name: 'test database', version: '1' },
  domainOf: host => host.split('.').slice(-2).join('.'),
  tracker: host => TRACKERS[host] || null,
}

const request = (url: string, type = 'script'): RawRequest => ({
  url,
  host: new URL(url).hostname,
  type,
})

const cookie = (name: string, fields: Partial<RawCookie> = {}): RawCookie => ({
  name,
  domain: 'shop.example',
  path: '/',
  expires: -1,
  httpOnly: false,
  secure: false,
  sameSite: 'Lax',
  setBy: { kind: 'unknown', url: null },
  ...fields,
})

const state = (fields: Partial<RawState> = {}): RawState => ({
  decided: true,
  note: null,
  cookies: [],
  local: [],
  session: [],
  requests: [request('https://shop.example/', 'document')],
  screenshot: null,
  ...fields,
})

const page = (states: Partial<RawPage['states']>, url = 'https://shop.example/'): RawPage => ({
  url,
  consentry: true,
  config: null,
  states: { before: state(), reject: state(), accept: state(), ...states },
})

const CONFIG: ConsentConfig = {
  categories: {
    necessary: { required: true, cookies: ['session'] },
    analytics: {
      tracking: true,
      cookies: [/^_pk_/],
      storage: ['stats_*'],
      services: {
        ga: { hosts: ['*.googletagmanager.com'], cookies: ['_ga', '_ga_*'] },
        old: { hosts: ['old.example'], cookies: ['_old'] },
        later: { disabled: true, hosts: ['later.example'] },
      },
    },
  },
}

const run = (pages: RawPage[], config: ConsentConfig | null = CONFIG) =>
  analyze({
    startUrl: 'https://shop.example/',
    scannedAt: '2026-12-04T12:00:00.000Z',
    pages,
    config,
    configSource: config ? 'file' : 'none',
    classifier,
  })

const kinds = (report: ReturnType<typeof run>) =>
  report.leaks.map(leak => `${leak.state} ${leak.kind} ${leak.subject}`)

describe('scan analysis', () => {
  it('finds nothing on a page that loads only itself', () => {
    const report = run([page({})])
    checkReportShape(report)
    expect(report.leaks).toEqual([])
    expect(report.summary.clean).toBe(true)
    expect(report.unlisted).toEqual({ hosts: [], cookies: [] })
    expect(report.patch).toEqual({ categories: {} })
  })

  it('reports a request to an optional service host before a choice, but not after Accept all', () => {
    const tag = request('https://www.googletagmanager.com/gtag/js')
    const report = run([
      page({ before: state({ requests: [tag] }), accept: state({ requests: [tag] }) }),
    ])
    expect(kinds(report)).toEqual(['before tracker-request googletagmanager.com'])
    expect(report.leaks[0].detail).toContain('service "ga" (analytics)')
    expect(report.pages[0].states.accept.requests[0].config).toEqual({
      category: 'analytics',
      service: 'ga',
      required: false,
    })
  })

  it('reports an unlisted tracker after Reject all, and not an unlisted host the database calls hosting', () => {
    const report = run([
      page({
        reject: state({
          requests: [
            request('https://www.google-analytics.com/g/collect', 'ping'),
            request('https://cdn.jsdelivr.net/npm/lib.js'),
          ],
        }),
      }),
    ])
    expect(kinds(report)).toEqual(['reject tracker-request google-analytics.com'])
    expect(report.unlisted.hosts.map(host => host.domain)).toEqual([
      'google-analytics.com',
      'jsdelivr.net',
    ])
  })

  it('reports third-party cookies and optional first-party cookies, never the consent cookie or necessary ones', () => {
    const report = run([
      page({
        before: state({
          cookies: [
            cookie('session'),
            cookie('consentry'),
            cookie('_pk_id.1'),
            cookie('_fbp'),
            cookie('uid', { domain: '.ads.example' }),
            cookie('theme'),
          ],
          local: [{ origin: 'https://shop.example', key: 'stats_buffer' }],
        }),
      }),
    ])
    expect(kinds(report).sort()).toEqual([
      'before optional-cookie _fbp',
      'before optional-cookie _pk_id.1',
      'before optional-storage stats_buffer',
      'before third-party-cookie uid',
    ])
    const observed = report.pages[0].states.before.cookies
    expect(observed.find(c => c.name === 'consentry')!.consentCookie).toBe(true)
    expect(observed.find(c => c.name === '_pk_id.1')!.config).toEqual({
      category: 'analytics',
      service: null,
      required: false,
    })
    expect(observed.find(c => c.name === 'uid')!.party).toBe('third')
  })

  it('names config entries nothing used as stale, but not disabled services', () => {
    const report = run([page({ accept: state({ cookies: [cookie('_ga'), cookie('session')] }) })])
    expect(report.stale.hosts).toEqual([
      { category: 'analytics', service: 'ga', host: 'googletagmanager.com' },
      { category: 'analytics', service: 'old', host: 'old.example' },
    ])
    expect(report.stale.cookies).toEqual([
      { category: 'analytics', service: null, pattern: '/^_pk_/' },
      { category: 'analytics', service: 'ga', pattern: '_ga_*' },
      { category: 'analytics', service: 'old', pattern: '_old' },
    ])
    expect(report.summary.stale).toBe(5)
  })

  it('proposes a service per unlisted host, with the cookies its script set, in the category it belongs to', () => {
    const report = run([
      page({
        accept: state({
          requests: [
            request('https://www.google-analytics.com/analytics.js'),
            request('https://cdn.jsdelivr.net/npm/lib.js'),
            request('https://px.unknown.example/p.gif', 'image'),
          ],
          cookies: [
            cookie('_gid', {
              setBy: { kind: 'script', url: 'https://www.google-analytics.com/analytics.js' },
            }),
            cookie('cart', { setBy: { kind: 'inline', url: 'https://shop.example/' } }),
          ],
        }),
      }),
    ])
    expect(report.patch).toEqual({
      categories: {
        analytics: {
          services: {
            google_analytics: {
              label: 'Google Analytics',
              hosts: ['google-analytics.com'],
              cookies: ['_gid'],
            },
          },
        },
        necessary: { services: { jsdelivr: { label: 'jsDelivr', hosts: ['jsdelivr.net'] } } },
        // Unknown third parties are held until consent, until the owner says otherwise;
        // so is a cookie of unknown purpose seen only after Accept all.
        marketing: {
          usedForTracking: true,
          label: 'Marketing',
          services: {
            'unknown-example': { label: 'unknown.example', hosts: ['unknown.example'] },
          },
          cookies: ['cart'],
        },
      },
    })
  })

  it('adds to an existing service with its whole lists, since arrays replace when laid over', () => {
    const config: ConsentConfig = {
      categories: {
        necessary: { required: true },
        analytics: {
          cookies: ['_pk_*'],
          services: { google_analytics: { hosts: ['googletagmanager.com'], cookies: [/^_ga/] } },
        },
      },
    }
    const report = run(
      [
        page({
          before: state({
            requests: [request('https://www.google-analytics.com/g/collect')],
            cookies: [cookie('_hjid')],
          }),
        }),
      ],
      config,
    )
    expect(report.patch.categories.analytics).toEqual({
      services: {
        google_analytics: {
          hosts: ['googletagmanager.com', 'google-analytics.com'],
          cookies: ['/^_ga/'],
        },
      },
      cookies: ['_pk_*', '_hjid'],
    })
  })

  it('judges every host and cookie unlisted when there is no config', () => {
    const report = run(
      [
        page({
          before: state({
            requests: [request('https://www.google-analytics.com/g/collect')],
            cookies: [cookie('_ga')],
          }),
        }),
      ],
      null,
    )
    expect(report.configSource).toBe('none')
    expect(kinds(report)).toEqual([
      'before tracker-request google-analytics.com',
      'before optional-cookie _ga',
    ])
    expect(Object.keys(report.patch.categories)).toEqual(['analytics'])
  })

  it('keeps a state that could not be reached empty and leak-free', () => {
    const report = run([
      page({
        reject: state({ decided: false, note: 'No window.consent on this page.', requests: [] }),
      }),
    ])
    expect(report.pages[0].states.reject).toEqual({
      decided: false,
      note: 'No window.consent on this page.',
      cookies: [],
      storage: [],
      requests: [],
      screenshot: null,
    })
    expect(report.leaks).toEqual([])
  })
})
