import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeRecord } from '../../src/core/codec'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

const CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true },
    marketing: { tracking: true },
  },
}
const configScript = (config: object = CONFIG) =>
  `<script>window.consentryConfig = ${JSON.stringify(config)}</script>`

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/page', html(configScript() + dropIn()))
  server.route('/blank', html(''))
  server.route(
    '/json',
    html(
      `<script type="application/json" id="consentry-config">${JSON.stringify(CONFIG)}</script>` +
        dropIn(),
    ),
  )
  server.route(
    '/globals',
    html(
      configScript() +
        `<script>window.__before = Object.getOwnPropertyNames(window)</script>` +
        dropIn() +
        `<script>window.__added = Object.getOwnPropertyNames(window).filter(k => !__before.includes(k) && k != '__before')</script>`,
    ),
  )
  server.route(
    '/bad',
    html(
      `<script>window.consentryConfig = { categories: { a: { trackng: true } } }</script>` +
        dropIn(),
      '<p id="ok">still here</p>',
    ),
  )

  server.route(
    '/livechat',
    html(
      dropIn('data-preset="livechat"'),
      ['analytics', 'social', 'chat']
        .map(
          category =>
            `<script type="text/plain" data-consent="${category}" src="/t/${category}.js"></script>`,
        )
        .join(''),
    ),
  )
  for (const name of ['one', 'two'])
    server.route(
      '/config-' + name,
      html(configScript({ ...CONFIG, cookie: { name: 'consent_' + name } }) + dropIn()),
    )
  server.route('/sub/page', html(configScript() + dropIn()))
})

/** Requests for the stand-in scripts of the livechat page, as `category` names. */
const standIns = () =>
  server.requests
    .filter(request => request.path.startsWith('/t/'))
    .map(request => request.path.slice(3, -3))
    .sort()

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('drop-in core', () => {
  it('creates window.consent and defines no other global', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(server.origin() + '/globals')
    expect(await page.evaluate(() => (window as any).__added)).toEqual(['consent'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('writes the consent cookie with Path=/, SameSite=Lax and no Secure on http', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/page')
    expect(await context.cookies()).toEqual([])
    await page.evaluate(() => (window as any).consent.set({ analytics: true }))
    const cookies = await context.cookies()
    expect(cookies).toHaveLength(1)
    const [c] = cookies
    expect(c).toMatchObject({
      name: 'consentry',
      domain: 'www.site.test',
      path: '/',
      sameSite: 'Lax',
      secure: false,
      httpOnly: false,
    })
    // 390 days for a grant... but this record also refuses marketing: 182 days.
    const days = (c.expires * 1000 - Date.now()) / 864e5
    expect(days).toBeGreaterThan(181)
    expect(days).toBeLessThan(183)
    expect(c.value.length).toBeLessThan(200)
    await context.close()
  })

  it('keeps the choice across a reload', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/page')
    await page.evaluate(() => (window as any).consent.acceptAll())
    await page.reload()
    expect(await page.evaluate(() => (window as any).consent.get())).toEqual({
      necessary: true,
      analytics: true,
      marketing: true,
    })
    expect(await page.evaluate(() => (window as any).consent.$decision.get().ask)).toBe(false)
    await context.close()
  })

  it('reads the config from <script type="application/json" id="consentry-config">', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/json')
    expect(await page.evaluate(() => (window as any).consent.get())).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
    })
    await context.close()
  })

  it('carries a choice made in one tab to another open tab while it stays open, over the channel', async () => {
    const { page, context } = await openPage(browser)
    const other = await context.newPage()
    // The fallback re-reads the cookie on visibilitychange and pageshow: count them, so a
    // pass proves the choice came over the cross-tab channel, however slow the machine.
    await other.addInitScript(() => {
      const seen = ((window as any).__rereadTriggers = [] as string[])
      document.addEventListener('visibilitychange', () => seen.push('visibilitychange'))
      addEventListener('pageshow', e => {
        if (e.persisted) seen.push('pageshow')
      })
    })
    await page.goto(server.origin() + '/page')
    await other.goto(server.origin() + '/page')
    await page.evaluate(() => (window as any).consent.acceptAll())
    await other.waitForFunction(() => (window as any).consent.get('analytics') === true)
    await page.evaluate(() => (window as any).consent.rejectAll())
    await other.waitForFunction(() => (window as any).consent.get('analytics') === false)
    expect(await other.evaluate(() => (window as any).__rereadTriggers)).toEqual([])
    await context.close()
  })

  it('re-reads the record when a page comes back from the back/forward cache', async () => {
    const bfBrowser = await launch({ bfcache: true })
    const { page, context } = await openPage(bfBrowser)
    await page.addInitScript(() =>
      addEventListener('pageshow', e => ((window as any).__restored = e.persisted)),
    )
    await page.goto(server.origin() + '/page')
    await page.evaluate(() => (window as any).consent.rejectAll())
    await page.goto(server.origin() + '/blank')
    // Changed from outside: a BroadcastChannel message would evict the cached page.
    const value = encodeRecord({
      id: 'abcdefgh12345678',
      time: Date.now(),
      revision: 1,
      method: 'accept-all',
      categories: { necessary: true, analytics: true, marketing: true },
      services: {},
    })
    await context.addCookies([{ name: 'consentry', value, url: server.origin() }])
    // A bfcache restore fires no load event: wait for the commit only.
    await page.goBack({ waitUntil: 'commit' })
    // Only meaningful if the page really came from the bfcache (pageshow with persisted).
    await page.waitForFunction(() => (window as any).__restored === true, null, { timeout: 10_000 })
    await page.waitForFunction(() => (window as any).consent.get('analytics') === true, null, {
      timeout: 10_000,
    })
    await bfBrowser.close()
  })

  it('reports a bad config on the console and leaves the page working', async () => {
    const { page, context, errors } = await openPage(browser)
    const logs: string[] = []
    page.on('console', m => m.type() === 'error' && logs.push(m.text()))
    await page.goto(server.origin() + '/bad')
    expect(errors).toEqual([])
    expect(logs.join('\n')).toContain('categories.a.trackng: unknown key')
    expect(await page.textContent('#ok')).toBe('still here')
    expect(await page.evaluate(() => 'consent' in window)).toBe(false)
    await context.close()
  })

  it('reads DNT and GPC as the browser reports them', async () => {
    const { page, context } = await openPage(browser, { extraHTTPHeaders: {} })
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })
    })
    await page.goto(server.origin() + '/page')
    expect(await page.evaluate(() => (window as any).consent.signals)).toEqual({
      dnt: true,
      gpc: true,
    })
    await context.close()
  })
})

describe('fail-closed defaults and isolation', () => {
  it('runs nothing optional for a livechat visitor with no region until they accept', async () => {
    server.requests.length = 0
    const { page, context, errors } = await openPage(browser)
    await page.goto(server.origin() + '/livechat')
    await page.locator('#consentry-root').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => (window as any).consent.$decision.get().model)).toBe('opt-in')
    expect(standIns()).toEqual([])
    await page.evaluate(() => (window as any).consent.acceptAll())
    await expect.poll(standIns).toEqual(['analytics', 'chat', 'social'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps two configs on one origin apart: a decision under one cookie name reaches only its own tabs', async () => {
    const context = await browser.newContext()
    const one = await context.newPage()
    const two = await context.newPage()
    const oneAgain = await context.newPage()
    await one.goto(server.origin() + '/config-one')
    await two.goto(server.origin() + '/config-two')
    await oneAgain.goto(server.origin() + '/config-one')
    await one.evaluate(() => (window as any).consent.acceptAll())
    // The same config's other tab hears it; by then the other config's tab would have too.
    await expect
      .poll(() => oneAgain.evaluate(() => (window as any).consent.record?.method ?? null))
      .toBe('accept-all')
    expect(await two.evaluate(() => (window as any).consent.record)).toBeNull()
    expect(await two.evaluate(() => (window as any).consent.get())).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
    })
    expect(await two.evaluate(() => (window as any).consent.$view.get())).toBe('banner')
    const names = (await context.cookies()).map(cookie => cookie.name)
    expect(names).toEqual(['consent_one'])
    await context.close()
  })

  it('reset() deletes the consent cookie on every path and domain variant the page can see', async () => {
    const { page, context } = await openPage(browser)
    const value = encodeRecord({
      id: 'abcdefgh12345678',
      time: Date.now() - 60_000,
      revision: 1,
      method: 'accept-all',
      categories: { necessary: true, analytics: true, marketing: true },
      services: {},
    })
    const url = server.origin()
    await context.addCookies([
      { name: 'consentry', value, url: url + '/sub/' },
      { name: 'consentry', value, domain: '.site.test', path: '/sub', url: undefined },
      { name: 'consentry', value, domain: 'www.site.test', path: '/', url: undefined },
    ])
    expect(await context.cookies()).toHaveLength(3)
    await page.goto(url + '/sub/page')
    expect(await page.evaluate(() => (window as any).consent.get('analytics'))).toBe(true)
    await page.evaluate(() => (window as any).consent.reset())
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => (window as any).consent.get('analytics'))).toBe(false)
    await context.close()
  })
})
