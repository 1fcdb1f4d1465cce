// Hardening: text and links from the config. Markup in any text is shown as text, never
// parsed; a policy link that a browser would resolve to anything but http(s) is refused.
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser

const EVIL =
  '<img src=/x onerror="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=1</script>'
const evil = (label: string) => label + ' ' + EVIL
/** JSON for an inline script: `</script>` in a value must not end the tag. */
const inline = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c')

const CONFIG = {
  policyUrl: '/privacy',
  texts: {
    title: evil('title'),
    body: evil('body'),
    policy: evil('policy'),
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    manage: 'Manage preferences',
    prefsTitle: evil('prefsTitle'),
    prefsBody: evil('prefsBody'),
    required: evil('required'),
    services: evil('services'),
    cookies: evil('cookies'),
    held: evil('held {service} {category}'),
  },
  ui: { reopen: true },
  categories: {
    necessary: {
      required: true,
      label: evil('necessary'),
      description: evil('necessary description'),
    },
    social: {
      label: evil('social'),
      description: evil('social description'),
      cookieInfo: [{ name: evil('cookie'), purpose: evil('purpose'), lifetime: evil('lifetime') }],
      services: {
        video: {
          label: evil('video'),
          description: evil('video description'),
          hosts: ['video.test'],
        },
      },
    },
  },
}

/** Every element in our shadow root and every placeholder; none may be an img or a script. */
const inspect = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('#consentry-root')!.shadowRoot!
    const held = [...document.querySelectorAll('.consentry-held')]
    const all = [...root.querySelectorAll('*'), ...held.flatMap(h => [...h.querySelectorAll('*')])]
    return {
      tags: [...new Set(all.map(el => el.localName))].filter(t =>
        ['img', 'script', 'iframe', 'object', 'embed', 'svg'].includes(t),
      ),
      handlers: all.filter(el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
      text: root.textContent + held.map(h => h.textContent).join(''),
      pwned: (window as any).__pwned,
    }
  })

/** A fresh context that fails in seconds, not at the test timeout, when a control never appears. */
async function open() {
  const opened = await openPage(browser)
  opened.context.setDefaultTimeout(10_000)
  return opened
}

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('markup in texts', () => {
  it('shows markup in config texts, labels, descriptions and cookie lists as text, in the banner, the dialog and placeholders', async () => {
    server.route(
      '/texts',
      html(
        `<script>window.consentryConfig = ${inline(CONFIG)}</script>` + dropIn(),
        `<iframe data-consent="social" data-service="video" data-src="${server.origin('video.test')}/embed" width="300" height="150"></iframe>`,
      ),
    )
    const { context, page, errors } = await open()
    await page.goto(server.origin() + '/texts')
    const banner = await inspect(page)
    expect(banner).toMatchObject({ tags: [], handlers: 0, pwned: undefined })
    for (const text of ['title', 'body', 'policy'].map(evil).concat('held ' + evil('video')))
      expect(banner.text).toContain(text)
    await page.getByRole('button', { name: 'Manage preferences' }).click()
    await page
      .locator('#consentry-root details')
      .evaluateAll(ds => ds.forEach(d => ((d as HTMLDetailsElement).open = true)))
    const dialog = await inspect(page)
    expect(dialog).toMatchObject({ tags: [], handlers: 0, pwned: undefined })
    for (const key of [
      'prefsTitle',
      'prefsBody',
      'required',
      'services',
      'necessary description',
      'social description',
      'cookie',
      'purpose',
      'video description',
    ])
      expect(dialog.text).toContain(evil(key))
    // The one request the markup would have made.
    expect(server.requests.filter(r => r.path === '/x')).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows markup in a language file (dist/lang/de.js with two strings replaced) as text', async () => {
    // The shipped file, with the German title and dialog title swapped for markup.
    server.route('/evil-lang/de.js', (_req, res) => {
      const file = readFileSync(ROOT + 'dist/lang/de.js', 'utf8')
      const swapped = file
        .replace('"Ihre Datenschutz-Einstellungen"', JSON.stringify(evil('titel')))
        .replace('"Cookie-Einstellungen"', JSON.stringify(evil('dialog')))
      res.writeHead(swapped.includes('titel <img') && swapped.includes('dialog <img') ? 200 : 500, {
        'content-type': 'text/javascript; charset=utf-8',
      })
      res.end(swapped)
    })
    server.route(
      '/lang',
      html(
        `<script>window.consentryConfig = ${inline({ lang: 'de', categories: { necessary: { required: true }, stats: {} } })}</script>` +
          dropIn() +
          '<script src="/evil-lang/de.js"></script>',
      ),
    )
    const { context, page, errors } = await open()
    const lang = page.waitForResponse(r => r.url().endsWith('/evil-lang/de.js'))
    await page.goto(server.origin() + '/lang')
    expect((await lang).status()).toBe(200)
    await page.getByRole('button', { name: 'Alle akzeptieren' }).waitFor()
    const banner = await inspect(page)
    expect(banner).toMatchObject({ tags: [], handlers: 0, pwned: undefined })
    expect(banner.text).toContain(evil('titel'))
    await page.getByRole('button', { name: 'Einstellungen verwalten' }).click()
    const dialog = await inspect(page)
    expect(dialog).toMatchObject({ tags: [], handlers: 0, pwned: undefined })
    expect(dialog.text).toContain(evil('dialog'))
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('policy links', () => {
  // What each of these resolves to in a browser's URL parser decides the outcome:
  // tabs and newlines inside the scheme are removed, leading C0 controls and spaces stripped.
  const hostile: [string, string][] = [
    ['javascript:', 'javascript:window.__pwned=1'],
    ['JavaScript: in mixed case after spaces', '  JavaScript:window.__pwned=1'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['java<TAB>script:', 'java\tscript:window.__pwned=1'],
    ['java<LF>script:', 'java\nscript:window.__pwned=1'],
    ['a leading \\x01 before javascript:', '\x01javascript:window.__pwned=1'],
  ]
  for (const [what, url] of hostile)
    it(`refuses a policyUrl of ${what} with a config error on the console; the page keeps working`, async () => {
      server.route(
        '/policy',
        html(
          `<script>window.consentryConfig = ${inline({ policyUrl: url, categories: { necessary: { required: true }, stats: {} } })}</script>` +
            dropIn(),
          '<p id="content">content</p>',
        ),
      )
      const { context, page, errors } = await open()
      const logs: string[] = []
      page.on('console', m => m.type() === 'error' && logs.push(m.text()))
      await page.goto(server.origin() + '/policy')
      const links = await page.evaluate(() => {
        const root = document.querySelector('#consentry-root')?.shadowRoot
        return root ? [...root.querySelectorAll('a')].map(a => a.protocol) : []
      })
      // Never a link to anything but http(s), whatever else happens.
      expect(links.filter(p => p !== 'http:' && p !== 'https:')).toEqual([])
      expect(logs.join('\n')).toContain('policyUrl: expected an http(s) or relative URL')
      expect(await page.evaluate(() => 'consent' in window)).toBe(false)
      expect(await page.textContent('#content')).toBe('content')
      expect(errors).toEqual([])
      await context.close()
    })

  it('links a relative and an https policyUrl as given', async () => {
    for (const url of ['/privacy', 'https://www.site.test/privacy']) {
      server.route(
        '/policy-ok',
        html(
          `<script>window.consentryConfig = ${inline({ policyUrl: url, categories: { necessary: { required: true }, stats: {} } })}</script>` +
            dropIn(),
        ),
      )
      const { context, page, errors } = await open()
      await page.goto(server.origin() + '/policy-ok')
      expect(await page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
        url,
      )
      expect(errors).toEqual([])
      await context.close()
    }
  })
})
