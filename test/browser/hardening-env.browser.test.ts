// Hardening: hostile environments in real Chromium. Cookies off or throwing, storage
// throwing, the SDK blocked, failing or slow, a strict CSP with Trusted Types: the page
// keeps working, nothing throws, and no gated request reaches a tracker before a choice.
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let n = 0

const CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, storage: ['_hj*'], services: { ga: { hosts: ['tracker.test'] } } },
  },
}
const configScript = (config: object = CONFIG) =>
  `<script>window.consentryConfig = ${JSON.stringify(config)}</script>`

/** A host of its own per test (a subdomain of tracker.test, which the config names), so counts never mix. */
const tracker = () => `t${++n}.tracker.test`

/**
 * A page with every kind of gated markup pointing at `host`, and, when `insert`, a script
 * that other code adds after load (held by the service's `hosts`).
 */
const gated = (host: string, insert = true) => {
  const url = server.origin(host)
  return (
    `<p id="content">content</p><button id="btn" onclick="this.textContent='clicked'">click</button>` +
    `<script type="text/plain" data-consent="analytics" data-service="ga" src="${url}/ga.js"></script>` +
    `<img data-consent="analytics" data-src="${url}/pixel.gif" alt="">` +
    `<iframe data-consent="analytics" data-src="${url}/frame.html"></iframe>` +
    (insert
      ? `<script>addEventListener('load', () => setTimeout(() => { const s = document.createElement('script'); s.src = '${url}/inserted.js'; document.body.append(s) }, 50))</script>`
      : '')
  )
}
const ALL_PATHS = ['/frame.html', '/ga.js', '/inserted.js', '/pixel.gif']
const paths = (host: string) =>
  server
    .hits(host)
    .map(r => r.path)
    .sort()

/** Every error and CSP violation, in every frame, from before the first script runs. */
function watch() {
  const w = window as any
  w.__errors = []
  w.__violations = []
  addEventListener('error', e => w.__errors.push(String(e.message)))
  addEventListener('unhandledrejection', e => w.__errors.push(String(e.reason)))
  document.addEventListener('securitypolicyviolation', e =>
    w.__violations.push(e.violatedDirective + ' ' + e.blockedURI),
  )
}

async function open() {
  const { context, page, errors } = await openPage(browser)
  await page.addInitScript(watch)
  // Fail in seconds, not at the test timeout, when a control never appears.
  context.setDefaultTimeout(10_000)
  return { context, page, errors }
}

/** The page is usable: nothing scroll-locked, hidden, inert or laid over the content, and its own handlers run. */
async function usable(page: Page) {
  const look = await page.evaluate(() => {
    const content = document.getElementById('content')!
    const box = content.getBoundingClientRect()
    return {
      overflow: [
        getComputedStyle(document.documentElement).overflow,
        getComputedStyle(document.body).overflow,
      ],
      hidden: [document.documentElement, document.body, content].some(
        el =>
          getComputedStyle(el).visibility === 'hidden' ||
          getComputedStyle(el).display === 'none' ||
          +getComputedStyle(el).opacity === 0,
      ),
      inert: document.querySelectorAll('[inert]').length,
      top:
        document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === content,
    }
  })
  expect(look).toEqual({ overflow: ['visible', 'visible'], hidden: false, inert: 0, top: true })
  await page.click('#btn')
  expect(await page.textContent('#btn')).toBe('clicked')
}

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('cookies unavailable', () => {
  it('with document.cookie a no-op: nothing runs before a choice, the choice works for the page view, nothing is stored', async () => {
    const host = tracker()
    server.route('/no-cookies', html(configScript() + dropIn(), gated(host)))
    const { context, page, errors } = await open()
    await page.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'cookie', {
        get: () => '',
        set: () => {},
        configurable: true,
      }),
    )
    await page.goto(server.origin() + '/no-cookies')
    await page.waitForTimeout(300)
    expect(paths(host)).toEqual([])
    expect(await page.evaluate(() => (window as any).consent.$view.get())).toBe('banner')
    await page.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => paths(host)).toEqual(ALL_PATHS)
    expect(
      await page.evaluate(() => [
        (window as any).consent.get('analytics'),
        (window as any).consent.$view.get(),
      ]),
    ).toEqual([true, null])
    expect(await context.cookies()).toEqual([])
    // Nothing was kept: the next page view asks again, and holds everything again.
    await page.reload()
    await page.waitForTimeout(300)
    expect(
      await page.evaluate(() => [
        (window as any).consent.get('analytics'),
        (window as any).consent.$view.get(),
      ]),
    ).toEqual([false, 'banner'])
    expect(paths(host)).toEqual(ALL_PATHS)
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([])
    await context.close()
  })

  it('in a sandboxed iframe without allow-same-origin (document.cookie and localStorage throw): the page works, nothing runs before a choice, the choice is kept in memory', async () => {
    const host = tracker()
    server.route('/sandboxed', html(configScript() + dropIn(), gated(host)))
    server.route(
      '/sandbox-host',
      html(
        '',
        `<p id="content">content</p><button id="btn" onclick="this.textContent='clicked'">click</button><iframe sandbox="allow-scripts" src="/sandboxed" width="600" height="400"></iframe>`,
      ),
    )
    const { context, page, errors } = await open()
    await page.goto(server.origin() + '/sandbox-host')
    const frame = page.frames()[1]
    await frame.waitForLoadState('load')
    // The premise: this frame really has an opaque origin.
    expect(
      await frame.evaluate(() => [
        (() => {
          try {
            return document.cookie
          } catch (e) {
            return (e as Error).name
          }
        })(),
        (() => {
          try {
            return typeof localStorage
          } catch (e) {
            return (e as Error).name
          }
        })(),
      ]),
    ).toEqual(['SecurityError', 'SecurityError'])
    await page.waitForTimeout(300)
    expect(paths(host)).toEqual([])
    expect(
      await frame.evaluate(() => [
        (window as any).consent.get('analytics'),
        (window as any).consent.$view.get(),
      ]),
    ).toEqual([false, 'banner'])
    await page.frameLocator('iframe').getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => paths(host)).toEqual(ALL_PATHS)
    expect(
      await frame.evaluate(() => [
        (window as any).consent.get('analytics'),
        (window as any).consent.$view.get(),
      ]),
    ).toEqual([true, null])
    // Withdrawal works too, and its clean-up (storage keys included) must not throw.
    await frame.evaluate(() => (window as any).consent.rejectAll())
    expect(await frame.evaluate(() => (window as any).consent.get('analytics'))).toBe(false)
    await page.waitForTimeout(100)
    await usable(page)
    expect(errors).toEqual([])
    expect(await frame.evaluate(() => (window as any).__errors)).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
})

describe('storage throwing', () => {
  it('with localStorage and sessionStorage throwing: nothing runs before a choice, choosing and withdrawing throw nothing', async () => {
    const host = tracker()
    server.route('/no-storage', html(configScript() + dropIn(), gated(host)))
    const { context, page, errors } = await open()
    await page.addInitScript(() => {
      for (const area of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, area, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
    })
    await page.goto(server.origin() + '/no-storage')
    await page.waitForTimeout(300)
    expect(paths(host)).toEqual([])
    await page.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => paths(host)).toEqual(ALL_PATHS)
    await page.evaluate(() => (window as any).consent.set({ analytics: false }))
    await page.waitForTimeout(100)
    await page.reload()
    expect(
      await page.evaluate(() => [
        (window as any).consent.get('analytics'),
        (window as any).consent.$view.get(),
      ]),
    ).toEqual([false, null])
    await usable(page)
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([])
    await context.close()
  })
})

describe('the SDK blocked or failing', () => {
  const dist = () => readFileSync(ROOT + 'dist/consentry.js', 'utf8')
  const variants: [string, (page: Page) => Promise<unknown>, number][] = [
    [
      'answered 404 (an ad blocker list)',
      page => page.route('**/dist/consentry.js', r => r.fulfill({ status: 404, body: 'blocked' })),
      0,
    ],
    [
      'aborted (an ad blocker extension)',
      page => page.route('**/dist/consentry.js', r => r.abort('blockedbyclient')),
      0,
    ],
    // A broken file throws its own SyntaxError; that one error is all the page may see.
    [
      'cut off halfway (a broken proxy)',
      page =>
        page.route('**/dist/consentry.js', r =>
          r.fulfill({
            status: 200,
            contentType: 'text/javascript',
            body: dist().slice(0, dist().length >> 1),
          }),
        ),
      1,
    ],
  ]
  for (const [how, block, expectedErrors] of variants)
    it(`leaves the page usable and runs no gated script when the SDK is ${how}`, async () => {
      const host = tracker()
      server.route('/blocked', html(configScript() + dropIn(), gated(host, false)))
      const { context, page, errors } = await open()
      await block(page)
      await page.goto(server.origin() + '/blocked')
      await page.waitForTimeout(500)
      expect(await page.evaluate(() => 'consent' in window)).toBe(false)
      expect(paths(host)).toEqual([])
      await usable(page)
      expect(errors).toHaveLength(expectedErrors)
      await context.close()
    })

  it('leaves the page usable and runs no gated script when the config is invalid', async () => {
    const host = tracker()
    server.route(
      '/bad-config',
      html(
        configScript({ categories: { analytics: { tracking: 'yes' } } }) + dropIn(),
        gated(host, false),
      ),
    )
    const { context, page, errors } = await open()
    const logs: string[] = []
    page.on('console', m => m.type() === 'error' && logs.push(m.text()))
    await page.goto(server.origin() + '/bad-config')
    await page.waitForTimeout(500)
    expect(logs.join('\n')).toContain('categories.analytics.tracking: expected true or false')
    expect(paths(host)).toEqual([])
    await usable(page)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the SDK loaded slowly', () => {
  const slow = (path: string) =>
    server.route(path, async (_req, res) => {
      await new Promise(r => setTimeout(r, 1500))
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      res.end(readFileSync(ROOT + 'dist/consentry.js'))
    })

  for (const [where, tag] of [
    ['in <head>, blocking the parser', '<script src="/slow/consentry.js"></script>'],
    ['async, after the markup is parsed', '<script async src="/slow-async/consentry.js"></script>'],
  ])
    it(`sends no gated request before a decision when the SDK takes 1.5 s (${where})`, async () => {
      const host = tracker()
      slow('/slow/consentry.js')
      slow('/slow-async/consentry.js')
      server.route('/slow-page', html(configScript() + tag, gated(host, false)))
      const { context, page, errors } = await open()
      await page.goto(server.origin() + '/slow-page', { waitUntil: 'commit' })
      await page.waitForTimeout(800)
      expect(paths(host)).toEqual([])
      await page.waitForFunction(() => (window as any).consent, null, { timeout: 5000 })
      await page.waitForTimeout(500)
      expect(paths(host)).toEqual([])
      await page.getByRole('button', { name: 'Accept all' }).click()
      await expect.poll(() => paths(host)).toEqual(['/frame.html', '/ga.js', '/pixel.gif'])
      expect(errors).toEqual([])
      await context.close()
    })
})

describe('strict CSP and Trusted Types', () => {
  const CSP =
    "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types consentry"
  const json = (config: object) =>
    `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>`
  const sameOrigin =
    `<p id="content">content</p><a href="#" data-consent-open>Cookie settings</a>` +
    `<script type="text/plain" data-consent="analytics" src="/csp/gated.js"></script>` +
    `<img data-consent="analytics" data-src="/csp/pixel.gif" alt="">` +
    `<iframe data-consent="analytics" data-src="/csp/frame.html"></iframe>`

  beforeAll(() => {
    server.route('/csp/gated.js', 'window.__gated = (window.__gated || 0) + 1')
    server.route('/csp/frame.html', html('', 'frame'))
  })

  /** Opens the banner and the dialog (every piece of UI drawn), then accepts. */
  async function walk(page: Page) {
    await page.getByRole('button', { name: 'Manage preferences' }).click()
    await page.getByRole('dialog').waitFor()
    await page.getByRole('button', { name: 'Close' }).click()
    expect(await page.evaluate(() => (window as any).__gated)).toBeUndefined()
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.waitForFunction(() => (window as any).__gated === 1, null, { timeout: 10_000 })
  }

  it(`draws the UI and runs a gated same-origin script after Accept with zero violations under "${CSP}"`, async () => {
    server.route('/csp', html(json(CONFIG) + dropIn(), sameOrigin), {
      'content-security-policy': CSP,
    })
    const { context, page, errors } = await open()
    const csp: string[] = []
    page.on(
      'console',
      m => /Content Security Policy|Trusted Type/i.test(m.text()) && csp.push(m.text()),
    )
    await page.goto(server.origin() + '/csp')
    await walk(page)
    await page.click('a[data-consent-open]')
    await page.getByRole('dialog').waitFor()
    await expect
      .poll(
        () =>
          server.requests.filter(r => r.path === '/csp/pixel.gif' || r.path === '/csp/frame.html')
            .length,
      )
      .toBe(2)
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([])
    expect(csp).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('runs a nonced inline gated script through the consentry Trusted Types policy with zero violations', async () => {
    const policy =
      "default-src 'self'; script-src 'self' 'nonce-n0nce'; require-trusted-types-for 'script'; trusted-types consentry"
    server.route(
      '/csp-inline',
      html(
        json(CONFIG) + dropIn(),
        sameOrigin +
          `<script type="text/plain" data-consent="analytics" nonce="n0nce">window.__inline = 1</script>`,
      ),
      { 'content-security-policy': policy },
    )
    const { context, page, errors } = await open()
    await page.goto(server.origin() + '/csp-inline')
    await walk(page)
    await page.waitForFunction(() => (window as any).__inline === 1, null, { timeout: 10_000 })
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
