// Withdrawal without a reload stops vendors that already ran: Google Tag Manager loading
// gtag, Microsoft Clarity and Meta Pixel, as their snippets load them, served by stand-ins
// under .test names (www.googletagmanager.test, www.clarity.test, connect.facebook.test).
// A returning visitor who had accepted all chooses Reject all; the page keeps calling the
// vendors' APIs and the vendors keep sending on their timers and writing their cookies.
// The stand-ins heed nothing they are told (the worst case: a vendor that ignores its
// consent API, or a queued beacon): what stops them is the gate. They record what they are
// told, so the test also sees that each vendor heard of the withdrawal.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pageCount = 0

/** Where the stand-ins are served and where they send, by vendor. */
const VENDOR_HOSTS = {
  google: ['googletagmanager.test', 'google-analytics.test'],
  clarity: ['clarity.test'],
  meta: ['facebook.test'],
}
type Vendor = keyof typeof VENDOR_HOSTS
const VENDORS = Object.keys(VENDOR_HOSTS) as Vendor[]

const VENDOR_COOKIES = ['_clck', '_clsk', '_fbc', '_fbp', '_ga', '_ga_TEST123']

// Each service lists its vendor's real domain too, as a site's config does: the gate knows
// a vendor by it. The .test names are where the stand-ins are served from.
const config = (gate: string) => `{
  categories: {
    necessary: { required: true },
    analytics: {
      services: {
        ga: {
          hosts: ['www.googletagmanager.test', 'www.google-analytics.test', 'www.googletagmanager.com'],
          cookies: ['_ga', '_ga_*'],
        },
        clarity: { hosts: ['clarity.test', 'www.clarity.ms'], cookies: ['_clck', '_clsk'] },
      },
    },
    marketing: {
      services: {
        pixel: {
          hosts: ['connect.facebook.test', 'www.facebook.test', 'connect.facebook.net'],
          cookies: ['_fbp', '_fbc'],
        },
      },
    },
  },
  ${gate}
}`

/** The vendors' snippets as their documentation gives them, each gated on its service. */
const snippets = (port: number) => `
<script type="text/plain" data-consent="analytics" data-service="ga">
  window.dataLayer = window.dataLayer || []
  function gtag() { dataLayer.push(arguments) }
  gtag('js', new Date())
  gtag('config', 'G-TEST123')
  dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' })
  var gtm = document.createElement('script')
  gtm.async = true
  gtm.src = 'http://www.googletagmanager.test:${port}/gtm.js?id=GTM-TEST'
  document.head.appendChild(gtm)
</script>
<script type="text/plain" data-consent="analytics" data-service="clarity">
  (function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
  t=l.createElement(r);t.async=1;t.src="http://www.clarity.test:${port}/tag/"+i;
  y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window,document,"clarity","script","test123");
</script>
<script type="text/plain" data-consent="marketing" data-service="pixel">
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;
  n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;
  s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script',
  'http://connect.facebook.test:${port}/en_US/fbevents.js');
  fbq('init', '1234567890');
  fbq('track', 'PageView');
</script>`

/** The page's own code: it calls each vendor's API on a timer, whatever consent says. */
const PAGE_CODE = `<script>
  setInterval(() => {
    if (typeof gtag === 'function') gtag('event', 'tick')
    if (typeof clarity === 'function') clarity('event', 'tick')
    if (typeof fbq === 'function') fbq('track', 'ViewContent')
  }, 200)
</script>`

// Every request a stand-in makes carries `at`, the page's clock when it was made.
/** gtm.js: loads gtag.js for the container's Google tag. */
const GTM = `(() => {
  const origin = new URL(document.currentScript.src).origin
  const gtagJs = document.createElement('script')
  gtagJs.async = true
  gtagJs.src = origin + '/gtag/js?id=G-TEST123'
  document.head.appendChild(gtagJs)
})()`

/** gtag.js: runs dataLayer's commands, beacons /g/collect by sendBeacon and XHR, sets _ga. */
const GTAG = `(() => {
  const collect = 'http://www.google-analytics.test:' + new URL(document.currentScript.src).port + '/g/collect'
  const ids = []
  const hit = (how, name) => {
    attempts.google++
    const url = collect + '?v=2&tid=' + ids[0] + '&en=' + name + '&at=' + Date.now()
    if (how === 'beacon') navigator.sendBeacon(url, '')
    else { const xhr = new XMLHttpRequest(); xhr.open('POST', url); xhr.send() }
  }
  const run = command => {
    if (Object.prototype.toString.call(command) !== '[object Arguments]') return
    const args = Array.from(command)
    if (args[0] === 'consent') told.gtag.push(args)
    if (args[0] === 'config') ids.push(args[1])
    if (args[0] === 'event') hit('beacon', args[1])
  }
  const cookies = () => {
    const attributes = '; path=/; domain=.site.test; max-age=63072000'
    document.cookie = '_ga=GA1.1.' + Date.now() + attributes
    document.cookie = '_ga_' + ids[0].slice(2) + '=GS1.1.' + Date.now() + attributes
  }
  dataLayer.forEach(run)
  dataLayer.push = function () {
    for (const command of arguments) run(command)
    return Array.prototype.push.apply(this, arguments)
  }
  cookies()
  setInterval(() => { hit('beacon', 'timer'); hit('xhr', 'timer'); cookies() }, 300)
})()`

/** Clarity's tag: takes over clarity(), sends /collect by fetch and XHR, sets _clck and _clsk. */
const CLARITY = `(() => {
  const collect = 'http://x.clarity.test:' + new URL(document.currentScript.src).port + '/collect'
  const send = how => {
    attempts.clarity++
    const url = collect + '?at=' + Date.now()
    if (how === 'fetch') fetch(url, { method: 'POST', body: 'x', mode: 'no-cors' }).catch(() => {})
    else { const xhr = new XMLHttpRequest(); xhr.open('POST', url); xhr.send('x') }
  }
  const run = args => {
    if (args[0] === 'consentv2') told.clarity.push(args)
    if (args[0] === 'event') send('fetch')
  }
  const queued = window.clarity.q || []
  window.clarity = function () { run(Array.from(arguments)) }
  queued.forEach(command => run(Array.from(command)))
  const cookies = () => {
    document.cookie = '_clck=' + Date.now() + '; path=/; max-age=31536000'
    document.cookie = '_clsk=' + Date.now() + '; path=/; max-age=86400'
  }
  cookies()
  setInterval(() => { send('fetch'); send('xhr'); cookies() }, 300)
})()`

/** fbevents.js: takes over fbq's queue, sends the /tr image pixel, sets _fbp and _fbc. */
const FBEVENTS = `(() => {
  const pixel = 'http://www.facebook.test:' + new URL(document.currentScript.src).port + '/tr'
  const send = name => {
    attempts.meta++
    new Image().src = pixel + '?id=1234567890&ev=' + name + '&at=' + Date.now()
  }
  const run = args => {
    if (args[0] === 'consent') told.fbq.push(args)
    if (args[0] === 'track') send(args[1])
  }
  const cookies = () => {
    document.cookie = '_fbp=fb.1.' + Date.now() + '.1; path=/; max-age=7776000'
    document.cookie = '_fbc=fb.1.' + Date.now() + '.click; path=/; max-age=7776000'
  }
  fbq.callMethod = function () { run(Array.from(arguments)) }
  fbq.queue.forEach(command => run(Array.from(command)))
  cookies()
  setInterval(() => { send('timer'); cookies() }, 300)
})()`

/** A returning visitor who accepted all: the vendors run from the start of the page view. */
async function returningVisitor(gate = '') {
  const path = `/vendors${++pageCount}`
  const head =
    `<script>window.told = { gtag: [], fbq: [], clarity: [] }
      window.attempts = { google: 0, clarity: 0, meta: 0 }
      window.consentryConfig = ${config(gate)}</script>` +
    dropIn() +
    snippets(server.port)
  server.route(path, html(head, PAGE_CODE))
  const { context, page, errors } = await openPage(browser)
  await page.goto(server.origin() + path)
  await page.evaluate('consent.acceptAll()')
  await page.reload()
  // What this page view sent, not the one that accepted.
  const loadedAt = await page.evaluate(() => Math.floor(performance.timeOrigin))
  await expect.poll(() => sendingVendors(loadedAt), { timeout: 15_000 }).toEqual(VENDORS)
  await expect.poll(() => cookieNames(page)).toEqual([...VENDOR_COOKIES, 'consentry'].sort())
  return { context, page, errors }
}

/** The `at` of a request: when the page made it (none for a script or page load). */
const madeAt = (path: string) => Number(new URL(path, 'http://x').searchParams.get('at') || NaN)

/** Requests to each vendor's hosts made at or after `since` (page clock). */
const requestsSince = (since: number) => {
  const counts = {} as Record<Vendor, number>
  for (const vendor of VENDORS) {
    const hits = VENDOR_HOSTS[vendor].flatMap(host => server.hits(host))
    counts[vendor] = hits.filter(hit => madeAt(hit.path) >= since).length
  }
  return counts
}

/** The vendors that sent something at or after `since`. */
const sendingVendors = (since: number) => {
  const counts = requestsSince(since)
  return VENDORS.filter(vendor => counts[vendor] > 0)
}

const cookieNames = async (page: Page) =>
  (await page.context().cookies()).map(cookie => cookie.name).sort()

/** Chooses Reject all in the page and returns the page's clock at that moment. */
const rejectAll = (page: Page) =>
  page.evaluate(() => {
    const at = Date.now()
    ;(window as any).consent.rejectAll()
    return at
  })

const attempts = (page: Page) => page.evaluate(() => ({ ...(window as any).attempts }))

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/gtm.js', GTM)
  server.route('/gtag/js', GTAG, { 'content-type': 'text/javascript' })
  server.route('/tag/test123', CLARITY, { 'content-type': 'text/javascript' })
  server.route('/en_US/fbevents.js', FBEVENTS)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('withdrawal stops vendors that already ran, without a reload', () => {
  it('refuses every request of GTM/gtag, Clarity and Meta Pixel for 10 s while the page keeps calling them, tells each vendor, and leaves none of their cookies', async () => {
    const { context, page, errors } = await returningVisitor()
    const before = await attempts(page)
    const rejectedAt = await rejectAll(page)

    // The window is 10 s of the page's clock; checked every half second, so a leak fails fast.
    const windowEnd = rejectedAt + 10_000
    let now = rejectedAt
    while (now < windowEnd) {
      expect(requestsSince(rejectedAt)).toEqual({ google: 0, clarity: 0, meta: 0 })
      await page.waitForTimeout(500)
      now = await page.evaluate(() => Date.now())
    }
    expect(requestsSince(rejectedAt)).toEqual({ google: 0, clarity: 0, meta: 0 })

    // The vendors kept trying all along, on their timers and on the page's calls.
    const after = await attempts(page)
    for (const vendor of VENDORS) expect(after[vendor] - before[vendor]).toBeGreaterThan(20)

    expect(await cookieNames(page)).toEqual(['consentry'])
    const told = await page.evaluate(() => ({
      gtag: (window as any).told.gtag,
      fbq: (window as any).told.fbq,
      clarity: (window as any).told.clarity,
      gaDisabled: (window as any)['ga-disable-G-TEST123'],
    }))
    const denied = 'denied'
    expect(told).toEqual({
      gtag: [
        [
          'consent',
          'update',
          {
            analytics_storage: denied,
            ad_storage: denied,
            ad_user_data: denied,
            ad_personalization: denied,
          },
        ],
      ],
      fbq: [['consent', 'revoke']],
      clarity: [['consentv2', { ad_Storage: denied, analytics_Storage: denied }]],
      gaDisabled: true,
    })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('lets the requests by script through with gate: { network: false }, so the count above can fail', async () => {
    const { context, page } = await returningVisitor('gate: { network: false }')
    const rejectedAt = await rejectAll(page)
    // Pixels made after the refusal are held as ever; fetch, XHR and sendBeacon are not.
    await expect.poll(() => sendingVendors(rejectedAt)).toEqual(['google', 'clarity'])
    await context.close()
  }, 60_000)
})
