// What visitors hit with the UI, each proven in real Chromium against dist/consentry.js:
// focus, scrolling, pointer reach, a swapped <body>, late languages, button sizes, axe.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

const CONFIG = {
  revision: 1,
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, label: 'Necessary' },
    analytics: {
      tracking: true,
      label: 'Analytics',
      services: { ga: { label: 'Google Analytics' }, hotjar: { label: 'Hotjar' } },
    },
    marketing: { tracking: true, label: 'Marketing' },
  },
  signals: { gpc: 'enforce' },
}
const configScript = (config: object) =>
  `<script>window.consentryConfig = ${JSON.stringify(config)}</script>`
const page = (body: string, config: object = CONFIG, extra = '') =>
  html(configScript(config) + dropIn() + extra, body)

const PAGE =
  '<main><h1>A shop</h1><p>Some content. <a href="#" data-consent-open>Cookie settings</a></p></main>'
// A short page whose footer sits at the very bottom of the viewport, where the bar is.
const SHORT =
  '<style>body{margin:0;min-height:100vh;display:flex;flex-direction:column}main{flex:1}</style>' +
  '<main><h1>About</h1><p><a href="#top">Top</a></p></main>' +
  '<footer><a href="#privacy">Privacy policy of the site</a> <a href="#imprint">Imprint</a></footer>'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/bar', page(PAGE))
  server.route('/short', page(SHORT))
  server.route('/reopen', page(PAGE, { ...CONFIG, ui: { reopen: true } }))
  server.route('/modal', page(PAGE, { ...CONFIG, ui: { layout: 'modal' } }))
  // A site's own overlay at the highest z-index there is.
  const overlay =
    '<div id="chat" style="position:fixed;inset:0;z-index:2147483647;background:#fff8"></div>'
  server.route('/overlay', page(PAGE + overlay))
  server.route('/preset', html(dropIn('data-preset="livechat"'), PAGE))
  // German asked for by the page; the language file comes later, when the test adds it.
  server.route('/late-de', page(PAGE).replace('lang="en"', 'lang="de"'))
  for (const lang of ['de', 'fr'])
    server.route(
      '/lang-' + lang,
      page(PAGE, CONFIG, `<script src="/dist/lang/${lang}.js"></script>`).replace(
        'lang="en"',
        `lang="${lang}"`,
      ),
    )
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The focused element's text (or label), looking into open shadow roots. */
const focused = (p: Page) =>
  p.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el) return ''
    if (el === document.body) return 'body'
    const input = el as HTMLInputElement
    return input.labels?.[0]?.textContent || el.getAttribute('aria-label') || el.textContent
  })

/** The bar's top edge in viewport pixels. */
const barTop = (p: Page) =>
  p.evaluate(
    () =>
      document
        .getElementById('consentry-root')!
        .shadowRoot!.querySelector('.l')!
        .getBoundingClientRect().top,
  )

/** Where the page's element is, and whether a pointer at its centre reaches it. */
const reach = (p: Page, selector: string) =>
  p.evaluate(s => {
    const el = document.querySelector(s)!
    const rect = el.getBoundingClientRect()
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
    return { bottom: rect.bottom, pointer: hit === el }
  }, selector)

/** Waits for the entry animation, so boxes are where they end up. */
const settled = (p: Page) => p.waitForTimeout(300)

describe('the bar keeps the page usable', () => {
  it('lets a short page scroll its footer clear of the bar, for pointer and eyes', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 800, height: 500 } })
    await p.goto(server.origin() + '/short')
    await settled(p)
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const top = await barTop(p)
    const imprint = await reach(p, 'a[href="#imprint"]')
    expect(imprint.bottom).toBeLessThanOrEqual(top)
    expect(imprint.pointer).toBe(true)
    await p.locator('a[href="#imprint"]').click({ timeout: 10_000 })
    expect(p.url()).toMatch(/#imprint$/)
    await context.close()
  })

  it('never leaves a focused link at the very bottom of the page hidden behind the bar (WCAG 2.4.11)', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 800, height: 500 } })
    await p.goto(server.origin() + '/short')
    await settled(p)
    for (let i = 0; i < 12 && (await focused(p)) !== 'Imprint'; i++) await p.keyboard.press('Tab')
    expect(await focused(p)).toBe('Imprint')
    const imprint = await reach(p, 'a[href="#imprint"]')
    expect(imprint.bottom).toBeLessThanOrEqual(await barTop(p))
    await context.close()
  })

  it('gives the page its padding back after the decision', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/short')
    await p.getByRole('button', { name: 'Reject all' }).click()
    const style = await p.evaluate(() => document.documentElement.getAttribute('style') || '')
    expect(style).not.toMatch(/padding/)
    await context.close()
  })
})

describe('focus', () => {
  it('after a decision in the bar goes back to the page element the visitor came from', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    await p.locator('main a').focus()
    // Back into the banner, which comes first in the page: Manage preferences, Reject all.
    await p.keyboard.press('Shift+Tab')
    await p.keyboard.press('Shift+Tab')
    expect(await focused(p)).toBe('Reject all')
    await p.keyboard.press('Enter')
    expect(await p.evaluate(() => (window as any).consent.record?.method)).toBe('reject-all')
    expect(await focused(p)).toBe('Cookie settings')
    await context.close()
  })

  it('after a decision in the bar goes to the reopen button when the visitor came from nowhere', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/reopen')
    await p.keyboard.press('Tab')
    await p.keyboard.press('Tab')
    await p.keyboard.press('Tab')
    expect(await focused(p)).toBe('Reject all')
    await p.keyboard.press('Enter')
    expect(await p.evaluate(() => (window as any).consent.record?.method)).toBe('reject-all')
    expect(await focused(p)).toBe('Cookie settings')
    await context.close()
  })

  it("on Escape returns to the site's own button that opened the preferences over the banner", async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    await p.locator('main a').focus()
    await p.keyboard.press('Enter')
    expect(await p.getByRole('dialog').isVisible()).toBe(true)
    await p.keyboard.press('Escape')
    expect(await p.evaluate(() => (window as any).consent.$view.get())).toBe('banner')
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Cookie settings')
    await context.close()
  })

  it('cannot reach what the page adds while the modal banner is open', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/modal')
    await p.evaluate(() => {
      const late = document.createElement('button')
      late.id = 'late'
      late.textContent = 'Late'
      document.body.append(late)
    })
    await p.waitForFunction(() => document.getElementById('late')!.inert)
    const names = []
    for (let i = 0; i < 8; i++) {
      await p.keyboard.press('Tab')
      names.push(await focused(p))
    }
    expect(names).not.toContain('Late')
    await p.evaluate(() => document.getElementById('late')!.focus())
    expect(await focused(p)).not.toBe('Late')
    await context.close()
  })
})

describe('pages that change under the UI', () => {
  it('comes back in a <body> the site swaps in (Turbo, pjax, htmx boost)', async () => {
    const { page: p, context, errors } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    await p.evaluate(() => {
      const body = document.createElement('body')
      body.innerHTML = '<main><h1>Next page</h1></main>'
      document.documentElement.replaceChild(body, document.body)
    })
    await p.waitForFunction(() => document.body.firstElementChild?.id === 'consentry-root')
    await p.getByRole('button', { name: 'Reject all' }).click({ timeout: 5000 })
    expect(await p.evaluate(() => (window as any).consent.record?.method)).toBe('reject-all')
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps unsaved switches and focus when the language file arrives late', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/late-de')
    await p.evaluate(() => (window as any).consent.showPreferences())
    await p.getByRole('switch', { name: 'Analytics' }).focus()
    await p.keyboard.press('Space')
    await p.addScriptTag({ url: '/dist/lang/de.js' })
    await p.getByRole('heading', { name: 'Cookie-Einstellungen' }).waitFor({ timeout: 5000 })
    expect(await p.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true)
    expect(await focused(p)).toBe('Analytics')
    await context.close()
  })
})

describe('the dialog', () => {
  it("is a native modal <dialog> in the top layer, above the site's highest z-index", async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/overlay')
    await p.evaluate(() => (window as any).consent.showPreferences())
    await p.getByRole('dialog').waitFor()
    await settled(p)
    const state = await p.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      const dialog = root.querySelector('dialog')!
      const rect = dialog.getBoundingClientRect()
      const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + 20)
      return { modal: dialog.matches(':modal'), onTop: !!hit && dialog.contains(hit) }
    })
    expect(state).toEqual({ modal: true, onTop: true })
    await p.getByRole('button', { name: 'Save preferences' }).click({ timeout: 10_000 })
    expect(await p.evaluate(() => (window as any).consent.record?.method)).toBe('custom')
    await context.close()
  })

  it("lists each service's cookies from its cookies patterns when the preset has no cookieInfo", async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/preset')
    await p.evaluate(() => (window as any).consent.showPreferences())
    await p.getByRole('dialog').waitFor()
    await p.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      root.querySelectorAll('details').forEach(details => (details.open = true))
    })
    const facebook = p.getByRole('switch', { name: 'Facebook' })
    const item = facebook.locator('xpath=ancestor::li[1]')
    expect(await item.getByRole('list', { name: 'Cookies' }).innerText()).toBe(
      '_fbp\nfbsr_*\nfbm_*',
    )
    await context.close()
  })

  it('keeps the three choices equal and on one line on a desktop screen, in English, German and French', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } })
    for (const path of ['/bar', '/lang-de', '/lang-fr']) {
      await p.goto(server.origin() + path)
      await p.evaluate(() => (window as any).consent.showPreferences())
      await settled(p)
      const boxes = await p.evaluate(() =>
        [
          ...document.getElementById('consentry-root')!.shadowRoot!.querySelectorAll('.bs button'),
        ].map(b => {
          const rect = b.getBoundingClientRect()
          const style = getComputedStyle(b)
          return {
            width: Math.round(rect.width),
            top: Math.round(rect.top),
            lines: Math.round(
              (rect.height - parseFloat(style.paddingTop) * 2 - 4) / parseFloat(style.lineHeight),
            ),
          }
        }),
      )
      expect(boxes, path).toHaveLength(3)
      expect(new Set(boxes.map(b => b.width)).size).toBe(1)
      expect(new Set(boxes.map(b => b.top)).size).toBe(1)
      expect(
        boxes.map(b => b.lines),
        path + JSON.stringify(boxes),
      ).toEqual([1, 1, 1])
    }
    await context.close()
  })

  it('draws a switch locked by a signal unlike one that is just off, and offers only an honest OK', async () => {
    const { page: p, context } = await openPage(browser)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    )
    await p.goto(server.origin() + '/bar')
    await p.evaluate(() => (window as any).consent.showPreferences())
    const look = (name: string) =>
      p
        .getByRole('switch', { name })
        .evaluate(el => getComputedStyle(el).borderStyle + ' ' + getComputedStyle(el).opacity)
    expect(await look('Analytics')).toBe('dashed 1')
    const dialog = p.getByRole('dialog')
    expect(await dialog.getByRole('button', { name: 'OK' }).count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Accept all' }).count()).toBe(0)
    expect(await dialog.getByRole('button', { name: 'Save preferences' }).count()).toBe(0)
    await context.close()
  })

  it('passes axe with the label-in-name rule and leaves nothing to review on its buttons', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } })
    await p.goto(server.origin() + '/bar')
    await p.evaluate(() => (window as any).consent.showPreferences())
    await settled(p)
    await p.addScriptTag({ path: ROOT + 'node_modules/axe-core/axe.min.js' })
    const result = await p.evaluate(async () => {
      const run = await (window as any).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
        rules: { 'label-content-name-mismatch': { enabled: true } },
      })
      const name = (r: any) => r.id + ' ' + r.nodes.map((n: any) => n.target.join(' > ')).join(', ')
      return {
        violations: run.violations.map(name),
        review: run.incomplete
          .filter((r: any) => r.nodes.some((n: any) => /button/.test(n.html)))
          .map(name),
      }
    })
    expect(result).toEqual({ violations: [], review: [] })
    await context.close()
  })
})
