// Gating in real Chromium, through the shipped drop-in: what reaches a tracker's server
// before a decision, after Reject all, after Accept all and after a withdrawal, for every
// way a page or its scripts can load something; cookie clean-up; placeholders.
// Pages live on www.site.test (so cookies on the parent domain .site.test work); trackers
// on tracker.test (and px.tracker.test, a subdomain), frames on cdn.social.test.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let n = 0

/** The config, as JavaScript source (so that it can carry `onRevoke` functions). */
const CONFIG = `{
  categories: {
    necessary: { required: true, cookies: ['session'] },
    analytics: {
      tracking: true,
      label: 'Analytics',
      cookies: ['_ga', '_ga_*', '/^_pk_/'],
      storage: ['ajs_*'],
      services: {
        ga: { label: 'Google Analytics', hosts: ['tracker.test'], cookies: ['_gid'], onRevoke() { window.__revoked = (window.__revoked || []).concat('ga') } },
      },
    },
    social: {
      label: 'Social media',
      services: {
        video: { label: 'VideoTube', hosts: ['cdn.social.test'], cookies: ['vt_*'], onRevoke() { window.__revoked = (window.__revoked || []).concat('video') } },
      },
    },
  },
  GATE
}`

/** A page on its own path: the drop-in in <head> with `config`, then `body`. */
function page(body: string, { head = '', gate = '' } = {}) {
  const path = `/p${++n}`
  server.route(
    path,
    html(
      `<script>window.consentryConfig = ${CONFIG.replace('GATE', gate)}</script>` + dropIn() + head,
      body,
    ),
  )
  return server.origin() + path
}

/** A tracker script: it records that it ran, in order. */
const js = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`
const T = () => server.origin('tracker.test')
const PX = () => server.origin('px.tracker.test')
const SOCIAL = () => server.origin('cdn.social.test')

/** Requests that reached the third parties, as `host path`, sorted. */
const third = () =>
  server.requests
    .filter(r => r.host.endsWith('tracker.test') || r.host.endsWith('social.test'))
    .map(r => r.host + ' ' + r.path)
    .sort()

async function open(url: string) {
  const { context, page: p, errors } = await openPage(browser)
  const warnings: string[] = []
  p.on('console', m => {
    if (m.type() === 'warning') warnings.push(m.text())
  })
  server.requests.length = 0
  await p.goto(url)
  await p.waitForLoadState('load')
  return { context, page: p, errors, warnings }
}

const ran = (p: Page) => p.evaluate(() => (window as any).__ran || [])
const call = (p: Page, code: string) => p.evaluate(code)
const settle = (p: Page, ms = 300) => p.waitForTimeout(ms)

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  for (const name of [
    'static',
    'create',
    'attr',
    'gtm-child',
    'parser',
    'late',
    'markup',
    'a',
    'c',
    'e',
  ])
    server.route(`/t/${name}.js`, js(name), { 'access-control-allow-origin': '*' })
  // A tag manager: loads, runs, and inserts a script of its own.
  server.route(
    '/t/gtm.js',
    js('gtm') +
      `;var s = document.createElement('script'); s.src = '//' + location.host.replace('www.site', 'tracker') + '/t/gtm-child.js'; document.head.appendChild(s)`,
  )
  server.route('/t/slow.js', async (_req, res) => {
    await new Promise(r => setTimeout(r, 400))
    res.writeHead(200, { 'content-type': 'text/javascript' })
    res.end(js('slow'))
  })
  server.route('/t/stall.js', async (_req, res) => {
    await new Promise(r => setTimeout(r, 800))
    res.writeHead(200, { 'content-type': 'text/javascript' })
    res.end(js('stall'))
  })
  for (const name of ['static', 'create', 'inner', 'a', 'b'])
    server.route(`/f/${name}.html`, html('', name))
  server.route('/beacon', (_req, res) => {
    res.writeHead(204, { 'access-control-allow-origin': '*' })
    res.end()
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Every route by which a page, or code on it, can load a tracker. */
const everyRoute = () => `
  <script type="text/plain" data-consent="analytics" data-service="ga" src="${T()}/t/static.js"></script>
  <script type="text/plain" data-consent="analytics">${js('inline')}</script>
  <img data-consent="analytics" data-src="${PX()}/p/static.gif" alt="">
  <iframe data-consent="social" data-service="video" data-src="${SOCIAL()}/f/static.html" width="560" height="315" title="Static video"></iframe>
  <div id="slot"></div>
  <script>
    var T = '${T()}', PX = '${PX()}', SOCIAL = '${SOCIAL()}'
    var s = document.createElement('script'); s.src = T + '/t/create.js'; document.head.appendChild(s)
    var s2 = document.createElement('script'); s2.setAttribute('src', T + '/t/attr.js'); document.body.appendChild(s2)
    new Image().src = PX + '/p/image.gif'
    var f = document.createElement('iframe'); f.src = SOCIAL + '/f/create.html'; document.body.appendChild(f)
    document.getElementById('slot').innerHTML = '<img src="' + PX + '/p/inner.gif"><iframe src="' + SOCIAL + '/f/inner.html"></iframe>'
    document.body.insertAdjacentHTML('beforeend', '<img src="' + PX + '/p/adjacent.gif">')
    ;(function (w, d, t, i) {
      var f = d.getElementsByTagName(t)[0], j = d.createElement(t); j.async = true; j.src = T + '/t/gtm.js?id=' + i; f.parentNode.insertBefore(j, f)
    })(window, document, 'script', 'GTM-1')
  </script>`

const EVERY_REQUEST = () =>
  [
    'cdn.social.test /f/create.html',
    'cdn.social.test /f/inner.html',
    'cdn.social.test /f/static.html',
    'px.tracker.test /p/adjacent.gif',
    'px.tracker.test /p/image.gif',
    'px.tracker.test /p/inner.gif',
    'px.tracker.test /p/static.gif',
    'tracker.test /t/attr.js',
    'tracker.test /t/create.js',
    'tracker.test /t/gtm-child.js',
    'tracker.test /t/gtm.js?id=GTM-1',
    'tracker.test /t/static.js',
  ].sort()

describe('nothing optional loads before consent', () => {
  it('sends zero requests to gated hosts before a decision, by any route, and runs nothing', async () => {
    const { context, page: p, errors } = await open(page(everyRoute()))
    await settle(p, 800)
    expect(third()).toEqual([])
    expect(await ran(p)).toEqual([])
    expect((await context.cookies()).map(c => c.name)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('sends every expected request once after Accept all, and runs every script once', async () => {
    const { context, page: p, errors } = await open(page(everyRoute()))
    await settle(p)
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => third(), { timeout: 10_000 }).toEqual(EVERY_REQUEST())
    await expect
      .poll(() => ran(p).then(r => r.slice().sort()))
      .toEqual(['attr', 'create', 'gtm', 'gtm-child', 'inline', 'static'])
    expect(await p.locator('.consentry-held').count()).toBe(0)
    await settle(p, 500)
    expect(third()).toEqual(EVERY_REQUEST())
    expect(errors).toEqual([])
    await context.close()
  })

  it('sends zero requests after Reject all, also for what is inserted afterwards', async () => {
    const { context, page: p, errors } = await open(page(everyRoute()))
    await call(p, 'consent.rejectAll()')
    await call(
      p,
      `
      var s = document.createElement('script'); s.src = T + '/t/late.js'; document.body.appendChild(s)
      new Image().src = PX + '/p/late.gif'
      document.body.insertAdjacentHTML('beforeend', '<iframe src="' + SOCIAL + '/f/a.html"></iframe>')`,
    )
    await settle(p, 800)
    expect(third()).toEqual([])
    expect(await ran(p)).toEqual([])
    expect((await context.cookies()).map(c => c.name)).toEqual(['consentry'])
    expect(await p.locator('.consentry-held').count()).toBe(4)
    expect(errors).toEqual([])
    await context.close()
  })

  it('grants one service at a time: only its hosts are reached', async () => {
    const { context, page: p } = await open(page(everyRoute()))
    await call(p, 'consent.set({}, { video: true })')
    await expect
      .poll(() => third())
      .toEqual([
        'cdn.social.test /f/create.html',
        'cdn.social.test /f/inner.html',
        'cdn.social.test /f/static.html',
      ])
    expect(await ran(p)).toEqual([])
    await context.close()
  })

  it('holds marked elements nested in what code inserts (a script in a div, an image in a row filled after it is attached, markup), and runs each once on Accept', async () => {
    const { context, page: p } = await open(page('<div id="feed"></div>'))
    await call(
      p,
      `
      var feed = document.getElementById('feed')
      var div = document.createElement('div'), inner = document.createElement('p'), s = document.createElement('script')
      s.type = 'text/plain'; s.setAttribute('data-consent', 'analytics'); s.text = ${JSON.stringify(js('nested'))}
      inner.append(s); div.append(inner); feed.append(div)
      var row = document.createElement('div'); feed.append(row)
      var img = document.createElement('img'); img.setAttribute('data-consent', 'analytics'); img.setAttribute('data-src', '${PX()}/p/nested.gif')
      var span = document.createElement('span'); span.append(img); row.append(span)
      feed.insertAdjacentHTML('beforeend', '<section><div><img data-consent="analytics" data-src="${PX()}/p/markup.gif"></div></section>')`,
    )
    await settle(p)
    expect(await ran(p)).toEqual([])
    expect(third()).toEqual([])
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p)).toEqual(['nested'])
    await expect
      .poll(() => third())
      .toEqual(['px.tracker.test /p/markup.gif', 'px.tracker.test /p/nested.gif'])
    await settle(p)
    expect(await ran(p)).toEqual(['nested'])
    await context.close()
  })

  it('runs marked scripts that arrived as markup (innerHTML, insertAdjacentHTML), inline and external, once on Accept', async () => {
    // Markup parsing marks scripts "already started": a clone of one would never run.
    const { context, page: p } = await open(page('<div id="slot"></div>'))
    await call(
      p,
      `
      document.getElementById('slot').innerHTML = '<script type="text/plain" data-consent="analytics">' + ${JSON.stringify(js('markup-inline'))} + '<\\/script>'
      document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics" src="${T()}/t/markup.js"><\\/script>')`,
    )
    await settle(p)
    expect(await ran(p)).toEqual([])
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p)).toEqual(['markup-inline', 'markup'])
    await settle(p)
    expect(await ran(p)).toEqual(['markup-inline', 'markup'])
    await context.close()
  })

  it('holds an unmarked parser-inserted script of a denied host until Accept, then runs it once', async () => {
    // The preload scanner may fetch it early (no script can stop that); it must not run.
    const {
      context,
      page: p,
      warnings,
    } = await open(page(`<script src="${T()}/t/parser.js"></script><p>after</p>`))
    await settle(p)
    expect(await ran(p)).toEqual([])
    expect(await p.getAttribute(`script[src$="parser.js"]`, 'type')).toBe('text/plain')
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p)).toEqual(['parser'])
    await settle(p)
    expect(await ran(p)).toEqual(['parser'])
    expect(warnings).toEqual([])
    await context.close()
  })

  it('runs a returning visitor’s granted scripts on load, once, and their frames without placeholders', async () => {
    const url = page(everyRoute())
    const { context, page: p } = await open(url)
    await call(p, 'consent.acceptAll()')
    // Six scripts, one loading the next: as long as the sibling test above gives them.
    await expect.poll(() => ran(p).then(r => r.length), { timeout: 10_000 }).toBe(6)
    // Every request of this first view has arrived before the count restarts: one still in
    // flight (a frame, a pixel) would otherwise be counted as the reload's.
    await expect.poll(() => third(), { timeout: 10_000 }).toEqual(EVERY_REQUEST())
    server.requests.length = 0
    await p.reload()
    await expect
      .poll(() => ran(p).then(r => r.slice().sort()), { timeout: 10_000 })
      .toEqual(['attr', 'create', 'gtm', 'gtm-child', 'inline', 'static'])
    await expect.poll(() => third(), { timeout: 10_000 }).toEqual(EVERY_REQUEST())
    expect(await p.locator('.consentry-held').count()).toBe(0)
    await context.close()
  })
})

describe('activation', () => {
  it('keeps document order across inline and external scripts, and goes on past a 404', async () => {
    const gated = (attrs: string, body = '') =>
      `<script type="text/plain" data-consent="analytics" ${attrs}>${body}</script>`
    const url = page(
      gated(`src="${T()}/t/slow.js"`) +
        gated('', js('b')) +
        gated(`src="${T()}/t/missing.js"`) +
        gated('', js('d')) +
        gated(`src="${T()}/t/c.js"`) +
        gated(`src="${T()}/t/e.js" data-type="module"`),
    )
    const { context, page: p, errors } = await open(url)
    await settle(p)
    expect(await ran(p)).toEqual([])
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p), { timeout: 10_000 }).toEqual(['slow', 'b', 'd', 'c', 'e'])
    expect(third().filter(r => r.includes('missing'))).toEqual(['tracker.test /t/missing.js'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('runs a !category fallback while the category is not granted, once, and never once it is', async () => {
    const fallback = `<script type="text/plain" data-consent="!analytics">${js('fallback')}</script>`
    const url = page(fallback)
    const { context, page: p } = await open(url)
    // No decision yet under opt-in: analytics is not granted.
    await expect.poll(() => ran(p)).toEqual(['fallback'])
    await call(p, 'consent.acceptAll(); consent.rejectAll()')
    await settle(p)
    expect(await ran(p)).toEqual(['fallback'])
    await call(p, 'consent.acceptAll()')
    await p.reload()
    await settle(p)
    expect(await ran(p)).toEqual([])
    await context.close()
  })

  it('copies every attribute and the nonce to the script it runs', async () => {
    const url = page(
      `<script type="text/plain" data-consent="analytics" nonce="n0nce" id="tag" class="x" data-id="42" crossorigin="anonymous" src="${T()}/t/static.js"></script>`,
    )
    const { context, page: p } = await open(url)
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p)).toEqual(['static'])
    expect(
      await p.evaluate(() => {
        const s = document.getElementById('tag') as HTMLScriptElement
        return [
          s.type,
          s.className,
          s.dataset.id,
          s.crossOrigin,
          s.nonce,
          s.hasAttribute('data-consent'),
        ]
      }),
    ).toEqual(['', 'x', '42', 'anonymous', 'n0nce', false])
    await context.close()
  })

  it('warns, naming it, about a data-consent script that is still executable', async () => {
    const { context, warnings } = await open(
      page(`<script data-consent="analytics" src="${T()}/t/static.js"></script>`),
    )
    expect(warnings).toEqual([
      expect.stringContaining(`consentry: not gated, add type="text/plain": ${T()}/t/static.js`),
    ])
    await context.close()
  })

  it('does not run a gated script that was still loading when consent was withdrawn', async () => {
    const {
      context,
      page: p,
      errors,
    } = await open(
      page(
        `<script type="text/plain" data-consent="analytics" src="${T()}/t/stall.js"></script>` +
          `<script type="text/plain" data-consent="analytics">${js('next')}</script>`,
      ),
    )
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => third()).toEqual(['tracker.test /t/stall.js'])
    await call(p, 'consent.set({ analytics: false })')
    await settle(p, 1500)
    expect(await ran(p)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('withdrawal without reload', () => {
  it('puts frames back behind placeholders, holds what is inserted next, and calls onRevoke once', async () => {
    const { context, page: p, errors } = await open(page(everyRoute()))
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => third(), { timeout: 10_000 }).toEqual(EVERY_REQUEST())
    expect(await p.locator('iframe').count()).toBe(3)
    await call(p, 'consent.set({ social: false, analytics: false })')
    expect(await p.locator('iframe').count()).toBe(0)
    expect(await p.locator('.consentry-held').count()).toBe(3)
    expect(await call(p, 'window.__revoked')).toEqual(['ga', 'video'])
    server.requests.length = 0
    await call(
      p,
      `
      var s = document.createElement('script'); s.src = T + '/t/late.js'; document.body.appendChild(s)
      new Image().src = PX + '/p/late.gif'
      var f = document.createElement('iframe'); f.src = SOCIAL + '/f/a.html'; document.body.appendChild(f)`,
    )
    await settle(p, 800)
    expect(third()).toEqual([])
    expect(await p.locator('.consentry-held').count()).toBe(4)
    await call(p, 'consent.set({ social: false, analytics: false })')
    expect(await call(p, 'window.__revoked')).toEqual(['ga', 'video'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('reloads once instead, with reloadOnWithdraw, after the record is saved', async () => {
    const url = page(`<p>page</p>`, { gate: 'reloadOnWithdraw: true' })
    const path = new URL(url).pathname
    const { context, page: p } = await open(url)
    await call(p, 'consent.acceptAll()')
    await call(p, 'consent.set({ analytics: false })')
    await expect.poll(() => server.requests.filter(r => r.path === path).length).toBe(2)
    await p.waitForLoadState('load')
    await settle(p, 800)
    expect(server.requests.filter(r => r.path === path).length).toBe(2)
    expect(await call(p, "consent.get('analytics')")).toBe(false)
    await context.close()
  })
})

describe('clean-up', () => {
  /** Seeds cookies as a server would: host-only, on the parent domain, on a sub-path. */
  const seed = () =>
    server.route('/shop/seed', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html',
        'set-cookie': [
          '_ga=1; Path=/',
          '_ga_XYZ=1; Domain=site.test; Path=/',
          '_pk_id=1; Path=/shop',
          '_gid=1; Domain=.site.test; Path=/shop',
          'vt_pref=1; Path=/',
          'session=1; Path=/',
          'other=1; Path=/',
        ],
      })
      res.end()
    })

  // As the browser's cookie store has them: a page's document.cookie writes reach it
  // asynchronously, so what follows a decision is polled.
  const cookies = async (p: Page) =>
    (await p.context().cookies()).map(c => `${c.name} ${c.domain} ${c.path}`).sort()
  const LEFT = ['other www.site.test /', 'session www.site.test /']

  async function shop(script = '') {
    seed()
    const path = `/shop/p${++n}`
    server.route(
      path,
      html(
        `<script>window.consentryConfig = ${CONFIG.replace('GATE', '')}</script>` + dropIn(),
        script,
      ),
    )
    const { context, page: p, errors } = await open(server.origin() + '/shop/seed')
    await p.goto(server.origin() + path)
    await p.evaluate(() => {
      localStorage.setItem('ajs_user', '1')
      sessionStorage.setItem('ajs_anon', '1')
      localStorage.setItem('keep', '1')
    })
    return { context, p, errors }
  }
  const storage = (p: Page) =>
    p.evaluate(() => [Object.keys(localStorage).sort(), Object.keys(sessionStorage)])

  it('deletes cookies on the host, the parent domain and a sub-path, and storage keys, on withdrawal; never the consent cookie', async () => {
    const { context, p, errors } = await shop()
    await call(p, 'consent.acceptAll()')
    await expect.poll(async () => (await cookies(p)).length).toBe(8)
    await call(p, 'consent.set({ analytics: false, social: false })')
    await expect.poll(() => cookies(p)).toEqual(['consentry www.site.test /', ...LEFT].sort())
    expect(await storage(p)).toEqual([['keep'], []])
    expect(errors).toEqual([])
    await context.close()
  })

  it('deletes them when denied at the first decision (Reject all) while they already exist', async () => {
    const { context, p } = await shop()
    expect((await cookies(p)).length).toBe(7)
    await call(p, 'consent.rejectAll()')
    await expect.poll(() => cookies(p)).toEqual(['consentry www.site.test /', ...LEFT].sort())
    await context.close()
  })

  it('deletes only a withdrawn service’s cookies when its category stays', async () => {
    const { context, p } = await shop()
    await call(p, 'consent.acceptAll()')
    await call(p, 'consent.set({}, { ga: false })')
    await expect
      .poll(() => cookies(p))
      .toEqual(
        [
          '_ga www.site.test /',
          '_ga_XYZ .site.test /',
          '_pk_id www.site.test /shop',
          'consentry www.site.test /',
          'vt_pref www.site.test /',
          ...LEFT,
        ].sort(),
      )
    await context.close()
  })

  it('deletes them again when a still-running script sets them once more', async () => {
    const again = `<script>document.addEventListener('consentry:change', () => {
      if (consent.get('analytics')) return
      setTimeout(() => { document.cookie = '_ga=again; path=/'; document.cookie = '_gid=again; domain=site.test; path=/shop' }, 0)
      setTimeout(() => { document.cookie = '_ga_XYZ=again; domain=site.test; path=/' }, 200)
    })</script>`
    const { context, p } = await shop(again)
    await call(p, 'consent.acceptAll()')
    await call(p, 'consent.set({ analytics: false })')
    await settle(p, 1500)
    expect((await cookies(p)).filter(c => c.startsWith('_'))).toEqual([])
    await context.close()
  })

  it('deletes nothing before a first decision', async () => {
    const { context, p } = await shop()
    await settle(p)
    expect((await cookies(p)).length).toBe(7)
    await context.close()
  })
})

describe('placeholders', () => {
  const frames = () => `
    <form><iframe data-consent="social" data-service="video" data-src="${SOCIAL()}/f/a.html" width="560" height="315" title="Video A"></iframe></form>
    <iframe data-consent="social" data-service="video" data-src="${SOCIAL()}/f/b.html" style="width: 320px; height: 180px" title="Video B"></iframe>`

  it('stands in for a held frame at the same size, says why, and makes no third-party request', async () => {
    const { context, page: p } = await open(page(frames()))
    const held = p.locator('.consentry-held')
    expect(await held.count()).toBe(2)
    // The frames' size and their default 2px border, as the frames take once loaded.
    expect(await held.first().boundingBox()).toMatchObject({ width: 564, height: 319 })
    expect(await held.nth(1).boundingBox()).toMatchObject({ width: 324, height: 184 })
    expect(await held.first().textContent()).toContain(
      'VideoTube is blocked until you allow Social media cookies.',
    )
    expect(await held.first().getAttribute('aria-label')).toBe('VideoTube')
    expect(await held.first().getByRole('button').allTextContents()).toEqual([
      'Load once',
      'Always allow',
    ])
    await settle(p)
    expect(third()).toEqual([])
    await context.close()
  })

  it('loads one frame with Load once, from the keyboard, without granting anything', async () => {
    const url = page(frames())
    const { context, page: p } = await open(url)
    await p.locator('.consentry-held').first().getByRole('button', { name: 'Load once' }).focus()
    await p.keyboard.press('Enter')
    await expect.poll(() => third()).toEqual(['cdn.social.test /f/a.html'])
    expect(await p.locator('iframe[title="Video A"]').getAttribute('src')).toBe(
      `${SOCIAL()}/f/a.html`,
    )
    expect(await p.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Video A')
    expect(await call(p, "consent.get('video')")).toBe(false)
    // The form around it was not submitted.
    expect(
      server.requests.filter(
        r => r.host === 'www.site.test' && r.path.startsWith(new URL(url).pathname),
      ).length,
    ).toBe(1)
    expect(await p.locator('.consentry-held').count()).toBe(1)
    await context.close()
  })

  it('grants the service with Always allow: every frame of it loads, and stays allowed after a reload', async () => {
    const url = page(frames())
    const { context, page: p } = await open(url)
    await p.locator('.consentry-held').nth(1).getByRole('button', { name: 'Always allow' }).click()
    await expect
      .poll(() => third())
      .toEqual(['cdn.social.test /f/a.html', 'cdn.social.test /f/b.html'])
    expect(await call(p, "[consent.get('video'), consent.get('social')]")).toEqual([true, false])
    expect(await p.locator('.consentry-held').count()).toBe(0)
    await p.reload()
    await expect.poll(() => p.locator('iframe[src]').count()).toBe(2)
    await context.close()
  })
})

describe('network guard (gate.network)', () => {
  const tries = `<script>
    window.tryAll = async function () {
      var out = {}
      try { await fetch(T + '/beacon?fetch', { mode: 'no-cors' }); out.fetch = 'ok' } catch (e) { out.fetch = e.name }
      out.xhr = await new Promise(function (done) {
        var x = new XMLHttpRequest(); x.open('GET', T + '/beacon?xhr')
        x.onload = function () { done('load ' + x.status) }; x.onerror = function () { done('error ' + x.status) }; x.send()
      })
      try { var sync = new XMLHttpRequest(); sync.open('GET', T + '/beacon?sync', false); sync.send(); out.sync = sync.status } catch (e) { out.sync = e.name }
      out.beacon = navigator.sendBeacon(T + '/beacon?beacon', 'x')
      out.own = (await fetch('/beacon')).status
      return out
    }
  </script>`

  it('refuses fetch, XHR and sendBeacon to a denied host like a network failure, and lets them through once granted', async () => {
    const url = page(`<script>var T = '${T()}'</script>` + tries, {
      gate: 'gate: { network: true }',
    })
    const { context, page: p, errors } = await open(url)
    expect(await call(p, 'tryAll()')).toEqual({
      fetch: 'TypeError',
      xhr: 'error 0',
      sync: 'NetworkError',
      beacon: false,
      own: 204,
    })
    await settle(p)
    expect(third()).toEqual([])
    await call(p, 'consent.acceptAll()')
    expect(await call(p, 'tryAll()')).toEqual({
      fetch: 'ok',
      xhr: 'load 204',
      sync: 204,
      beacon: true,
      own: 204,
    })
    await expect
      .poll(() => third())
      .toEqual([
        'tracker.test /beacon?beacon',
        'tracker.test /beacon?fetch',
        'tracker.test /beacon?sync',
        'tracker.test /beacon?xhr',
      ])
    expect(errors).toEqual([])
    await context.close()
  })

  it('refuses EventSource and WebSocket to a denied host like a failed connection, and lets them through once granted', async () => {
    const url = page(
      `<script>var T = '${T()}'
      window.connect = () => new Promise(done => {
        const events = new EventSource(T + '/beacon?events')
        const socket = new WebSocket(T.replace('http', 'ws') + '/socket')
        events.onerror = () => { events.close(); done([socket.url, events instanceof EventSource, WebSocket.OPEN]) }
      })</script>`,
      { gate: 'gate: { network: true }' },
    )
    const { context, page: p, errors } = await open(url)
    expect(await call(p, 'connect()')).toEqual(['ws://0.0.0.0:1/', true, 1])
    await settle(p)
    expect(third()).toEqual([])
    await call(p, 'consent.acceptAll()')
    // The stand-in answers 204, which an EventSource takes as a failure too, after asking.
    expect(await call(p, 'connect()')).toEqual([`${T().replace('http', 'ws')}/socket`, true, 1])
    // The WebSocket handshake is an HTTP request too: the server sees both now.
    await expect
      .poll(() => third())
      .toEqual(['tracker.test /beacon?events', 'tracker.test /socket'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('leaves fetch, XHR and sendBeacon alone without gate.network', async () => {
    const { context, page: p } = await open(page(`<script>var T = '${T()}'</script>` + tries))
    expect(await call(p, 'tryAll()')).toMatchObject({ fetch: 'ok', beacon: true })
    await context.close()
  })
})

describe('strict CSP with Trusted Types', () => {
  const CSP =
    "default-src 'self'; script-src 'self' 'nonce-n0nce' http://tracker.test:*; img-src *; frame-src *; require-trusted-types-for 'script'; trusted-types consentry page"

  it('holds and then runs a nonced inline script, a TrustedScriptURL script and TrustedHTML markup with no violation', async () => {
    const body = `
      <script type="text/plain" data-consent="analytics" nonce="n0nce">${js('inline')}</script>
      <div id="slot"></div>
      <script nonce="n0nce">
        var policy = trustedTypes.createPolicy('page', { createHTML: s => s, createScriptURL: s => s })
        var s = document.createElement('script'); s.src = policy.createScriptURL('${T()}/t/create.js'); document.head.appendChild(s)
        document.getElementById('slot').innerHTML = policy.createHTML('<iframe src="${SOCIAL()}/f/inner.html"></iframe>')
      </script>`
    const path = `/csp${++n}`
    server.route(
      path,
      html(
        `<script nonce="n0nce">window.consentryConfig = ${CONFIG.replace('GATE', '')}</script>` +
          dropIn(),
        body,
      ),
      {
        'content-security-policy': CSP,
      },
    )
    const { context, page: p, errors } = await openPage(browser)
    const violations: string[] = []
    p.on(
      'console',
      m => /Content Security Policy|Trusted Type/i.test(m.text()) && violations.push(m.text()),
    )
    server.requests.length = 0
    await p.goto(server.origin() + path)
    await settle(p)
    expect(third()).toEqual([])
    expect(await p.locator('.consentry-held').count()).toBe(1)
    await call(p, 'consent.acceptAll()')
    await expect.poll(() => ran(p).then(r => r.slice().sort())).toEqual(['create', 'inline'])
    await expect
      .poll(() => third())
      .toEqual(['cdn.social.test /f/inner.html', 'tracker.test /t/create.js'])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
