// Hardening: hostile consent cookies in a real browser. Whatever the jar holds (junk,
// tampered, duplicated on two domains or paths, dated in the future), the drop-in
// reaches one deterministic outcome (a valid record, or the banner), throws nothing,
// and one decision closes the banner for good.
import fc from 'fast-check'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeRecord, encodeRecord } from '../../src/core/codec'
import type { ConsentRecord } from '../../src/core/types'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser

const CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: { hosts: ['tracker.test'] } } },
    marketing: { tracking: true },
  },
}
const ALL = { necessary: true, analytics: true, marketing: true }
const NONE = { necessary: true, analytics: false, marketing: false }

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'abcdefgh12345678',
  time: Date.now() - 60_000,
  revision: 1,
  method: 'accept-all',
  categories: ALL,
  services: {},
  ...over,
})

/** Notes whether a banner was ever drawn (even for one frame), and every error, from before the first script runs. */
function watch() {
  const w = window as any
  w.__banner = false
  w.__errors = []
  addEventListener('error', e => w.__errors.push(String(e.message)))
  addEventListener('unhandledrejection', e => w.__errors.push(String(e.reason)))
  const attach = Element.prototype.attachShadow
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init)
    new MutationObserver(list => {
      for (const m of list)
        m.addedNodes.forEach(
          n => n.nodeType === 1 && (n as Element).querySelector('#bt') && (w.__banner = true),
        )
    }).observe(root, { childList: true, subtree: true })
    return root
  }
}

/** A fresh context watched from the first script on. */
async function open() {
  const { context, page, errors } = await openPage(browser)
  await page.addInitScript(watch)
  // Fail in seconds, not at the test timeout, when a control never appears.
  context.setDefaultTimeout(10_000)
  return { context, page, errors }
}

const bannerShown = (page: Page) =>
  page.evaluate(() => !!document.querySelector('#consentry-root')?.shadowRoot?.querySelector('#bt'))
const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as any
    return {
      consent: w.consent.get(),
      ask: w.consent.$decision.get().ask,
      view: w.consent.$view.get(),
      banner: w.__banner,
      errors: w.__errors,
    }
  })
const jar = async (context: BrowserContext) =>
  (await context.cookies()).filter(c => c.name === 'consentry')

/** Sets a consent cookie host-only on www.site.test, or with a Domain and Path. */
const seed = (
  context: BrowserContext,
  value: string,
  where: { domain?: string; path?: string } = {},
) =>
  context.addCookies([
    { name: 'consentry', value, domain: where.domain || 'www.site.test', path: where.path || '/' },
  ])

/**
 * Loads `path` with whatever the jar holds, expects the banner, decides with a click on
 * Reject all, then reloads twice: the banner must never come back, not even for a frame.
 */
async function decideOnceThenReload(page: Page, path = '/page', stale = false) {
  await page.goto(server.origin() + path)
  expect(await state(page)).toEqual({
    consent: NONE,
    ask: true,
    view: 'banner',
    banner: true,
    errors: [],
  })
  // A record that decodes but no longer applies is kept, to preselect the dialog.
  if (!stale) expect(await page.evaluate(() => (window as any).consent.record)).toBeNull()
  await page.getByRole('button', { name: 'Reject all' }).click()
  expect(await bannerShown(page)).toBe(false)
  for (let i = 0; i < 2; i++) {
    await page.reload()
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: false,
      view: null,
      banner: false,
      errors: [],
    })
    expect(await bannerShown(page)).toBe(false)
    expect(await page.evaluate(() => (window as any).consent.record.method)).toBe('reject-all')
  }
}

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  const page = html(
    `<script>window.consentryConfig = ${JSON.stringify(CONFIG)}</script>` + dropIn(),
    `<p id="content">content</p><script type="text/plain" data-consent="analytics" src="${server.origin('tracker.test')}/ga.js"></script>`,
  )
  server.route('/page', page)
  server.route('/shop/page', page)
  // Raw bytes in Set-Cookie: Node writes header strings as latin1, one byte per char.
  server.route('/raw-cookie', (req, res) => {
    const value = new URL(req.url!, 'http://x').searchParams.get('v')!
    res.writeHead(200, {
      'set-cookie': 'consentry=' + Buffer.from(value, 'base64').toString('latin1') + '; Path=/',
      'content-type': 'text/html',
    })
    res.end('set')
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Signs a changed value like the codec does, so only the rule under test can reject it. */
const resign = (value: string) => {
  const body = value.slice(0, value.lastIndexOf('.'))
  let h = 7
  for (let i = 0; i < body.length; i++) h = (h * 31 + body.charCodeAt(i)) % 1296
  return body + '.' + h.toString(36).padStart(2, '0')
}

describe('a bad consent cookie', () => {
  const valid = () => encodeRecord(record())
  /** One grant flipped, check digits kept; a time whose flip happens to collide (1 in 1296) is
   * skipped, judged by our own signer so that a broken decoder cannot hang the search. */
  const flipped = () => {
    for (let t = Date.now() - 60_000; ; t--) {
      const value = encodeRecord(record({ time: t })).replace('marketing:1', 'marketing:0')
      if (resign(value) !== value) return value
    }
  }
  const cases: [string, () => string][] = [
    ['tampered (one grant flipped, check digits kept)', flipped],
    [
      'tampered (check digits changed)',
      () => valid().slice(0, -2) + (valid().endsWith('zz') ? 'yy' : 'zz'),
    ],
    ['truncated', () => valid().slice(0, 30)],
    ['cut before its check digits', () => valid().slice(0, valid().lastIndexOf('.'))],
    ['from a future version (correctly signed)', () => resign('2' + valid().slice(1))],
    [
      'from an unknown method (correctly signed)',
      () => resign(valid().replace(/^(1\.[^.]+\.[^.]+\.1\.)0/, '$19')),
    ],
    ['percent-escaped invalid UTF-8', () => '%FF%FE%C3%28' + valid()],
    [
      'JSON from another consent tool',
      () => encodeURIComponent(JSON.stringify({ analytics: true, marketing: true })),
    ],
    ['4 KB of junk', () => 'A'.repeat(3980)],
  ]
  for (const [what, value] of cases)
    it(`is ignored when ${what}: the banner shows once, and one decision closes it for two reloads`, async () => {
      const { context, page } = await open()
      await seed(context, value())
      expect(await jar(context)).toHaveLength(1)
      await decideOnceThenReload(page)
      await context.close()
    })

  it('is ignored when it holds raw non-UTF-8 bytes: the banner shows once, and one decision closes it for two reloads', async () => {
    const { context, page } = await open()
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from(valid())])
    await page.goto(
      server.origin() + '/raw-cookie?v=' + encodeURIComponent(bytes.toString('base64')),
    )
    // Chromium keeps the cookie; what document.cookie makes of the bytes is its business.
    expect(await jar(context)).toHaveLength(1)
    await decideOnceThenReload(page)
    await context.close()
  })

  it('never throws, for 200 random cookie values set by the page itself', async () => {
    const { context, page, errors } = await open()
    await page.goto(server.origin() + '/page')
    // Drawn by fast-check in Node: cookie-ish characters, separators, non-ASCII and lone
    // surrogates, plus near-valid values (a real record with one character changed).
    const cookieChar = fc.constantFrom(...'abcXYZ019.~:-_%=;, \u00ff\u20ac\ud83d')
    const junk = fc.oneof(
      fc.string({ unit: cookieChar, maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc
        .tuple(fc.nat(), fc.string({ unit: cookieChar, minLength: 1, maxLength: 1 }))
        .map(({ 0: at, 1: char }) => {
          const valid = encodeRecord(record())
          const i = at % valid.length
          return valid.slice(0, i) + char + valid.slice(i + 1)
        })
        .filter(value => decodeRecord(value) === null),
    )
    const values = fc.sample(junk, { numRuns: 200, seed: 1 })
    const outcomes = await page.evaluate(values => {
      const out: string[] = []
      for (const value of values) {
        document.cookie = 'consentry=' + value + '; path=/'
        const consent = (window as any).consent
        consent.refresh()
        out.push(consent.record === null && consent.$decision.get().ask ? 'ask' : 'record')
      }
      return out
    }, values)
    expect(outcomes).toEqual(Array(200).fill('ask'))
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([])
    await context.close()
  })
})

describe('two consent cookies with the same name', () => {
  it('takes the newer record whichever of www.site.test and .site.test holds it', async () => {
    for (const newerOn of ['www.site.test', '.site.test']) {
      const { context, page, errors } = await open()
      const older = encodeRecord(
        record({
          id: 'older0000000',
          time: Date.now() - 3_600_000,
          method: 'accept-all',
          categories: ALL,
        }),
      )
      const newer = encodeRecord(
        record({
          id: 'newer0000000',
          time: Date.now() - 60_000,
          method: 'reject-all',
          categories: NONE,
        }),
      )
      await seed(context, newerOn === '.site.test' ? older : newer)
      await seed(context, newerOn === '.site.test' ? newer : older, { domain: '.site.test' })
      expect(await jar(context)).toHaveLength(2)
      await page.goto(server.origin() + '/page')
      expect(await state(page)).toEqual({
        consent: NONE,
        ask: false,
        view: null,
        banner: false,
        errors: [],
      })
      expect(await page.evaluate(() => (window as any).consent.record.id)).toBe('newer0000000')
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('takes the newer record whichever of the paths / and /shop holds it', async () => {
    for (const newerOn of ['/', '/shop']) {
      const { context, page } = await open()
      const older = encodeRecord(
        record({
          id: 'older0000000',
          time: Date.now() - 3_600_000,
          categories: NONE,
          method: 'reject-all',
        }),
      )
      const newer = encodeRecord(
        record({ id: 'newer0000000', time: Date.now() - 60_000, categories: ALL }),
      )
      await seed(context, newerOn === '/' ? newer : older, { path: '/' })
      await seed(context, newerOn === '/' ? older : newer, { path: '/shop' })
      await page.goto(server.origin() + '/shop/page')
      expect(await state(page)).toEqual({
        consent: ALL,
        ask: false,
        view: null,
        banner: false,
        errors: [],
      })
      expect(await page.evaluate(() => (window as any).consent.record.id)).toBe('newer0000000')
      await context.close()
    }
  })

  it('takes the valid record when the other one on .site.test is junk', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ method: 'reject-all', categories: NONE })))
    await seed(context, 'x'.repeat(2000), { domain: '.site.test' })
    await page.goto(server.origin() + '/page')
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: false,
      view: null,
      banner: false,
      errors: [],
    })
    await context.close()
  })

  it('does not loop: a record of an old revision left on .site.test is outvoted by one decision', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ revision: 0 })), { domain: '.site.test' })
    await decideOnceThenReload(page, '/page', true)
    // The stale one is still there; the new one sits beside it, host-only.
    expect((await jar(context)).map(c => c.domain).sort()).toEqual(['.site.test', 'www.site.test'])
    await context.close()
  })

  it('does not loop: a record of an old revision left on /shop is outvoted by one decision', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ revision: 0 })), { path: '/shop' })
    await decideOnceThenReload(page, '/shop/page', true)
    await context.close()
  })

  // The SDK never overwrites a cookie on another domain: if the future-dated record ranked
  // newest, every decision would be read back as older and the banner would return on every page.
  it('does not loop: a record dated in the future left on .site.test is outvoted by one decision', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ time: Date.now() + 2 * 864e5 })), {
      domain: '.site.test',
    })
    await decideOnceThenReload(page, '/page', true)
    await context.close()
  })
})

describe('clock skew', () => {
  it('ignores a record dated two days in the future: the banner shows and nothing is granted', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ time: Date.now() + 2 * 864e5 })))
    const before = server.hits('tracker.test').length
    await page.goto(server.origin() + '/page')
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: true,
      view: 'banner',
      banner: true,
      errors: [],
    })
    expect(server.hits('tracker.test').length).toBe(before)
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.reload()
    expect(await state(page)).toEqual({
      consent: ALL,
      ask: false,
      view: null,
      banner: false,
      errors: [],
    })
    const time = decodeRecord((await jar(context))[0].value)!.time
    expect(Math.abs(time - Date.now())).toBeLessThan(60_000)
    await context.close()
  })

  it('accepts a record dated a minute in the future (a slightly fast clock)', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ time: Date.now() + 60_000 })))
    await page.goto(server.origin() + '/page')
    expect(await state(page)).toEqual({
      consent: ALL,
      ask: false,
      view: null,
      banner: false,
      errors: [],
    })
    await context.close()
  })
})

describe('the consent cookie and clean-up', () => {
  it("survives the withdrawal of a category whose cookies are ['*'] and a service whose cookies are ['/.*/']", async () => {
    const config = {
      revision: 1,
      categories: {
        necessary: { required: true },
        analytics: {
          tracking: true,
          cookies: ['*'],
          services: { ga: { cookies: ['/.*/'], hosts: ['tracker.test'] } },
        },
      },
    }
    server.route(
      '/cleanup',
      html(`<script>window.consentryConfig = ${JSON.stringify(config)}</script>` + dropIn()),
    )
    const { context, page, errors } = await open()
    await context.addCookies([
      { name: '_ga', value: '1', url: server.origin() },
      { name: 'other', value: '2', domain: '.site.test', path: '/' },
    ])
    await page.goto(server.origin() + '/cleanup')
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.evaluate(() => (window as any).consent.set({ analytics: false }))
    // The gate sweeps again after the event loop turns and after a second.
    await page.waitForTimeout(1300)
    const names = (await context.cookies()).map(c => c.name)
    expect(names).toEqual(['consentry'])
    const stored = decodeRecord((await jar(context))[0].value)!
    expect(stored.categories).toEqual({ necessary: true, analytics: false })
    await page.reload()
    expect(await page.evaluate(() => (window as any).consent.$decision.get().ask)).toBe(false)
    expect(await page.evaluate(() => (window as any).__banner)).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })

  it("survives a first decision of Reject all under ['*'], with a custom cookie name", async () => {
    const config = {
      categories: { necessary: { required: true }, analytics: { cookies: ['*'] } },
      cookie: { name: 'my_choice' },
    }
    server.route(
      '/cleanup-named',
      html(`<script>window.consentryConfig = ${JSON.stringify(config)}</script>` + dropIn()),
    )
    const { context, page } = await open()
    await context.addCookies([{ name: '_ga', value: '1', url: server.origin() }])
    await page.goto(server.origin() + '/cleanup-named')
    await page.getByRole('button', { name: 'Reject all' }).click()
    await page.waitForTimeout(1300)
    expect((await context.cookies()).map(c => c.name)).toEqual(['my_choice'])
    await context.close()
  })

  it('reset() with cookie.domain .site.test deletes the cookie it wrote there and asks again after a reload', async () => {
    const config = { ...CONFIG, cookie: { domain: '.site.test' } }
    server.route(
      '/domain',
      html(`<script>window.consentryConfig = ${JSON.stringify(config)}</script>` + dropIn()),
    )
    const { context, page, errors } = await open()
    await page.goto(server.origin() + '/domain')
    await page.getByRole('button', { name: 'Accept all' }).click()
    expect((await jar(context)).map(c => c.domain)).toEqual(['.site.test'])
    await page.evaluate(() => (window as any).consent.reset())
    expect(await jar(context)).toEqual([])
    expect(await state(page)).toMatchObject({ consent: NONE, ask: true, view: 'banner' })
    await page.reload()
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: true,
      view: 'banner',
      banner: true,
      errors: [],
    })
    expect(errors).toEqual([])
    await context.close()
  })

  // A record left elsewhere would come back on the next page: an old Accept all restored.
  it('reset() with cookie.domain .site.test also forgets a host-only record left by an earlier config', async () => {
    const config = { ...CONFIG, cookie: { domain: '.site.test' } }
    server.route(
      '/domain',
      html(`<script>window.consentryConfig = ${JSON.stringify(config)}</script>` + dropIn()),
    )
    const { context, page } = await open()
    // Written before the site set cookie.domain: host-only.
    await seed(context, encodeRecord(record({ time: Date.now() - 3_600_000 })))
    await page.goto(server.origin() + '/domain')
    await page.evaluate(() => (window as any).consent.rejectAll())
    await page.evaluate(() => (window as any).consent.reset())
    await page.reload()
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: true,
      view: 'banner',
      banner: true,
      errors: [],
    })
    expect(await jar(context)).toEqual([])
    await context.close()
  })

  // readRecord reads every consent cookie the page can see, so reset() must expire every one:
  // a record left on .site.test (an earlier config, a sibling site) or on another path would
  // come back on the next page, an old Accept all with it.
  it('reset() without cookie.domain also forgets a record left on .site.test by an earlier config', async () => {
    const { context, page } = await open()
    // Written while the site still set cookie.domain: .site.test.
    await seed(context, encodeRecord(record({ time: Date.now() - 3_600_000 })), {
      domain: '.site.test',
    })
    await page.goto(server.origin() + '/page')
    await page.evaluate(() => (window as any).consent.rejectAll())
    await page.evaluate(() => (window as any).consent.reset())
    await page.reload()
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: true,
      view: 'banner',
      banner: true,
      errors: [],
    })
    expect(await jar(context)).toEqual([])
    await context.close()
  })

  it('reset() also forgets a record left on another path (/shop) by an earlier config', async () => {
    const { context, page } = await open()
    await seed(context, encodeRecord(record({ time: Date.now() - 3_600_000 })), { path: '/shop' })
    await page.goto(server.origin() + '/shop/page')
    await page.evaluate(() => (window as any).consent.rejectAll())
    await page.evaluate(() => (window as any).consent.reset())
    await page.reload()
    expect(await state(page)).toEqual({
      consent: NONE,
      ask: true,
      view: 'banner',
      banner: true,
      errors: [],
    })
    expect(await jar(context)).toEqual([])
    await context.close()
  })
})
