// What a script in the page cannot hold back, and the backstop that does: each route below
// reaches a stand-in tracker (tracker.test) with the shipped drop-in running and analytics
// denied; then the same page is served with the policy from consentCsp (the shipped
// dist/server.js) and the browser blocks the request before it leaves, except for
// navigations and popups, which no Content-Security-Policy governs.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, type Demo } from '../../demo/server.mjs'
import type * as ServerModule from '../../src/server'
import type * as CoreModule from '../../src/index'
import type { ConsentRecord } from '../../src/core/types'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

const CONFIG = {
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: { hosts: ['tracker.test'] } } },
    social: { services: { video: { hosts: ['cdn.social.test'] } } },
  },
}

let server: TestServer
let browser: Browser
let shipped: typeof ServerModule
let core: typeof CoreModule
let n = 0

const T = () => server.origin('tracker.test')
const SOCIAL = () => server.origin('cdn.social.test')
/** Requests that reached the tracker, as `METHOD /path`, in order. */
// The browser asks a host it navigated a page or popup to for /favicon.ico, at a moment of
// its own (sometimes before the test looks, sometimes after): that request follows from the
// navigation the route already counts, so it is left out of the count.
const trackerHits = () =>
  server
    .hits('tracker.test')
    .map(r => r.method + ' ' + r.path)
    .filter(request => request !== 'GET /favicon.ico')
/** CSP violation reports the browser sent (report-uri), by blocked URL. */
const reports: string[] = []

/** Polls `check` until it holds (or throws after `timeout` ms). */
async function until(check: () => boolean | Promise<boolean>, timeout = 10_000) {
  const end = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in ' + timeout + ' ms')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** A `consentry` cookie for a record that grants exactly these categories (services follow). */
function consentCookie(granted: { analytics: boolean; social: boolean }) {
  const record: ConsentRecord = {
    id: 'k3j9x0aab2c4',
    time: Date.now() - 1000,
    revision: 0,
    method: 'custom',
    categories: { necessary: true, ...granted },
    services: { ga: granted.analytics, video: granted.social },
  }
  return { name: 'consentry', value: core.encodeRecord(record), url: server.origin() }
}

/** How a page is served: without a policy, or with the one consentCsp makes for the request. */
type Mode = 'no policy' | 'consentCsp'

/**
 * Serves a page on its own path: the config and the drop-in in <head>, then `head`, then
 * `body`. With `consentCsp`, the response carries the policy made from the request's
 * cookie, plus a report-uri so that the test sees each block happen.
 */
function page(mode: Mode, { head = '', body = '' }) {
  const path = `/limits/${++n}`
  const markup = html(
    `<script>window.consentryConfig = ${JSON.stringify(CONFIG)}</script>` + dropIn() + head,
    body,
  )
  server.route(path, (req, res) => {
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }
    if (mode === 'consentCsp') {
      const policy = shipped.consentCsp({
        config: CONFIG,
        cookie: req.headers.cookie,
        base: 'report-uri /csp-report',
      })
      if (policy) headers['content-security-policy'] = policy
    }
    res.writeHead(200, headers)
    res.end(markup)
  })
  return server.origin() + path
}

/** A visitor who said no to analytics (and to social): the stored record denies both. */
async function deniedVisitor(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page: p } = await openPage(browser)
  await context.addCookies([consentCookie({ analytics: false, social: false })])
  return { context, page: p }
}

/** A tracker script: records that it ran. */
const js = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`
const ran = (p: Page) => p.evaluate(() => ((window as any).__ran || []) as string[])
/** Whether the browser reported blocking this tracker URL (`''`: the tracker's origin alone). */
const reported = (path: string) => reports.includes(T() + path)

beforeAll(async () => {
  shipped = await import(ROOT + 'dist/server.js')
  core = await import(ROOT + 'dist/index.js')
  server = await startServer()
  browser = await launch()
  server.route('/t/early.js', js('early'))
  server.route('/t/granted.js', js('granted'))
  server.route('/t/module.mjs', `${js('module')}; export const ran = true`, {
    'access-control-allow-origin': '*',
  })
  server.route('/next', html('', 'next page'))
  // Holds the parser (a blocking script after the drop-in) until the tracker's script was
  // requested, or two seconds have passed: a request made meanwhile came from the preload
  // scanner, before the element existed for any script to see.
  server.route('/slow.js', async (_req, res) => {
    const end = Date.now() + 2000
    const fetched = () => trackerHits().includes('GET /t/early.js')
    while (!fetched() && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 10))
    res.writeHead(200, { 'content-type': 'text/javascript' })
    res.end(`window.__fetchedWhileParserBlocked = ${fetched()}`)
  })
  server.route('/s/site.css', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/css' })
    res.end(
      `@import url("${T()}/c/imported.css");\n.tracked { background-image: url("${T()}/p/sheet-bg.gif") }`,
    )
  })
  server.route('/csp-report', (_req, res, body) => {
    try {
      const report = JSON.parse(body)['csp-report']
      reports.push(String(report['blocked-uri']))
    } catch {
      // Not a report: nothing to note.
    }
    res.writeHead(204)
    res.end()
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** One route around the gate: the page, what the visitor or page code does, what reaches the tracker. */
interface Route {
  name: string
  head?: string
  body?: () => string
  act?: (p: Page) => Promise<unknown>
  /** Requests the tracker gets without a policy, as `METHOD /path`. */
  requests: string[]
  /** Whether a Content-Security-Policy can stop it (navigations and popups: no). */
  policyBlocks: boolean
  /**
   * The tracker URLs (paths) the browser reports blocking under the policy: a frame's
   * navigation is reported by origin alone (''), a preload the gate made moot not at all.
   */
  reportedAs?: string[]
}

const ROUTES: Route[] = [
  {
    name: "the preload scanner's early fetch of a parser-inserted unmarked script and image",
    head: '<script src="/slow.js"></script>',
    body: () => `<script src="${T()}/t/early.js"></script><img src="${T()}/p/early.gif" alt="">`,
    requests: ['GET /t/early.js', 'GET /p/early.gif'],
    policyBlocks: true,
    // The script's preload is refused without a report; the element, held by the gate,
    // never asks. /slow.js holding the parser for its full two seconds without seeing the
    // request (checked below) shows the refusal.
    reportedAs: ['/p/early.gif'],
  },
  {
    name: 'dynamic import()',
    body: () =>
      `<script>import('${T()}/t/module.mjs').then(m => { window.__module = m.ran }, () => { window.__module = 'refused' })</script>`,
    act: p => p.waitForFunction(() => (window as any).__module !== undefined),
    requests: ['GET /t/module.mjs'],
    policyBlocks: true,
    reportedAs: ['/t/module.mjs'],
  },
  {
    name: 'CSS url() in a style attribute, and @import and url() in a first-party stylesheet',
    head: '<link rel="stylesheet" href="/s/site.css">',
    body: () =>
      `<div style="width:8px;height:8px;background-image:url(${T()}/p/inline-bg.gif)"></div>` +
      '<div class="tracked" style="width:8px;height:8px"></div>',
    requests: ['GET /c/imported.css', 'GET /p/inline-bg.gif', 'GET /p/sheet-bg.gif'],
    policyBlocks: true,
    reportedAs: ['/c/imported.css', '/p/inline-bg.gif', '/p/sheet-bg.gif'],
  },
  {
    name: '<a ping> on a first-party link',
    body: () => `<a id="out" href="/next" ping="${T()}/ping">Next</a>`,
    act: p => p.click('#out'),
    requests: ['POST /ping'],
    policyBlocks: true,
    reportedAs: ['/ping'],
  },
  {
    name: 'a form posted into a frame',
    body: () =>
      `<iframe name="sink" title="sink"></iframe>` +
      `<form id="f" action="${T()}/collect" method="post" target="sink"><input name="email" value="visitor@example.com"></form>`,
    act: p => p.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit()),
    requests: ['POST /collect'],
    policyBlocks: true,
    reportedAs: [''],
  },
  {
    name: 'a navigation of the page',
    // From a task of the page's own, so that evaluate() returns before the page goes.
    act: p =>
      p.evaluate(url => {
        setTimeout(() => {
          location.href = url
        })
      }, T() + '/nav'),
    requests: ['GET /nav'],
    policyBlocks: false,
  },
  {
    name: 'a popup',
    act: p =>
      p.evaluate(url => {
        window.open(url)
      }, T() + '/popup'),
    requests: ['GET /popup'],
    policyBlocks: false,
  },
]

/** Loads a route's page for a visitor who denied analytics, and acts on it. */
async function visit(route: Route, mode: Mode) {
  const { context, page: p } = await deniedVisitor()
  server.requests.length = 0
  reports.length = 0
  await p.goto(page(mode, { head: route.head, body: route.body ? route.body() : '' }))
  await p.waitForLoadState('load')
  if (route.act) await route.act(p)
  return { context, page: p }
}

describe('what the drop-in cannot hold back (no policy: the request reaches the tracker)', () => {
  for (const route of ROUTES) {
    it(`${route.name}: ${route.requests.join(', ')} reach the tracker with analytics denied`, async () => {
      const { context } = await visit(route, 'no policy')
      const sorted = [...route.requests].sort()
      await until(() => trackerHits().length >= route.requests.length)
      expect([...trackerHits()].sort()).toEqual(sorted)
      await context.close()
    })
  }

  it('the preload scanner fetches the tracker script while the parser is still blocked, and the gate stops it from running', async () => {
    const { context, page: p } = await visit(ROUTES[0], 'no policy')
    expect(await p.evaluate(() => (window as any).__fetchedWhileParserBlocked)).toBe(true)
    expect(await ran(p)).toEqual([])
    await context.close()
  })

  it('dynamic import() runs the tracker module with analytics denied', async () => {
    const { context, page: p } = await visit(ROUTES[1], 'no policy')
    expect(await p.evaluate(() => (window as any).__module)).toBe(true)
    expect(await ran(p)).toEqual(['module'])
    await context.close()
  })
})

describe('routes the gate holds in the page itself (no policy needed)', () => {
  it("an about:blank frame's own Image: the gate watches the child realm, nothing reaches the tracker", async () => {
    const { context } = await visit(
      {
        name: 'about:blank Image',
        // The first-party pixel after the tracker one is the sign the script has run.
        body: () =>
          `<script>var frame = document.createElement('iframe'); document.body.appendChild(frame);` +
          ` new frame.contentWindow.Image().src = '${T()}/p/realm.gif';` +
          ` new frame.contentWindow.Image().src = '/p/after.gif'</script>`,
        requests: [],
        policyBlocks: false,
      },
      'no policy',
    )
    await until(() => server.requests.some(r => r.path === '/p/after.gif'))
    expect(trackerHits()).toEqual([])
    await context.close()
  })

  it('new Audio(url): the gate holds it like a pixel, nothing reaches the tracker', async () => {
    const { context } = await visit(
      {
        name: 'new Audio(url)',
        // The first-party pixel after it is the sign the script has run.
        body: () =>
          `<script>new Audio('${T()}/a/sound.mp3').load(); new Image().src = '/p/after-audio.gif'</script>`,
        requests: [],
        policyBlocks: false,
      },
      'no policy',
    )
    await until(() => server.requests.some(r => r.path === '/p/after-audio.gif'))
    expect(trackerHits()).toEqual([])
    await context.close()
  })
})

describe('the consentCsp backstop (the browser blocks what the page could not)', () => {
  for (const route of ROUTES.filter(r => r.policyBlocks)) {
    it(`${route.name}: the browser blocks ${route.requests.join(', ')}, and reports each`, async () => {
      const { context } = await visit(route, 'consentCsp')
      // The report is the browser saying it refused the request: then none may have gone out.
      for (const path of route.reportedAs || []) await until(() => reported(path))
      expect(trackerHits()).toEqual([])
      await context.close()
    })
  }

  it('the preload scanner asks for nothing under the policy while the parser is blocked', async () => {
    const { context, page: p } = await visit(ROUTES[0], 'consentCsp')
    expect(await p.evaluate(() => (window as any).__fetchedWhileParserBlocked)).toBe(false)
    expect(trackerHits()).toEqual([])
    await context.close()
  })

  it('dynamic import() of the tracker module is refused under the policy', async () => {
    const { context, page: p } = await visit(ROUTES[1], 'consentCsp')
    expect(await p.evaluate(() => (window as any).__module)).toBe('refused')
    expect(await ran(p)).toEqual([])
    await context.close()
  })

  for (const route of ROUTES.filter(r => !r.policyBlocks)) {
    it(`${route.name}: not covered by any policy, ${route.requests.join(', ')} still reach the tracker`, async () => {
      const { context } = await visit(route, 'consentCsp')
      await until(() => trackerHits().length >= route.requests.length)
      expect(trackerHits()).toEqual(route.requests)
      await context.close()
    })
  }

  it('lets a granted service in while it keeps a denied one out', async () => {
    const { context, page: p } = await openPage(browser)
    await context.addCookies([consentCookie({ analytics: true, social: false })])
    server.requests.length = 0
    reports.length = 0
    const url = page('consentCsp', {
      body:
        `<script type="text/plain" data-consent="analytics" data-service="ga" src="${T()}/t/granted.js"></script>` +
        `<img src="${SOCIAL()}/p/social.gif" alt="">`,
    })
    await p.goto(url)
    await until(async () => (await ran(p)).includes('granted'))
    await until(() => reports.some(blocked => blocked.includes('cdn.social.test')))
    expect(trackerHits()).toEqual(['GET /t/granted.js'])
    expect(server.hits('cdn.social.test')).toEqual([])
    await context.close()
  })

  it('a grant on the page meets the policy the page loaded with: blocked until the next load', async () => {
    const { context, page: p } = await openPage(browser)
    server.requests.length = 0
    reports.length = 0
    const body = `<script type="text/plain" data-consent="analytics" data-service="ga" src="${T()}/t/granted.js"></script>`
    const url = page('consentCsp', { body })
    await p.goto(url)
    await p.evaluate(() => (window as any).consent.acceptAll())
    await until(() => reported('/t/granted.js'))
    expect(trackerHits()).toEqual([])
    await p.reload()
    await until(async () => (await ran(p)).includes('granted'))
    expect(trackerHits()).toEqual(['GET /t/granted.js'])
    await context.close()
  })

  it('reloadOnGrant reloads after the grant, and the service loads under the new policy', async () => {
    const { context, page: p } = await openPage(browser)
    server.requests.length = 0
    const body =
      `<script type="text/plain" data-consent="analytics" data-service="ga" src="${T()}/t/granted.js"></script>` +
      `<script type="module">import { reloadOnGrant } from '/dist/integrations.js'; reloadOnGrant(window.consent); window.__watching = true</script>`
    await p.goto(page('consentCsp', { body }))
    await p.waitForFunction(() => (window as any).__watching === true)
    await p.evaluate(() => (window as any).consent.acceptAll())
    await until(async () => {
      try {
        return (await ran(p)).includes('granted')
      } catch {
        // The page is reloading: ask the next one.
        return false
      }
    })
    expect(trackerHits()).toEqual(['GET /t/granted.js'])
    await context.close()
  })
})

describe("the demo server's ?csp (demo/csp.mjs)", () => {
  let demo: Demo
  beforeAll(async () => {
    demo = await startDemo({ port: 0 })
  })
  afterAll(async () => {
    await demo?.close()
  })

  it('holds every stand-in of a site under the policy after an on-page grant, and loads them after a reload', async () => {
    const { context, page: p } = await openPage(browser)
    // Every refusal the browser makes, as the page sees it.
    await p.addInitScript(() => {
      const w = window as any
      w.__refused = []
      document.addEventListener('securitypolicyviolation', e => w.__refused.push(e.blockedURI))
    })
    const refused = () => p.evaluate(() => (window as any).__refused as string[])
    await p.goto(`http://www.demo.test:${demo.port}/livechat/?csp&region=DE`)
    await p.waitForFunction(() => (window as any).consent)
    await p.evaluate(() => (window as any).consent.acceptAll())
    await until(async () => (await refused()).some(url => url.includes('facebook.test')))
    expect(demo.hits('facebook')).toEqual([])
    await p.reload()
    await until(() => demo.hits('facebook').length > 0)
    expect(demo.hits('facebook').map(r => r.host)).toContain('facebook.test')
    await context.close()
  })
})
