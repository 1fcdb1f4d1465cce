// The integration drop-ins as shipped (dist/consent-mode.js, receipts.js, vendors.js,
// describe.js) in real Chromium, with the shipped receiver (dist/server.js) behind them.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type * as ServerModule from '../../src/server'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

const CONFIG = {
  revision: 1,
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: { hosts: ['www.googletagmanager.com'] } } },
    marketing: { tracking: true },
  },
  receipts: { endpoint: '/api/receipts' },
  dataLayer: true,
}
const config = (extra: object = {}) =>
  `<script>window.consentryConfig = ${JSON.stringify({ ...CONFIG, ...extra })}</script>`
const addOn = (name: string, attrs = '') =>
  `<script src="/dist/${name}.js"${attrs ? ' ' + attrs : ''}></script>`
const DENIED_BUT_SECURITY = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
// No category maps to functionality_storage or personalization_storage here: they stay denied.
const ALL_GRANTED = {
  ...Object.fromEntries(Object.keys(DENIED_BUT_SECURITY).map(k => [k, 'granted'])),
  functionality_storage: 'denied',
  personalization_storage: 'denied',
}

let server: TestServer
let browser: Browser
let failWith = 0
let store: ReturnType<typeof ServerModule.memoryStore>

beforeAll(async () => {
  // The shipped ESM build of consentry/server, as a site's server would import it.
  const shipped: typeof ServerModule = await import(ROOT + 'dist/server.js')
  server = await startServer()
  browser = await launch()
  server.route('/api/receipts', async (req, res, body) => {
    if (failWith) {
      res.writeHead(failWith)
      return void res.end()
    }
    const receive = shipped.createReceiver({ store })
    const url = 'http://' + req.headers.host + req.url
    const response = await receive(
      new Request(url, {
        method: req.method,
        headers: req.headers as any,
        body: req.method === 'POST' ? body : undefined,
      }),
    )
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(await response.text())
  })
  // Google's pattern: consent first, then tags; the inline script after the drop-ins
  // stands for the earliest tag a page can have, and the gated one for the Google tag.
  server.route(
    '/consent-mode',
    html(
      config({ consentMode: { waitForUpdate: 500 } }) +
        dropIn() +
        addOn('consent-mode') +
        `<script>window.__first = Array.from(window.dataLayer || [], e => Array.from(e))</script>` +
        `<script type="text/plain" data-consent="analytics">window.__tagSaw = dataLayer.map(e => e.event || e[1])</script>`,
    ),
  )
  server.route('/receipts', html(config() + dropIn() + addOn('receipts')))
  server.route(
    '/absent',
    html(
      addOn('consent-mode') +
        addOn('receipts') +
        addOn('vendors', 'data-meta-pixel data-clarity') +
        addOn('describe'),
      '<div data-consentry-policy>kept</div>',
    ),
  )
  server.route(
    '/vendors',
    html(
      config() +
        dropIn() +
        addOn('vendors', 'data-meta-pixel="marketing" data-clarity') +
        // Meta's base code after ours, with its queue stub (fbevents.js itself is not loaded here).
        `<script>!function(f){var n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[]}(window);fbq('init','123')</script>`,
    ),
  )
  server.route(
    '/policy',
    html(
      config({ signals: { gpc: 'default-deny' } }) + dropIn() + addOn('describe'),
      '<main><div data-consentry-policy>fallback</div></main>',
    ),
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

beforeEach(async () => {
  const shipped: typeof ServerModule = await import(ROOT + 'dist/server.js')
  store = shipped.memoryStore()
  failWith = 0
  server.requests.length = 0
})

const receiptPosts = () =>
  server.requests.filter(r => r.path === '/api/receipts' && r.method === 'POST')
const storedFor = async (page: Page) => {
  const id = await page.evaluate(() => (window as any).consent.record?.id)
  return id ? store.list(id) : []
}
const outbox = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('consentry-receipts') || '[]').length)
const until = async (check: () => Promise<boolean> | boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise(r => setTimeout(r, 25))
  }
}

describe('consent-mode.js', () => {
  it('puts the default, all seven types, in dataLayer before any later script in <head> runs', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(server.origin() + '/consent-mode')
    expect(await page.evaluate(() => (window as any).__first)).toEqual([
      ['consent', 'default', { ...DENIED_BUT_SECURITY, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
    ])
    expect(await page.evaluate(() => (window as any).__tagSaw)).toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })

  it('accept all: the gated Google tag runs after the default, and the update grants every type', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/consent-mode')
    await page.evaluate(() => (window as any).consent.acceptAll())
    await until(() => page.evaluate(() => !!(window as any).__tagSaw))
    const saw = await page.evaluate(() => (window as any).__tagSaw)
    expect(saw[0]).toBe('default')
    const layer = await page.evaluate(() =>
      (window as any).dataLayer.map((e: any) => Array.from(e)),
    )
    expect(layer.at(-1)).toEqual(['consent', 'update', ALL_GRANTED])
    await context.close()
  })

  it('returning visitor: default, then at once the update from the stored choice, before later scripts', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/consent-mode')
    await page.evaluate(() => (window as any).consent.rejectAll())
    await page.reload()
    expect(await page.evaluate(() => (window as any).__first)).toEqual([
      ['consent', 'default', { ...DENIED_BUT_SECURITY, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['consent', 'update', DENIED_BUT_SECURITY],
    ])
    await context.close()
  })
})

describe('drop-ins without window.consent', () => {
  it('do nothing and throw nothing', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(server.origin() + '/absent')
    await page.waitForLoadState('load')
    expect(errors).toEqual([])
    expect(
      await page.evaluate(() => ['dataLayer', 'gtag', 'fbq', 'clarity'].filter(k => k in window)),
    ).toEqual([])
    expect(await page.textContent('[data-consentry-policy]')).toBe('kept')
    expect(receiptPosts()).toEqual([])
    await context.close()
  })
})

describe('receipts.js', () => {
  it('offline, then online: every receipt arrives exactly once', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/receipts')
    await context.setOffline(true)
    await page.evaluate(() => {
      const consent = (window as any).consent
      consent.acceptAll()
      consent.set({ marketing: false })
      consent.rejectAll()
    })
    await page.waitForTimeout(300)
    expect(receiptPosts()).toEqual([])
    expect(await outbox(page)).toBe(3)

    await context.setOffline(false)
    await until(async () => (await storedFor(page)).length === 3)
    await until(async () => (await outbox(page)) === 0)
    const receipts = await storedFor(page)
    expect(receipts.map(r => r.method)).toEqual(['accept-all', 'custom', 'reject-all'])
    const posted = receiptPosts().map(r => JSON.parse(r.body).id)
    expect(posted.sort()).toEqual(receipts.map(r => r.id).sort())

    // Nothing is sent again on the next page view.
    await page.reload()
    await page.waitForTimeout(300)
    expect(receiptPosts()).toHaveLength(3)
    expect(await storedFor(page)).toHaveLength(3)
    await context.close()
  })

  it('a receipt made offline goes out on the next page view, once', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/receipts')
    await context.setOffline(true)
    await page.evaluate(() => (window as any).consent.set({ analytics: true }))
    await page.close()
    await context.setOffline(false)
    const next = await context.newPage()
    await next.goto(server.origin() + '/receipts')
    await until(async () => (await storedFor(next)).length === 1)
    await until(async () => (await outbox(next)) === 0)
    const [receipt] = await storedFor(next)
    expect(receipt).toMatchObject({
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      services: { ga: true },
      policyUrl: server.origin() + '/privacy',
      origin: server.origin(),
      path: '/receipts',
      signals: { dnt: false, gpc: false },
      // From <html lang>, as the config has no `lang`.
      language: 'en',
    })
    // A copy may also leave as the first page goes (its last-chance beacon, held by the
    // browser until it is online): the receiver keeps one.
    expect(new Set(receiptPosts().map(r => JSON.parse(r.body).id))).toEqual(new Set([receipt.id]))
    await context.close()
  })

  it('a receipt the endpoint failed (503) stays queued and is delivered on the next load', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/receipts')
    failWith = 503
    await page.evaluate(() => (window as any).consent.acceptAll())
    await until(() => receiptPosts().length === 1)
    expect(await outbox(page)).toBe(1)
    failWith = 0
    await page.reload()
    await until(async () => (await storedFor(page)).length === 1)
    await until(async () => (await outbox(page)) === 0)
    await context.close()
  })

  it('the receiver refuses malformed and oversized bodies with a clear 4xx, and keeps serving', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/receipts')
    const answers = await page.evaluate(async () => {
      const post = async (body: string) => {
        const res = await fetch('/api/receipts', { method: 'POST', body })
        return [res.status, (await res.json()).error]
      }
      return [await post('{"id":'), await post('{"id":"x"}'), await post('x'.repeat(20000))]
    })
    expect(answers).toEqual([
      [400, 'body is not valid JSON'],
      [400, 'id: expected 8 to 64 characters of letters, digits, _ . or -'],
      [413, 'body larger than 16384 bytes'],
    ])
    await page.evaluate(() => (window as any).consent.acceptAll())
    await until(async () => (await storedFor(page)).length === 1)
    await context.close()
  })
})

describe('vendors.js', () => {
  it('tells Meta Pixel and Clarity what applies, and pushes the dataLayer events', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(server.origin() + '/vendors')
    await page.waitForLoadState('load')
    const state = () =>
      page.evaluate(() => {
        const w = window as any
        return {
          fbq: w.fbq.queue.map((a: IArguments) => Array.from(a)),
          clarity: w.clarity.q.map((a: IArguments) => Array.from(a)),
          events: w.dataLayer.map((e: any) => e.event),
        }
      })
    expect(await state()).toEqual({
      fbq: [
        ['init', '123'],
        ['consent', 'revoke'],
      ],
      clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]],
      events: ['consentry_ready'],
    })
    await page.evaluate(() => (window as any).consent.acceptAll())
    expect(await state()).toEqual({
      fbq: [
        ['init', '123'],
        ['consent', 'revoke'],
        ['consent', 'grant'],
      ],
      clarity: [
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
        ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
      ],
      events: ['consentry_ready', 'consentry_update'],
    })
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('describe.js', () => {
  it('fills the policy page from the live config and adds consent.describe()', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/policy')
    const gpc = await page.textContent('#consentry-gpc')
    expect(gpc).toBe(
      'When your browser sends a Global Privacy Control signal, this site treats it as your refusal of analytics and marketing: they stay off unless you switch them on yourself.',
    )
    expect(await page.evaluate(() => (window as any).consent.describe().thirdParties)).toEqual([])
    expect(await page.locator('[data-consentry-policy] h3').count()).toBeGreaterThan(4)
    await context.close()
  })
})
