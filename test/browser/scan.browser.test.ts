// `consentry scan` end to end: the shipped command (dist/scan.js) run as a child process
// against servers of our own on 127.0.0.1. Chromium gets the tests' host rules, so
// `*.test` names (and, for the leaky page, two tracker names the tracker database knows)
// resolve to 127.0.0.1 and nothing else resolves.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, type Demo } from '../../demo/server.mjs'
import { launch, openPage, ROOT, startServer, type TestServer } from './harness'
import { checkReportShape } from '../unit/scan/shape'

// Loopback only: the test hosts plus two real tracker names (ones not on Chromium's
// HSTS preload list, so plain http reaches our server), so that the tracker database
// has something to recognise; every other name fails to resolve.
const HOST_RULES =
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP static.hotjar.com 127.0.0.1, MAP px.ads.linkedin.com 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `node dist/scan.js scan ...args` and resolves with its exit code and output. */
function runScan(args: string[]): Promise<Run> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist/scan.js'), 'scan', ...args, `--chromium-flag=${HOST_RULES}`],
      { timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

// The demo's sites, by id: which stand-in plays each service (`hostsFor`).
const { sites } = await import(join(ROOT, 'demo/sites.mjs'))

const tmp = mkdtempSync(join(tmpdir(), 'consentry-scan-'))

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/scan', name), 'utf8')

const thirdPartyDomains = (state: any) =>
  state.requests.filter((group: any) => group.party === 'third').map((group: any) => group.domain)

describe('consentry scan on the demo sites', () => {
  let demo: Demo
  let presets: any
  beforeAll(async () => {
    demo = await startDemo({ port: 0 })
    presets = (await import(join(ROOT, 'dist/presets.js'))).presets
  })
  afterAll(() => demo.close())

  for (const id of Object.keys(sites))
    it(`finds ${id} clean before a choice and after Reject all, and its stand-ins covered after Accept all`, async () => {
      const url = `http://www.site.test:${demo.port}/${id}/?region=DE`
      const run = await runScan([url, '--pages', '1', '--json', '-', '--fail-on', 'leak'])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout)
      checkReportShape(report)
      expect(report.configSource).toBe('page')
      expect(report.leaks).toEqual([])
      const [page] = report.pages
      expect(thirdPartyDomains(page.states.before)).toEqual([])
      expect(thirdPartyDomains(page.states.reject)).toEqual([])
      // Reject all was really chosen: the consent cookie holds the refusal.
      expect(page.states.reject.cookies.map((c: any) => c.name)).toEqual(['consentry'])

      // The third-party stand-ins of every service in use load after Accept all.
      const services: any = {}
      for (const category of Object.values<any>(presets[id].categories))
        Object.assign(services, category.services || {})
      const expected = Object.entries<any>(sites[id].hostsFor)
        .filter(([service]) => !services[service].disabled)
        .map(([, standIn]) => `${standIn}.test`)
        .sort()
      expect(thirdPartyDomains(page.states.accept)).toEqual(expected)
      // ... and the preset, with the demo's stand-in hosts, covers each of them and
      // every cookie they set.
      for (const group of page.states.accept.requests)
        if (group.party === 'third') expect(group.config, group.domain).not.toBeNull()
      const acceptCookies = page.states.accept.cookies
      expect(acceptCookies.filter((c: any) => !c.consentCookie).length).toBeGreaterThan(0)
      for (const cookie of acceptCookies)
        expect(cookie.consentCookie || cookie.config !== null, cookie.name).toBe(true)
      expect(report.unlisted).toEqual({ hosts: [], cookies: [] })
      expect(report.patch).toEqual({ categories: {} })
    }, 180_000)
})

describe('consentry scan on a leaky page', () => {
  let server: TestServer
  let run: Run
  let report: any
  const jsonFile = join(tmp, 'leaky.json')
  const htmlFile = join(tmp, 'leaky.html')
  beforeAll(async () => {
    server = await startServer()
    server.route('/leaky.html', fixture('leaky.html').replaceAll('{{port}}', String(server.port)))
    run = await runScan([
      `${server.origin('shop.test')}/leaky.html`,
      '--pages',
      '2',
      '--json',
      jsonFile,
      '--html',
      htmlFile,
      '--fail-on',
      'leak',
    ])
    report = JSON.parse(readFileSync(jsonFile, 'utf8'))
  }, 180_000)
  afterAll(() => server.close())

  const leaksIn = (state: string) =>
    report.leaks
      .filter((leak: any) => leak.state === state)
      .map((leak: any) => `${leak.kind} ${leak.subject}`)
      .sort()

  it('exits 1 with --fail-on leak and prints the leaks and a summary line', () => {
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Leaks\n')
    expect(run.stdout).toMatch(/^7 leaks; 3 not in the config; 1 stale; 2 pages in 3 states$/m)
  })

  it('reports each leak in the state it happened in', () => {
    expect(leaksIn('before')).toEqual([
      'optional-cookie _hjid',
      'optional-cookie _st_visit',
      'tracker-request hotjar.com',
      'tracker-request linkedin.com',
    ])
    // The page's own cookie is deleted by the gate on Reject all and not set again.
    expect(leaksIn('reject')).toEqual([
      'optional-cookie _hjid',
      'tracker-request hotjar.com',
      'tracker-request linkedin.com',
    ])
    expect(
      report.leaks.every((leak: any) => leak.page === `${server.origin('shop.test')}/leaky.html`),
    ).toBe(true)
  })

  it('traces cookies to the script that set them', () => {
    const before = report.pages[0].states.before
    const hotjar = before.cookies.find((c: any) => c.name === '_hjid')
    expect(hotjar.setBy).toEqual({
      kind: 'script',
      url: `http://static.hotjar.com:${server.port}/test/fixtures/scan/analytics.js`,
    })
    expect(hotjar.known).toEqual({ vendor: 'Hotjar', purpose: 'analytics' })
    const visit = before.cookies.find((c: any) => c.name === '_st_visit')
    expect(visit.setBy).toEqual({ kind: 'inline', url: `${server.origin('shop.test')}/leaky.html` })
    expect(visit.config).toEqual({ category: 'analytics', service: null, required: false })
  })

  it('classifies the trackers with the tracker database', () => {
    const hosts = Object.fromEntries(report.unlisted.hosts.map((h: any) => [h.domain, h]))
    expect(Object.keys(hosts).sort()).toEqual(['hotjar.com', 'linkedin.com'])
    expect(hosts['hotjar.com'].tracker).toMatchObject({
      key: 'hotjar',
      category: 'site_analytics',
      tracking: true,
    })
    expect(hosts['linkedin.com'].tracker).toMatchObject({
      key: 'linkedin_ads',
      category: 'advertising',
      tracking: true,
    })
    expect(hosts['linkedin.com'].states).toEqual(['before', 'reject', 'accept'])
  })

  it('proposes the missing services in the config shape, and names what nothing used', () => {
    expect(report.patch).toEqual({
      categories: {
        analytics: {
          services: {
            hotjar: {
              label: 'Hotjar',
              hosts: ['hotjar.com'],
              cookies: ['_hjid'],
            },
          },
        },
        marketing: {
          usedForTracking: true,
          label: 'Marketing',
          services: { linkedin_ads: { label: 'LinkedIn Ads', hosts: ['linkedin.com'] } },
        },
      },
    })
    expect(report.stale.hosts).toEqual([
      { category: 'chat', service: 'helpdesk', host: 'helpdesk.test' },
    ])
  })

  it('runs the gated script only after Accept all, where it is covered', () => {
    const [page] = report.pages
    expect(thirdPartyDomains(page.states.before)).not.toContain('stats.test')
    expect(thirdPartyDomains(page.states.reject)).not.toContain('stats.test')
    const stats = page.states.accept.requests.find((g: any) => g.domain === 'stats.test')
    expect(stats.config).toEqual({ category: 'analytics', service: 'stats', required: false })
    expect(page.states.accept.cookies.map((c: any) => c.name)).toContain('_stats_id')
  })

  it('follows same-origin links', () => {
    expect(report.pages.map((p: any) => p.url)).toEqual([
      `${server.origin('shop.test')}/leaky.html`,
      `${server.origin('shop.test')}/test/fixtures/scan/page2.html`,
    ])
    expect(report.pages[1].states.before.requests.map((g: any) => g.domain)).toEqual(['shop.test'])
  })

  it('writes JSON of the documented shape', () => {
    checkReportShape(report)
  })

  it('writes an HTML report that opens in Chromium with its tables and screenshots', async () => {
    const browser = await launch()
    try {
      const { page } = await openPage(browser)
      await page.goto('file://' + htmlFile)
      const facts = await page.evaluate(() => ({
        title: document.querySelector('h1')?.textContent,
        verdict: document.querySelector('.verdict')?.textContent,
        leakRows: document.querySelectorAll('#findings table')[0].querySelectorAll('tbody tr')
          .length,
        tables: document.querySelectorAll('table').length,
        shots: Array.from(
          document.querySelectorAll('.shots img'),
          img => (img as HTMLImageElement).naturalWidth,
        ),
      }))
      expect(facts.title).toBe('Cookie and tracker scan of shop.test')
      expect(facts.verdict).toContain('7 leaks found')
      expect(facts.leakRows).toBe(7)
      expect(facts.tables).toBeGreaterThan(10)
      // Two pages, three states each, every screenshot decoded at the viewport's width.
      expect(facts.shots).toEqual([1280, 1280, 1280, 1280, 1280, 1280])
      // The report as a person sees it: drawn, not blank (many colours, not one).
      const png = await page.screenshot({ fullPage: false })
      const colours = await page.evaluate(async data => {
        const image = new Image()
        image.src = 'data:image/png;base64,' + data
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
        const seen = new Set<number>()
        for (let i = 0; i < pixels.length; i += 4)
          seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2])
        return seen.size
      }, png.toString('base64'))
      expect(colours).toBeGreaterThan(20)
    } finally {
      await browser.close()
    }
  })
})

describe('consentry scan without consentry on the page, and on errors', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  it('says plainly that it could not decide, compares with --config, and exits 0 when nothing leaked', async () => {
    const jsonFile = join(tmp, 'plain.json')
    const run = await runScan([
      `${server.origin('shop.test')}/test/fixtures/scan/plain.html`,
      '--pages',
      '1',
      '--config',
      join(ROOT, 'test/fixtures/scan/plain-config.json'),
      '--json',
      jsonFile,
      '--fail-on',
      'leak',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('consentry is not on ')
    expect(run.stdout).toContain('not reached: no window.consent')
    const report = JSON.parse(readFileSync(jsonFile, 'utf8'))
    checkReportShape(report)
    expect(report.configSource).toBe('file')
    const [page] = report.pages
    expect(page.consentry).toBe(false)
    expect(page.states.reject.decided).toBe(false)
    expect(page.states.reject.note).toMatch(/No window.consent on this page/)
    expect(page.states.before.cookies.map((c: any) => [c.name, c.config])).toEqual([
      ['theme', { category: 'necessary', service: null, required: true }],
    ])
    // The RegExp pattern (JSON "/re/" string) matched nothing: stale.
    expect(report.stale.cookies).toEqual([
      { category: 'analytics', service: null, pattern: '/^_pk_/' },
    ])
    expect(run.stdout).toMatch(/^clean; 0 not in the config; 1 stale; 1 page in 3 states$/m)
  }, 120_000)

  it('exits 2 with a one-line reason when the page cannot be loaded', async () => {
    const run = await runScan(['http://nowhere.invalid/', '--json', '-'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^consentry scan: could not load http:\/\/nowhere\.invalid\/: .*ERR_NAME_NOT_RESOLVED.*\n$/,
    )
  }, 120_000)

  it('exits 2 with a one-line reason on a usage error', async () => {
    const run = await runScan(['--pages', 'many', `${server.origin('shop.test')}/`])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'consentry scan: --pages must be a whole number of 1 or more, not "many" (consentry scan --help)\n',
    )
  })
})
