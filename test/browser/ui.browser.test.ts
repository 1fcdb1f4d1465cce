// The UI as shipped in dist/consentry.js, in real Chromium: accessibility (axe), keyboard,
// strict CSP, layout shift, reopening, returning visitors, languages, small screens.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

const CONFIG = {
  revision: 1,
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, label: 'Necessary', description: 'Sign-in and security.' },
    analytics: {
      tracking: true,
      label: 'Analytics',
      description: 'Counts visits.',
      services: {
        ga: {
          label: 'Google Analytics',
          cookieInfo: [{ name: '_ga', purpose: 'Tells visitors apart', lifetime: '2 years' }],
        },
        hotjar: { label: 'Hotjar' },
      },
    },
    marketing: {
      tracking: true,
      label: 'Marketing',
      // One service in use, so Marketing is a live switch; the disabled one shows as not in use.
      services: { pixel: { label: 'Ad pixel' }, ads: { label: 'Ad network', disabled: true } },
    },
  },
}
const PAGE =
  '<main><h1>A shop</h1><p>Some content. <a href="#" data-consent-open>Cookie settings</a></p></main>'
const configScript = (config: object) =>
  `<script>window.consentryConfig = ${JSON.stringify(config)}</script>`
const page = (config: object = CONFIG, body = PAGE, extra = '') =>
  html(configScript(config) + dropIn() + extra, body)
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/bar', page())
  for (const layout of ['box', 'modal'])
    for (const theme of ['light', 'dark'])
      server.route(`/${layout}-${theme}`, page({ ...CONFIG, ui: { layout, theme } }))
  server.route('/bar-dark', page({ ...CONFIG, ui: { theme: 'dark' } }))
  // A hostile stylesheet: hides empty divs, pads everything, restyles every button, themes us.
  const hostile = '<link rel="stylesheet" href="/hostile.css">'
  server.route(
    '/hostile.css',
    'div:empty{display:none!important}body>*{padding:20px!important;margin:9px!important}button{background:red!important;font-size:40px!important}:root{--consentry-button-bg:rgb(1, 2, 3);--consentry-radius:0px}',
    { 'content-type': 'text/css' },
  )
  server.route('/hostile', page(CONFIG, PAGE, hostile))
  server.route('/reopen', page({ ...CONFIG, ui: { reopen: true } }))
  server.route('/notice', page({ ...CONFIG, model: 'notice' }))
  server.route(
    '/de',
    page(CONFIG, PAGE, '<script src="/dist/lang/de.js"></script>').replace(
      'lang="en"',
      'lang="de"',
    ),
  )
  server.route(
    '/ar',
    page(CONFIG, PAGE, '<script src="/dist/lang/ar.js"></script>').replace(
      'lang="en"',
      'lang="ar" dir="rtl"',
    ),
  )
  const links = Array.from({ length: 60 }, (_, i) => `<p><a href="#l${i}">Link ${i}</a></p>`).join(
    '',
  )
  server.route('/long', page(CONFIG, `<main><h1>Long</h1>${links}</main>`))
  server.route(
    '/early',
    page(
      CONFIG,
      PAGE +
        `<script>window.__atBodyEnd = !!document.getElementById('consentry-root')?.shadowRoot?.querySelector('.l')</script>`,
    ),
  )
  const json = `<script type="application/json" id="consentry-config">${JSON.stringify(CONFIG)}</script>`
  // The ESM build as a bundler user gets it, resolved by an import map instead of a bundler.
  const importMap = {
    imports: {
      nanostores: '/node_modules/nanostores/index.js',
      'js-cookie': '/node_modules/js-cookie/dist/js.cookie.mjs',
      preact: '/node_modules/preact/dist/preact.mjs',
      'preact/hooks': '/node_modules/preact/hooks/dist/hooks.mjs',
      'preact/jsx-runtime': '/node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs',
    },
  }
  server.route(
    '/esm',
    html(
      `<script type="importmap">${JSON.stringify(importMap)}</script>` +
        // What a bundler does for nanostores' development checks.
        `<script>window.process = { env: { NODE_ENV: 'production' } }</script>` +
        `<script type="module">import { createConsent } from '/dist/index.js'; import { mountUI, registerTexts, fr } from '/dist/ui.js';` +
        `registerTexts('fr', fr); window.consent = createConsent(${JSON.stringify({ ...CONFIG, lang: 'fr' })}); mountUI(window.consent)</script>`,
      PAGE,
    ),
  )
  server.route('/csp', html(json + dropIn(), PAGE), {
    'content-security-policy': "default-src 'self'",
  })
  server.route('/csp-nonce', html(json + dropIn('nonce="n0nc3n0nc3"'), PAGE), {
    'content-security-policy': "default-src 'self'; style-src 'nonce-n0nc3n0nc3'",
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** What has focus, looking into open shadow roots: its accessible-ish name. */
const focused = (p: Page) =>
  p.evaluate(() => {
    let el = document.activeElement
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement
    if (!el) return ''
    const input = el as HTMLInputElement
    // Text a screen reader reads: without what is aria-hidden (the close button's ×).
    const text = [...el.childNodes]
      .filter(node => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
      .map(node => node.textContent)
      .join('')
    return (
      el.getAttribute('aria-label') ||
      (input.labels && input.labels[0] && input.labels[0].textContent) ||
      (el.getAttribute('role') === 'dialog' ? 'dialog' : text.trim())
    )
  })

const inShadow = (p: Page, selector: string) =>
  p.evaluate(s => {
    const root = document.getElementById('consentry-root')?.shadowRoot
    return root ? root.querySelectorAll(s).length : -1
  }, selector)

async function axe(p: Page) {
  // Let the entry animation end: axe reads colours mid-fade otherwise.
  await p.waitForTimeout(350)
  await p.addScriptTag({ path: ROOT + 'node_modules/axe-core/axe.min.js' })
  return p.evaluate(async tags => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    })
    return result.violations.map(
      (v: any) => v.id + ': ' + v.nodes.map((n: any) => n.target.join(' > ')).join(', '),
    )
  }, TAGS)
}

describe('accessibility (axe, WCAG 2.0/2.1/2.2 A and AA)', () => {
  for (const path of [
    '/bar',
    '/bar-dark',
    '/box-light',
    '/box-dark',
    '/modal-light',
    '/modal-dark',
    '/notice',
    '/ar',
  ]) {
    it(`finds no violations in the banner: ${path}`, async () => {
      const { page: p, context, errors } = await openPage(browser)
      await p.goto(server.origin() + path)
      expect(await inShadow(p, '.l')).toBe(1)
      expect(await axe(p)).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })
  }

  for (const path of ['/bar', '/bar-dark']) {
    it(`finds no violations in the open preferences dialog, services expanded: ${path}`, async () => {
      const { page: p, context } = await openPage(browser)
      await p.goto(server.origin() + path)
      await p.getByRole('button', { name: 'Manage preferences' }).click()
      await p.evaluate(() =>
        document
          .getElementById('consentry-root')!
          .shadowRoot!.querySelectorAll('details')
          .forEach(d => (d.open = true)),
      )
      expect(await inShadow(p, '[role=dialog]')).toBe(1)
      expect(await axe(p)).toEqual([])
      await context.close()
    })
  }

  it('finds no violations in the dialog under GPC, with categories locked', async () => {
    const { page: p, context } = await openPage(browser)
    await p.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    )
    server.route('/gpc', page({ ...CONFIG, signals: { gpc: 'enforce' } }))
    await p.goto(server.origin() + '/gpc')
    await p.evaluate(() => (window as any).consent.showPreferences())
    expect(await p.getByRole('switch', { name: 'Analytics' }).isDisabled()).toBe(true)
    // Analytics and Marketing, both tracking.
    expect(
      await p
        .getByText('Off because your browser sends the Global Privacy Control signal.')
        .count(),
    ).toBe(2)
    expect(await axe(p)).toEqual([])
    await context.close()
  })
})

describe('keyboard only', () => {
  it('reaches every control, toggles with Space, activates with Enter, closes with Escape, and returns focus', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    const tab = async (shift = false) => {
      await p.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
      return focused(p)
    }
    // The banner comes first in the tab order, right after <body> opens.
    expect([await tab(), await tab(), await tab(), await tab()]).toEqual([
      'Privacy policy',
      'Accept all',
      'Reject all',
      'Manage preferences',
    ])
    await p.keyboard.press('Enter')
    expect(await focused(p)).toBe('dialog')
    expect([await tab(), await tab()]).toEqual(['Close', 'Privacy policy'])
    // Necessary is disabled, so not in the tab order.
    expect(await tab()).toBe('Analytics')
    await p.keyboard.press('Space')
    expect(await p.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true)
    expect(await tab()).toBe('Services and cookies')
    await p.keyboard.press('Enter')
    expect(await tab()).toBe('Google Analytics')
    expect(await p.getByRole('switch', { name: 'Google Analytics' }).isChecked()).toBe(true)
    await p.keyboard.press('Space')
    expect([await tab(), await tab(), await tab()]).toEqual([
      'Hotjar',
      'Marketing',
      'Services and cookies',
    ])
    expect([await tab(), await tab(), await tab()]).toEqual([
      'Save preferences',
      'Accept all',
      'Reject all',
    ])
    // Trapped: round to the top and back.
    expect(await tab()).toBe('Close')
    expect(await tab(true)).toBe('Reject all')
    // Escape closes without deciding and goes back to the banner, on the button that opened the dialog.
    await p.keyboard.press('Escape')
    expect(await inShadow(p, '[role=dialog]')).toBe(0)
    expect(await focused(p)).toBe('Manage preferences')
    expect(await p.evaluate(() => (window as any).consent.record)).toBeNull()
    // Decide from the dialog with Enter on Save.
    await p.keyboard.press('Enter')
    expect([await tab(), await tab(), await tab()]).toEqual([
      'Close',
      'Privacy policy',
      'Analytics',
    ])
    await p.keyboard.press('Space')
    // The services are folded away again in a fresh dialog.
    expect([await tab(), await tab(), await tab(), await tab()]).toEqual([
      'Services and cookies',
      'Marketing',
      'Services and cookies',
      'Save preferences',
    ])
    await p.keyboard.press('Enter')
    expect(await p.evaluate(() => (window as any).consent.get())).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
    })
    expect(await inShadow(p, '.l')).toBe(0)
    expect(
      await p.evaluate(
        () =>
          document.getElementById('consentry-root')!.shadowRoot!.querySelector('[role=status]')!
            .textContent,
      ),
    ).toBe('Preferences saved')
    // Reopen from the page's own link; Escape returns focus to it.
    await p.getByRole('link', { name: 'Cookie settings' }).focus()
    await p.keyboard.press('Enter')
    expect(await focused(p)).toBe('dialog')
    expect(await p.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true)
    await p.keyboard.press('Escape')
    expect(await inShadow(p, '.l')).toBe(0)
    expect(await focused(p)).toBe('Cookie settings')
    await context.close()
  })

  it('keeps the focused element clear of the bar (scroll-padding, WCAG 2.4.11)', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 800, height: 500 } })
    await p.goto(server.origin() + '/long')
    await p.waitForTimeout(300)
    const padding = await p.evaluate(() =>
      parseFloat(document.documentElement.style.scrollPaddingBottom),
    )
    const top = await p.evaluate(
      () =>
        document
          .getElementById('consentry-root')!
          .shadowRoot!.querySelector('.l')!
          .getBoundingClientRect().top,
    )
    expect(padding).toBeGreaterThan(50)
    expect(padding).toBeCloseTo(500 - top, 0)
    for (let i = 0; i < 4 + 25; i++) await p.keyboard.press('Tab')
    expect(await focused(p)).toBe('Link 24')
    const bottom = await p.evaluate(() => document.activeElement!.getBoundingClientRect().bottom)
    expect(bottom).toBeLessThanOrEqual(top)
    // Gone with the banner.
    await p.evaluate(() => (window as any).consent.acceptAll())
    expect(await p.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('')
    await context.close()
  })
})

describe('rendering', () => {
  it('shows the banner under a strict CSP with zero violations, and the dialog too', async () => {
    const { page: p, context, errors } = await openPage(browser)
    const consoleErrors: string[] = []
    p.on('console', m => m.type() === 'error' && consoleErrors.push(m.text()))
    await p.addInitScript(() => {
      ;(window as any).__violations = []
      document.addEventListener('securitypolicyviolation', e =>
        (window as any).__violations.push(e.violatedDirective + ' ' + e.blockedURI),
      )
    })
    await p.goto(server.origin() + '/csp')
    expect(await p.getByRole('region', { name: 'Your privacy choices' }).isVisible()).toBe(true)
    // Styled: a fixed layer, so the adopted sheet applied.
    expect(
      await p.evaluate(
        () =>
          getComputedStyle(
            document.getElementById('consentry-root')!.shadowRoot!.querySelector('.l')!,
          ).position,
      ),
    ).toBe('fixed')
    await p.getByRole('button', { name: 'Manage preferences' }).click()
    await p.getByRole('button', { name: 'Accept all' }).click()
    await p.waitForTimeout(100)
    expect(await p.evaluate(() => (window as any).__violations)).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('falls back to a <style> carrying the script tag nonce where adoptedStyleSheets is missing', async () => {
    const { page: p, context } = await openPage(browser)
    await p.addInitScript(() => {
      Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
        configurable: true,
        get: () => undefined,
      })
      ;(window as any).__violations = []
      document.addEventListener('securitypolicyviolation', e =>
        (window as any).__violations.push(e.violatedDirective),
      )
    })
    await p.goto(server.origin() + '/csp-nonce')
    const state = await p.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      return {
        styles: root.querySelectorAll('style').length,
        position: getComputedStyle(root.querySelector('.l')!).position,
      }
    })
    expect(state).toEqual({ styles: 1, position: 'fixed' })
    expect(await p.evaluate(() => (window as any).__violations)).toEqual([])
    await context.close()
  })

  it('draws the banner while <body> is still being parsed', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/early')
    expect(await p.evaluate(() => (window as any).__atBodyEnd)).toBe(true)
    await context.close()
  })

  it("keeps the site's CSS out, except the --consentry-* properties", async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/hostile')
    expect(await p.getByRole('region', { name: 'Your privacy choices' }).isVisible()).toBe(true)
    const style = await p.evaluate(() => {
      const button = document
        .getElementById('consentry-root')!
        .shadowRoot!.querySelector('.bs button')!
      const s = getComputedStyle(button)
      return [s.backgroundColor, s.fontSize, s.borderRadius]
    })
    expect(style).toEqual(['rgb(1, 2, 3)', '16px', '0px'])
    await context.close()
  })

  for (const path of ['/bar', '/box-light', '/modal-light', '/hostile']) {
    it(`shifts no layout (CLS 0): ${path}`, async () => {
      const { page: p, context } = await openPage(browser)
      await p.addInitScript(() => {
        ;(window as any).__shifts = []
        new PerformanceObserver(list =>
          (window as any).__shifts.push(...list.getEntries().map(e => (e as any).value)),
        ).observe({
          type: 'layout-shift',
          buffered: true,
        })
      })
      await p.goto(server.origin() + path)
      await p.waitForTimeout(500)
      await p.evaluate(() => (window as any).consent.rejectAll())
      await p.waitForTimeout(300)
      expect(await p.evaluate(() => (window as any).__shifts)).toEqual([])
      await context.close()
    })
  }

  it('fits a 320 px wide screen without sideways scrolling, banner and dialog', async () => {
    const { page: p, context } = await openPage(browser, { viewport: { width: 320, height: 560 } })
    await p.goto(server.origin() + '/bar')
    const fits = () =>
      p.evaluate(() => {
        const layer = document
          .getElementById('consentry-root')!
          .shadowRoot!.querySelector('.l') as HTMLElement
        const buttons = [...layer.querySelectorAll('button')].map(b => b.getBoundingClientRect())
        return (
          layer.scrollWidth <= layer.clientWidth &&
          buttons.every(r => r.left >= 0 && r.right <= 320 && r.width > 0)
        )
      })
    expect(await fits()).toBe(true)
    await p.getByRole('button', { name: 'Manage preferences' }).click()
    expect(await fits()).toBe(true)
    await context.close()
  })
})

describe('reopening and returning visitors', () => {
  it('opens the dialog from a [data-consent-open] link inserted after load', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    await p.getByRole('button', { name: 'Reject all' }).click()
    await p.evaluate(() => {
      const a = document.createElement('a')
      a.href = '#later'
      a.textContent = 'Privacy settings'
      a.setAttribute('data-consent-open', '')
      document.querySelector('main')!.append(a)
    })
    await p.getByRole('link', { name: 'Privacy settings' }).click()
    expect(await p.getByRole('dialog', { name: 'Cookie preferences' }).isVisible()).toBe(true)
    // The link's default action was prevented.
    expect(await p.evaluate(() => location.hash)).toBe('')
    await context.close()
  })

  it('never shows a returning visitor the banner, not even for a frame', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/reopen')
    await p.getByRole('button', { name: 'Accept all' }).click()
    await p.addInitScript(() => {
      ;(window as any).__layers = 0
      const attach = Element.prototype.attachShadow
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init)
        new MutationObserver(records =>
          records.forEach(r =>
            r.addedNodes.forEach(n => (n as Element).matches?.('.l') && (window as any).__layers++),
          ),
        ).observe(root, { childList: true, subtree: true })
        return root
      }
    })
    await p.reload()
    await p.waitForTimeout(300)
    expect(await p.evaluate(() => (window as any).__layers)).toBe(0)
    // Only the reopen button, labelled and at least 24x24.
    const box = await p.getByRole('button', { name: 'Cookie settings' }).boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(24)
    expect(box!.height).toBeGreaterThanOrEqual(24)
    await p.getByRole('button', { name: 'Cookie settings' }).click()
    expect(await p.evaluate(() => (window as any).__layers)).toBe(1)
    await context.close()
  })

  it('renders no UI at all for a returning visitor without the reopen button', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/bar')
    await p.getByRole('button', { name: 'Accept all' }).click()
    await p.reload()
    await p.waitForTimeout(200)
    expect(await p.evaluate(() => !!document.getElementById('consentry-root'))).toBe(false)
    await context.close()
  })
})

describe('ESM build', () => {
  it('mounts from dist/ui.js with an explicitly imported language', async () => {
    const { page: p, context, errors } = await openPage(browser)
    await p.goto(server.origin() + '/esm')
    await p.getByRole('button', { name: 'Tout refuser' }).click()
    expect(await p.evaluate(() => (window as any).consent.record.method)).toBe('reject-all')
    await p.getByRole('link', { name: 'Cookie settings' }).click()
    expect(await p.getByRole('dialog', { name: 'Préférences de cookies' }).isVisible()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('languages', () => {
  it('speaks German with dist/lang/de.js and <html lang="de">', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/de')
    expect(await p.getByRole('button', { name: 'Alle ablehnen' }).isVisible()).toBe(true)
    expect(
      await p.getByRole('region', { name: 'Ihre Datenschutz-Einstellungen' }).isVisible(),
    ).toBe(true)
    await context.close()
  })

  it('lays Arabic out right to left', async () => {
    const { page: p, context } = await openPage(browser)
    await p.goto(server.origin() + '/ar')
    expect(await p.getByRole('button', { name: 'رفض الكل' }).isVisible()).toBe(true)
    const order = await p.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      const [a, b] = [...root.querySelectorAll('.bs button')].map(
        x => x.getBoundingClientRect().left,
      )
      return { dir: root.querySelector('.t')!.getAttribute('dir'), firstIsRight: a > b }
    })
    expect(order).toEqual({ dir: 'rtl', firstIsRight: true })
    await context.close()
  })
})
