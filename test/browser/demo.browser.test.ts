// The five demo sites in real Chromium, each running the shipped drop-in with its preset.
// Pages are opened under *.test names, so third-party stand-ins load from their own hosts
// (facebook.test, ads.test, ...) and the demo server counts every request they receive.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, type Demo } from '../../demo/server.mjs'
import { launch, openPage } from './harness'

type Id = 'clickandchat' | 'clientexec' | 'chat4support' | 'livechat' | 'messageandchat'

/** What each site loads once everything is granted (stand-in/file, as the server saw
 * them), the cookies that leaves, the colour of its banner's buttons (its brand), and its
 * categories with nothing in use, which Accept all leaves off. */
const SITES: Record<
  Id,
  {
    loads: string[]
    cookies: string[]
    outsideEurope: 'opt-in' | 'opt-out' | 'notice'
    buttons: string
    notInUse?: string[]
  }
> = {
  clickandchat: {
    loads: ['recorder/record', 'recorder/recorder.js', 'stats/collect', 'stats/stats.js'],
    cookies: ['_pv_id', '_pv_ses', '_rec_ses', '_rv', 'prefs'],
    outsideEurope: 'notice',
    buttons: 'rgb(11, 110, 79)',
  },
  clientexec: {
    loads: ['stats/collect', 'stats/stats.js'],
    cookies: ['_pv_id', '_pv_ses', 'prefs'],
    outsideEurope: 'opt-out',
    buttons: 'rgb(90, 63, 192)',
  },
  chat4support: {
    loads: ['stats/collect', 'stats/stats.js'],
    cookies: ['_pv_id', '_pv_ses', '_rv', 'prefs'],
    outsideEurope: 'opt-out',
    buttons: 'rgb(180, 70, 43)',
  },
  livechat: {
    loads: [
      'addon/addon.js',
      'beacon/px.gif',
      'facebook/comments.html',
      'facebook/like.html',
      'facebook/report.js',
      'facebook/sdk.js',
      'facebook/widget.css',
      'sharethis/buttons.js',
      'twitter/report.js',
      'twitter/timeline.html',
    ],
    cookies: ['__sharethis_cookie_test__', '__stid', '_fbp'],
    outsideEurope: 'opt-out',
    buttons: 'rgb(210, 64, 58)',
  },
  messageandchat: {
    loads: [],
    cookies: ['prefs'],
    outsideEurope: 'opt-in',
    buttons: 'rgb(155, 216, 234)',
    notInUse: ['marketing'],
  },
}
const IDS = Object.keys(SITES) as Id[]

let demo: Demo
let browser: Browser

beforeAll(async () => {
  demo = await startDemo({ port: 0 })
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

const url = (id: Id, query = '') => `http://www.demo.test:${demo.port}/${id}/${query}`

/** Stand-in files requested since `mark` (an index into demo.requests), as `stand-in/file`. */
const reached = (mark: number) =>
  [
    ...new Set(
      demo.requests
        .slice(mark)
        .filter(r => r.standIn)
        .map(r => r.standIn + '/' + r.file),
    ),
  ].sort()

/** Cookie names in the whole browser context, every host. */
const cookieNames = async (context: BrowserContext) =>
  (await context.cookies()).map(c => c.name).sort()

const state = (page: Page) => page.evaluate(() => (window as any).consent.get())
const recordId = (page: Page) => page.evaluate(() => (window as any).consent.record?.id ?? null)

/** Loads a page and waits until it has settled. */
async function visit(page: Page, target: string) {
  await page.goto(target)
  await settle(page)
}
// Not 'networkidle': a receipt beacon sent as the previous page unloads can keep it from
// ever firing after a reload. What settles a page: it has loaded, the SDK has started, and
// the site code that inserts a tag unmarked (demo/insert.js, after 50 ms) has done so, so
// the gate has held it or let it through. Effects that follow (stand-ins loading, cookies)
// are polled for by each test.
async function settle(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForFunction(
    () =>
      (window as any).consent &&
      document.querySelectorAll('script[data-insert]:not([data-insert-done])').length === 0,
  )
}

/** Polls `read` until it returns `expected` (or 5 s pass), and returns what it last read. */
async function until<T>(read: () => Promise<T> | T, expected: T): Promise<T> {
  const end = Date.now() + 5000
  let value = await read()
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise(r => setTimeout(r, 50))
    value = await read()
  }
  return value
}

/** The banner is on screen: every banner has Manage preferences (notice banners have OK instead of Accept/Reject). */
const bannerShown = async (page: Page) => {
  const manage = page.getByRole('button', { name: 'Manage preferences' })
  return (await manage.count()) > 0 && (await manage.first().isVisible())
}

async function click(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click()
  await settle(page)
}

/** Waits until exactly these stand-in files have been requested since `mark`. */
const waitForLoads = (mark: number, files: string[]) =>
  until(() => reached(mark), [...files].sort())

describe.each(IDS)('demo site %s', id => {
  const site = SITES[id]

  it('shows the banner to a first-time EU visitor and runs nothing optional', async () => {
    const { page, context, errors } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url(id, '?region=DE'))
    expect(await bannerShown(page)).toBe(true)
    expect(reached(mark)).toEqual([])
    expect(await cookieNames(context)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('Reject all: no stand-in receives a request and only the consent cookie exists, also after a reload', async () => {
    const { page, context, errors } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url(id, '?region=DE'))
    await click(page, 'Reject all')
    expect(await bannerShown(page)).toBe(false)
    const rejected = await state(page)
    expect(
      Object.entries(rejected)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(['necessary'])
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(await page.evaluate(() => localStorage.getItem('rec_buffer'))).toBe(null)
    const id1 = await recordId(page)
    await page.reload()
    await settle(page)
    expect(await bannerShown(page)).toBe(false)
    expect(await state(page)).toEqual(rejected)
    expect(await recordId(page)).toBe(id1)
    expect(reached(mark)).toEqual([])
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('Accept all: every stand-in loads and sets its cookies, every category in use is on; a reload keeps the choice without a banner', async () => {
    const { page, context, errors } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url(id, '?region=DE'))
    await click(page, 'Accept all')
    expect(await bannerShown(page)).toBe(false)
    expect(await waitForLoads(mark, site.loads)).toEqual(site.loads)
    const all = ['consentry', ...site.cookies].sort()
    expect(await until(() => cookieNames(context), all)).toEqual(all)
    const accepted = await state(page)
    const notInUse = site.notInUse || []
    const expected = Object.fromEntries(
      Object.keys(accepted).map(name => [name, !notInUse.includes(name)]),
    )
    expect(accepted).toEqual(expected)
    const id1 = await recordId(page)
    const reload = demo.requests.length
    await page.reload()
    await settle(page)
    expect(await bannerShown(page)).toBe(false)
    expect(await state(page)).toEqual(accepted)
    expect(await recordId(page)).toBe(id1)
    expect(await waitForLoads(reload, site.loads)).toEqual(site.loads)
    expect(errors).toEqual([])
    await context.close()
  })

  it("wears the site's brand: the banner's buttons take the colour its theme sets", async () => {
    const { page, context } = await openPage(browser)
    await visit(page, url(id, '?region=DE'))
    const manage = page.getByRole('button', { name: 'Manage preferences' })
    const background = await manage.evaluate(button => getComputedStyle(button).backgroundColor)
    expect(background).toBe(site.buttons)
    await context.close()
  })

  it(`follows its own model outside Europe (${site.outsideEurope})`, async () => {
    const { page, context } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url(id, '?region=US'))
    expect(await bannerShown(page)).toBe(true)
    const loads = site.outsideEurope === 'opt-in' ? [] : site.loads
    expect(await waitForLoads(mark, loads)).toEqual(loads)
    // No consent cookie until the visitor answers; the site's own cookies follow the model.
    const cookies = site.outsideEurope === 'opt-in' ? [] : [...site.cookies].sort()
    expect(await until(() => cookieNames(context), cookies)).toEqual(cookies)
    await context.close()
  })
})

describe.each(['clickandchat', 'clientexec', 'chat4support', 'livechat'] as const)(
  'demo site %s under browser signals',
  id => {
    const site = SITES[id]

    it('ignores Do Not Track, as its policy makes no promise about it', async () => {
      const { page, context } = await openPage(browser)
      await visit(page, url(id, '?region=DE&dnt=1'))
      expect(await page.evaluate(() => (window as any).consent.signals)).toEqual({
        dnt: true,
        gpc: false,
      })
      expect(await bannerShown(page)).toBe(true)
      await click(page, 'Accept all')
      expect(Object.values(await state(page)).every(Boolean)).toBe(true)
      await context.close()
    })

    it('under GPC starts with tracking off and no banner, and the visitor may still opt in', async () => {
      const { page, context } = await openPage(browser)
      const mark = demo.requests.length
      await visit(page, url(id, '?region=US&gpc=1'))
      expect(await bannerShown(page)).toBe(false)
      const s = await state(page)
      expect(s.analytics).toBe(false)
      expect(reached(mark)).toEqual([])
      // Preferences (not tracking) still follow the model: on outside Europe.
      const prefs = id === 'livechat' ? [] : ['prefs']
      expect(await until(() => cookieNames(context), prefs)).toEqual(prefs)
      await page.getByText('Cookie settings').first().click()
      await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click()
      await settle(page)
      expect(Object.values(await state(page)).every(Boolean)).toBe(true)
      expect(await waitForLoads(mark, site.loads)).toEqual(site.loads)
      await context.close()
    })
  },
)

describe('demo site messageandchat (Do Not Track honoured absolutely)', () => {
  it.each(['dnt', 'gpc'])(
    'with %s on: no banner, no cookie at all, no ads, and the dialog offers no choice the signal would overrule',
    async signal => {
      const { page, context, errors } = await openPage(browser)
      const mark = demo.requests.length
      await visit(page, url('messageandchat', `?region=NL&${signal}=1`))
      expect(await bannerShown(page)).toBe(false)
      expect(await state(page)).toEqual({ necessary: true, preferences: false, marketing: false })
      expect(await cookieNames(context)).toEqual([])
      // The visitor opens the settings anyway: every optional category is locked by the
      // signal, so the dialog offers one OK instead of choices that would change nothing.
      await page.getByText('Cookie settings').first().click()
      const dialog = page.getByRole('dialog')
      expect(await dialog.getByRole('button', { name: 'Accept all' }).count()).toBe(0)
      await dialog.getByRole('button', { name: 'OK' }).click()
      await settle(page)
      expect(await state(page)).toEqual({ necessary: true, preferences: false, marketing: false })
      expect(await cookieNames(context)).toEqual([])
      await page.reload()
      await settle(page)
      expect(await bannerShown(page)).toBe(false)
      expect(await cookieNames(context)).toEqual([])
      expect(reached(mark)).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    },
  )

  it('never loads AdSense, marked or inserted by other code, even after Accept all', async () => {
    const { page, context } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url('messageandchat', '?region=US'))
    await click(page, 'Accept all')
    expect(await page.evaluate(() => (window as any).consent.get('adsense'))).toBe(false)
    await page.reload()
    await settle(page)
    expect(demo.hits('ads').filter(r => demo.requests.indexOf(r) >= mark)).toEqual([])
    expect(await page.locator('ins.adsbygoogle').textContent()).toBe('Ad space (not in use)')
    expect(await cookieNames(context)).toEqual(['consentry', 'prefs'])
    await context.close()
  })
})

describe('demo site messageandchat (Advertising not in use)', () => {
  it('shows Advertising as not in use, a switch that cannot be turned on, and Accept all leaves it off', async () => {
    const { page, context, errors } = await openPage(browser)
    await visit(page, url('messageandchat', '?region=NL'))
    await click(page, 'Manage preferences')
    const dialog = page.getByRole('dialog')
    const advertising = dialog.getByRole('switch', { name: 'Advertising' })
    expect([await advertising.isChecked(), await advertising.isDisabled()]).toEqual([false, true])
    const note = await advertising.evaluate(input => {
      const root = input.getRootNode() as ShadowRoot
      return root.getElementById(input.getAttribute('aria-describedby')!)!.textContent
    })
    expect(note).toMatch(/Not in use$/)
    const convenience = dialog.getByRole('switch', { name: 'Convenience' })
    expect(await convenience.isDisabled()).toBe(false)
    await dialog.getByRole('button', { name: 'Accept all' }).click()
    await settle(page)
    expect(await state(page)).toEqual({ necessary: true, preferences: true, marketing: false })
    const cookie = (await context.cookies()).find(c => c.name === 'consentry')!
    expect(cookie.value).toContain('.necessary:1~preferences:1~marketing:0.')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('demo site livechat (blocking by host)', () => {
  it('holds an add-on tag that site code inserts unmarked until the add-on is granted', async () => {
    const { page, context } = await openPage(browser)
    const mark = demo.requests.length
    await visit(page, url('livechat', '?region=DE'))
    expect(await page.locator('script[data-inserted]').count()).toBe(1)
    expect(demo.hits('addon').filter(r => demo.requests.indexOf(r) >= mark)).toEqual([])
    await click(page, 'Accept all')
    await until(() => demo.hits('addon').filter(r => demo.requests.indexOf(r) >= mark).length, 2)
    const paths = demo
      .hits('addon')
      .filter(r => demo.requests.indexOf(r) >= mark)
      .map(r => r.path)
      .sort()
    expect(paths).toEqual(['/addon.js', '/addon.js?inserted=1'])
    await context.close()
  })
})

describe('demo site navigation', () => {
  it("keeps the visitor's region on every link of the site, the banner's Privacy policy link included", async () => {
    const { page, context } = await openPage(browser)
    await visit(page, url('livechat', '?region=DE'))
    // Every link of the site itself (not the inspector's, which switch regions on purpose).
    const hrefs = await page
      .locator('.page a[href]:not([href="#"]):not([href="/"])')
      .evaluateAll(links => links.map(link => new URL((link as HTMLAnchorElement).href).search))
    expect(hrefs.length).toBeGreaterThan(5)
    expect(new Set(hrefs)).toEqual(new Set(['?region=DE']))
    // The banner's link (in its shadow root) leads to the privacy page as the same visitor.
    await page.locator('#consentry-root').getByRole('link', { name: 'Privacy policy' }).click()
    await page.waitForURL(/\/livechat\/privacy/)
    await settle(page)
    expect(new URL(page.url()).search).toBe('?region=DE')
    const model = () => page.evaluate(() => (window as any).consent.$decision.get().model)
    expect(await model()).toBe('opt-in')
    await page.getByRole('link', { name: 'Product' }).click()
    await page.waitForURL(/\/livechat\/\?region=DE#features$/)
    await settle(page)
    expect(await model()).toBe('opt-in')
    await context.close()
  })
})

describe('demo inspector', () => {
  /** The inspector's list of gated elements, one entry per line, spaces collapsed. */
  const gatedList = (page: Page) =>
    page
      .locator('[data-slot="gated"]')
      .evaluate(slot => (slot.textContent || '').split('\n').map(line => line.replace(/\s+/g, ' ')))

  it('lists the gated scripts that ran before it loaded (a notice site runs them at once)', async () => {
    const { page, context } = await openPage(browser)
    await visit(page, url('clickandchat', '?region=US'))
    const expected = [
      'ran script prefs (preferences)',
      'ran script stats (analytics › paths)',
      'ran script recorder (analytics › recording)',
      'ran script returning (analytics › returning)',
    ]
    expect(await until(() => gatedList(page), expected)).toEqual(expected)
    await context.close()
  })

  it('says which elements are held and why, and which scripts are not gated', async () => {
    const { page, context } = await openPage(browser)
    await visit(page, url('messageandchat', '?region=DE'))
    const expected = [
      'held script prefs (preferences)',
      'held script ads (marketing › adsense, not in use)',
      'held script ads-inserted (marketing › adsense, inserted unmarked by site code, not in use)',
    ]
    expect(await until(() => gatedList(page), expected)).toEqual(expected)
    const notGated = await page.locator('[data-slot="not-gated"]').textContent()
    expect(notGated).toContain('/dist/consentry.js: the consent SDK itself')
    expect(notGated).toContain('/demo/insert.js: site code the page needs')
    await context.close()
  })
})

describe('demo server', () => {
  it('serves the gallery, linking all five sites, and each privacy page', async () => {
    const gallery = await (await fetch(demo.url)).text()
    for (const id of IDS) expect(gallery).toContain(`href="/${id}/"`)
    // It says how the banners are themed.
    expect(gallery).toContain("consentry's CSS custom properties")
    for (const id of IDS) {
      const res = await fetch(`${demo.url}${id}/privacy`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('data-consentry-policy')
    }
  })

  it("dates each privacy page in words and describes categories in a visitor's terms", async () => {
    const page = await (await fetch(`${demo.url}livechat/privacy?region=DE`)).text()
    expect(page).toContain(
      'This policy took effect on 23 May 2012 and was last edited on 28 June 2013.',
    )
    expect(page).toContain(
      'Optional; used for tracking; off when your browser sends Global Privacy Control',
    )
    expect(page).not.toMatch(/revision \d+/i)
  })

  it('tells apart a category the signals switch off from one that tracks, and shows one with nothing in use', async () => {
    const page = await (await fetch(`${demo.url}messageandchat/privacy?region=NL`)).text()
    expect(page).toContain(
      'Convenience<br><small>Optional; off when your browser sends Do Not Track or Global Privacy Control</small>',
    )
    expect(page).toContain('Advertising<br><small>Not in use</small>')
    expect(page).not.toContain('used for tracking')
  })

  it("words the generated policy for visitors: countries by name, Message and chat's Convenience not called tracking", async () => {
    const { page, context, errors } = await openPage(browser)
    await visit(page, url('livechat', 'privacy?region=DE'))
    const choices = page.locator('#consentry-choices')
    await choices.waitFor()
    const text = await choices.textContent()
    expect(text).toContain('For visitors in Austria, Belgium, Bulgaria,')
    expect(text).toContain('Sweden and United Kingdom: only what the site needs')
    expect(text).not.toMatch(/\b(AT|DE|GB)\b/)
    await visit(page, url('messageandchat', 'privacy?region=NL'))
    await page.locator('#consentry-category-marketing').waitFor()
    const policy = await page.locator('[data-consentry-policy]').textContent()
    expect(policy).not.toContain('used for tracking')
    expect(await page.locator('#consentry-category-marketing').textContent()).toMatch(
      /^Not in use\. /,
    )
    expect(errors).toEqual([])
    await context.close()
  })

  it("takes the visitor's region from a CDN's country header when the page names none", async () => {
    const page = (headers: Record<string, string>, query = '') =>
      fetch(`${demo.url}livechat/${query}`, { headers }).then(res => res.text())
    expect(await page({ 'cf-ipcountry': 'DE' })).toContain('data-consent-region="DE"')
    // The inspector's ?region= wins over the header.
    expect(await page({ 'cf-ipcountry': 'DE' }, '?region=US')).toContain('data-consent-region="US"')
    expect(await page({})).not.toContain('data-consent-region')
  })

  it('serves stand-ins by path to a plain browser, and nothing outside demo/ and dist/', async () => {
    expect((await fetch(`${demo.url}stand-in/stats/stats.js`)).status).toBe(200)
    expect((await fetch(`${demo.url}dist/consentry.js`)).status).toBe(200)
    expect((await fetch(`${demo.url}dist/..%2Fpackage.json`)).status).toBe(404)
    expect((await fetch(`${demo.url}demo/server.mjs`)).status).toBe(404)
  })
})
