// The gate against what real pages and vendor code do, in real Chromium through the
// shipped drop-in: refused URLs, prototype names, host spellings, elements that get their
// URL late or live in a shadow root, loaders that wait for `onload`, scripts whose type is
// flipped or that are cloned, pixels, a stalled script. Every test counts the requests that
// reach the stand-in tracker (tracker.test, px.tracker.test) and the frame host
// (cdn.social.test): none before consent, and the element works after it.
import type { Page } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pageCount = 0

const SETUP = `{
  categories: {
    necessary: { required: true },
    analytics: {
      label: 'Analytics',
      services: { ga: { label: 'Tracker', hosts: ['tracker.test'] } },
    },
    social: {
      label: 'Social media',
      services: { video: { label: 'VideoTube', hosts: ['cdn.social.test'] } },
    },
  },
}`

/** A page on its own path: the drop-in in <head>, then `body`. */
function pageWith(body: string) {
  const path = `/trust${++pageCount}`
  server.route(path, html(`<script>window.consentryConfig = ${SETUP}</script>` + dropIn(), body))
  return server.origin() + path
}

const tracker = () => server.origin('tracker.test')
const pixelHost = () => server.origin('px.tracker.test')
const social = () => server.origin('cdn.social.test')

/** Requests that reached the tracker and frame hosts, as `host path`, sorted. */
const thirdParty = () =>
  server.requests
    .filter(r => /(^|\.)tracker\.test\.?$|social\.test$/.test(r.host))
    .map(r => `${r.host} ${r.path}`)
    .sort()

/** Opens `url` in a fresh context; console errors and page errors are collected. */
async function visit(url: string) {
  const { context, page, errors } = await openPage(browser)
  const consoleErrors: string[] = []
  page.on('console', message => {
    // The gate's own messages; a missing favicon is logged as an error too.
    if (message.type() === 'error' && message.text().startsWith('consentry:'))
      consoleErrors.push(message.text())
  })
  server.requests.length = 0
  await page.goto(url)
  await page.waitForLoadState('load')
  return { context, page, errors, consoleErrors }
}

/** What ran, in order: each stand-in script pushes its name. */
const ran = (page: Page): Promise<string[]> => page.evaluate('window.__ran || []')
const run = (page: Page, code: string) => page.evaluate(code)
/** Lets what the page started settle before counting what did not happen. */
const quiet = (page: Page, ms = 500) => page.waitForTimeout(ms)

const push = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  for (const name of ['a', 'b', 'c', 'shadow', 'late', 'loader', 'flip', 'clone', 'dom', 'ctx'])
    server.route(`/t/${name}.js`, push(name))
  server.route('/t/never.js', () => {
    // Never answers: the request stays open until the server closes.
  })
  for (const name of ['frame', 'late', 'shadow']) server.route(`/f/${name}.html`, html('', name))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('refused URLs', () => {
  it('never activates a javascript: or data: data-src, on load, on Load once or from innerHTML, and names the element', async () => {
    const attack = 'parent.__ran=[1]'
    const { context, page, errors, consoleErrors } = await visit(
      pageWith(`
        <iframe id="on-load" data-consent="necessary" data-src="javascript:${attack}"></iframe>
        <iframe id="held" data-consent="social" data-src="java&#9;script:${attack}"></iframe>
        <img id="img" data-consent="necessary" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
        <div id="slot"></div>`),
    )
    await run(
      page,
      `document.getElementById('slot').innerHTML = '<iframe data-consent="necessary" data-src="JAVASCRIPT:${attack}"></iframe>'`,
    )
    await page.getByRole('button', { name: 'Load once' }).click()
    await quiet(page)
    expect(await ran(page)).toEqual([])
    expect(await page.locator('iframe[src], img[src]').count()).toBe(0)
    expect(consoleErrors).toEqual([
      expect.stringContaining('id="on-load"'),
      expect.stringContaining('id="img"'),
      expect.stringContaining('JAVASCRIPT:'),
      expect.stringContaining('id="held"'),
    ])
    expect(errors).toEqual([])
    await context.close()
  })

  it('never runs a gated script whose src is not http(s) or relative', async () => {
    const { context, page, consoleErrors } = await visit(
      pageWith(
        `<script type="text/plain" data-consent="necessary" src="data:text/javascript,${encodeURIComponent(push('data'))}"></script>`,
      ),
    )
    await quiet(page)
    expect(await ran(page)).toEqual([])
    expect(consoleErrors).toEqual([expect.stringContaining('consentry: refused to load src')])
    await context.close()
  })
})

describe('names and hosts', () => {
  it('never runs what names an inherited property, even after Accept all', async () => {
    const names = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']
    const { context, page } = await visit(
      pageWith(
        names
          .map(n => `<script type="text/plain" data-consent="${n}">${push(n)}</script>`)
          .join('') +
          `<script type="text/plain" data-consent="analytics" data-service="constructor">${push('service')}</script>` +
          `<script type="text/plain" data-consent="analytics">${push('analytics')}</script>`,
      ),
    )
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => ran(page)).toEqual(['analytics'])
    await quiet(page)
    expect(await ran(page)).toEqual(['analytics'])
    await context.close()
  })

  it('holds URLs on a denied host however the host is spelled (case, trailing dot)', async () => {
    // `tracker.test.` does not resolve here (the test resolver maps `*.test` only), so
    // what shows the decision for it is the mark, and that it is let go once granted.
    const { context, page } = await visit(pageWith(''))
    const port = server.port
    await run(
      page,
      `for (const url of ['http://TRACKER.Test:${port}/t/a.js', 'http://tracker.test.:${port}/t/b.js']) {
        const s = document.createElement('script'); s.src = url; document.head.append(s)
      }
      window.pixel = new Image(); pixel.src = 'http://px.tracker.test.:${port}/p/dot.gif'`,
    )
    const state = () =>
      run(
        page,
        `[...document.querySelectorAll('script[src*="/t/"]')].map(s => s.type + ' ' + s.src.split('/').pop()).concat(pixel.getAttribute('src'))`,
      )
    expect(await state()).toEqual(['text/plain a.js', 'text/plain b.js', null])
    await quiet(page)
    expect(thirdParty()).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => ran(page)).toEqual(['a'])
    expect(await state()).toEqual([' a.js', ' b.js', `http://px.tracker.test.:${port}/p/dot.gif`])
    expect(thirdParty()).toEqual(['tracker.test /t/a.js'])
    await context.close()
  })
})

describe('once granted, elements that get their URL late or live in a shadow root work', () => {
  it('holds a script and a frame that code appends inside a shadow root, and runs and loads them on Accept', async () => {
    const { context, page } = await visit(pageWith('<div id="host"></div>'))
    await run(
      page,
      `const root = document.getElementById('host').attachShadow({ mode: 'closed' })
      const s = document.createElement('script'); s.src = '${tracker()}/t/shadow.js'; root.append(s)
      const f = document.createElement('iframe'); f.src = '${social()}/f/shadow.html'; root.append(f)`,
    )
    await quiet(page)
    expect(thirdParty()).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => ran(page)).toEqual(['shadow'])
    await expect
      .poll(() => thirdParty())
      .toEqual(['cdn.social.test /f/shadow.html', 'tracker.test /t/shadow.js'])
    await context.close()
  })

  it('holds a frame inserted without src and given one later, behind a placeholder, and loads it on Accept', async () => {
    const { context, page } = await visit(pageWith(''))
    await run(
      page,
      `window.late = document.createElement('iframe'); late.title = 'late'; document.body.append(late)`,
    )
    // Later: the observer has long seen the frame, without a URL.
    await quiet(page, 100)
    await run(page, `late.src = '${social()}/f/late.html'`)
    await quiet(page)
    expect(thirdParty()).toEqual([])
    expect(await page.locator('.consentry-held').count()).toBe(1)
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => thirdParty()).toEqual(['cdn.social.test /f/late.html'])
    expect(await page.locator('.consentry-held').count()).toBe(0)
    expect(await page.locator('iframe[title="late"]').getAttribute('src')).toBe(
      `${social()}/f/late.html`,
    )
    await context.close()
  })

  it('holds a script inserted without src and given one later, and runs it once on Accept', async () => {
    const { context, page } = await visit(pageWith(''))
    await run(page, `window.late = document.createElement('script'); document.head.append(late)`)
    await quiet(page, 100)
    await run(page, `late.src = '${tracker()}/t/late.js'`)
    await quiet(page)
    expect(thirdParty()).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => ran(page)).toEqual(['late'])
    await quiet(page)
    expect(thirdParty()).toEqual(['tracker.test /t/late.js'])
    await context.close()
  })

  it('fires the onload/onerror handlers and load/error listeners of an auto-blocked script when its copy loads or fails', async () => {
    const { context, page } = await visit(pageWith(''))
    await run(
      page,
      `window.heard = []
      window.loadScript = url => new Promise((resolve, reject) => {
        const s = document.createElement('script'); s.src = url
        s.onload = () => { heard.push('onload ' + url.split('/').pop()); resolve() }
        s.onerror = () => { heard.push('onerror ' + url.split('/').pop()); reject(new Error('failed')) }
        s.addEventListener('load', () => heard.push('load listener'))
        s.addEventListener('error', () => heard.push('error listener'))
        document.head.append(s)
      })
      loadScript('${tracker()}/t/loader.js').then(() => heard.push('init'))
      loadScript('${tracker()}/t/missing.js').catch(() => heard.push('fallback'))
      undefined`,
    )
    await quiet(page)
    expect(await run(page, 'heard')).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect
      .poll(() => run(page, 'heard'))
      .toEqual([
        'onload loader.js',
        'load listener',
        'init',
        'onerror missing.js',
        'error listener',
        'fallback',
      ])
    expect(await ran(page)).toEqual(['loader'])
    await context.close()
  })

  it('runs a gated script whose type page code flips and that it re-inserts or clones at most once, and only when granted', async () => {
    const { context, page } = await visit(
      pageWith(
        `<script id="flip" type="text/plain" data-consent="analytics" src="${tracker()}/t/flip.js"></script>` +
          `<script id="clone" type="text/plain" data-consent="analytics">${push('clone')}</script>`,
      ),
    )
    await run(
      page,
      `const flip = document.getElementById('flip')
      flip.type = 'text/javascript'; flip.remove(); document.body.append(flip)
      flip.setAttribute('type', 'module'); flip.removeAttribute('type'); document.head.append(flip)
      const clone = document.getElementById('clone')
      const copy = clone.cloneNode(true); copy.type = ''; document.body.append(copy)`,
    )
    await quiet(page)
    expect(await ran(page)).toEqual([])
    expect(thirdParty()).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => ran(page).then(r => r.sort())).toEqual(['clone', 'flip'])
    await run(
      page,
      `document.body.append(document.getElementById('clone').cloneNode(true))
      consent.rejectAll(); consent.acceptAll()`,
    )
    await quiet(page)
    expect((await ran(page)).sort()).toEqual(['clone', 'flip'])
    expect(thirdParty()).toEqual(['tracker.test /t/flip.js'])
    await context.close()
  })
})

describe('held pixels and a stalled script', () => {
  it('sends at most 20 pixels made before a decision once granted, and none made after a refusal', async () => {
    const { context, page } = await visit(pageWith(''))
    await run(
      page,
      `for (let i = 0; i < 30; i++) new Image().src = '${pixelHost()}/p/early.gif?' + i`,
    )
    await quiet(page)
    expect(thirdParty()).toEqual([])
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => thirdParty().length).toBe(20)
    await quiet(page)
    expect(thirdParty().length).toBe(20)
    await context.close()
  })

  it('drops pixels a decision denies: Reject all, then Accept all, sends none of them', async () => {
    const { context, page } = await visit(pageWith(''))
    await run(
      page,
      `for (let i = 0; i < 3; i++) new Image().src = '${pixelHost()}/p/before.gif?' + i
      consent.rejectAll()
      for (let i = 0; i < 3; i++) new Image().src = '${pixelHost()}/p/after.gif?' + i`,
    )
    await run(page, 'consent.acceptAll()')
    await quiet(page, 800)
    expect(thirdParty()).toEqual([])
    await run(page, `new Image().src = '${pixelHost()}/p/granted.gif'`)
    await expect.poll(() => thirdParty()).toEqual(['px.tracker.test /p/granted.gif'])
    await context.close()
  })

  it('runs the scripts after one that never loads once its 10 s are up', async () => {
    const { context, page } = await visit(
      pageWith(
        `<script type="text/plain" data-consent="analytics" src="${tracker()}/t/never.js"></script>` +
          `<script type="text/plain" data-consent="analytics">${push('after')}</script>` +
          `<script type="text/plain" data-consent="analytics" src="${tracker()}/t/c.js"></script>`,
      ),
    )
    await run(page, 'consent.acceptAll()')
    await expect.poll(() => thirdParty()).toEqual(['tracker.test /t/never.js'])
    await quiet(page, 2000)
    expect(await ran(page)).toEqual([])
    await expect.poll(() => ran(page), { timeout: 15_000 }).toEqual(['after', 'c'])
    await context.close()
  }, 30_000)
})
