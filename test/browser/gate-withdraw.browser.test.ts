// Withdrawal without a reload stops a vendor that already ran: its requests by script are
// refused from then on (without gate.network), and the cookies it writes again later are
// deleted again. In real Chromium through the shipped drop-in, with a stand-in vendor on
// tracker.test that beacons by fetch, XHR, sendBeacon and pixels on a timer, and whose API
// the page keeps calling.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pageCount = 0

const setup = (gate: string) => `{
  categories: {
    analytics: { cookies: ['_ga', '_ga_*'], services: { ga: { hosts: ['tracker.test'] } } },
  },
  ${gate}
}`

/** The stand-in vendor: once loaded it sends on a timer and offers `vendor.track()`. */
const VENDOR = `
  const origin = document.currentScript.src.replace(/\\/t\\/.*$/, '')
  let n = 0
  const send = kind => {
    const url = origin + '/collect?' + kind + '=' + (n++)
    if (kind === 'fetch') fetch(url, { mode: 'no-cors' }).catch(() => {})
    if (kind === 'xhr') { const x = new XMLHttpRequest(); x.open('GET', url); x.send() }
    if (kind === 'beacon') navigator.sendBeacon(url, 'x')
    if (kind === 'pixel') new Image().src = url
  }
  document.cookie = '_ga=1; path=/'
  window.vendor = { track: () => send('fetch'), sentSoFar: () => n }
  setInterval(() => ['xhr', 'beacon', 'pixel'].forEach(send), 150)
  document.addEventListener('consentry:change', () => {
    // Code that already ran writes its cookie again, later.
    if (!consent.get('analytics')) setTimeout(() => { document.cookie = '_ga=again; path=/' }, 2000)
  })`

async function visit(gate = '') {
  const path = `/withdraw${++pageCount}`
  const body = `<script>const s = document.createElement('script'); s.src = '${server.origin('tracker.test')}/t/vendor.js'; document.head.append(s)
    setInterval(() => window.vendor && vendor.track(), 100)</script>`
  server.route(
    path,
    html(`<script>window.consentryConfig = ${setup(gate)}</script>` + dropIn(), body),
  )
  const { context, page, errors } = await openPage(browser)
  server.requests.length = 0
  await page.goto(server.origin() + path)
  await page.waitForLoadState('load')
  return { context, page, errors }
}

/** Requests to the vendor's host, by kind (`fetch`, `xhr`, `beacon`, `pixel`, `script`). */
const sent = () =>
  server
    .hits('tracker.test')
    .map(r => (r.path.startsWith('/t/') ? 'script' : r.path.split(/[?=]/)[1]))
const kinds = () => [...new Set(sent())].sort()

/**
 * The kinds of the vendor's requests numbered `from` or later. A request made just before
 * a choice may reach the server after it: what counts is what was sent after the choice.
 */
const kindsFrom = (from: number) => {
  const later = server.hits('tracker.test').filter(r => {
    const number = Number(r.path.split('=')[1])
    return !r.path.startsWith('/t/') && number >= from
  })
  return [...new Set(later.map(r => r.path.split(/[?=]/)[1]))].sort()
}

/** Rejects all, and returns the number the vendor's next request will carry. */
const rejectAll = (page: Page) =>
  page.evaluate(() => {
    const page = window as unknown as {
      consent: { rejectAll(): void }
      vendor: { sentSoFar(): number }
    }
    page.consent.rejectAll()
    return page.vendor.sentSoFar()
  })
const cookieNames = async (page: Page) => (await page.context().cookies()).map(c => c.name).sort()

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/t/vendor.js', VENDOR)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('withdrawal without a reload', () => {
  it('refuses every request of a vendor that ran, by fetch, XHR, sendBeacon and pixel, and deletes the cookie it writes again', async () => {
    const { context, page, errors } = await visit()
    expect(sent()).toEqual([])
    await page.evaluate('consent.acceptAll()')
    await expect.poll(kinds).toEqual(['beacon', 'fetch', 'pixel', 'script', 'xhr'])
    expect(await cookieNames(page)).toEqual(['_ga', 'consentry'])
    const from = await rejectAll(page)
    // The vendor keeps sending and the page keeps calling it; its cookie comes back at 2 s.
    // An observation window, not a wait for a condition: nothing may arrive during it.
    await page.waitForTimeout(3500)
    expect(await page.evaluate('vendor.sentSoFar()')).toBeGreaterThan(from)
    expect(kindsFrom(from)).toEqual([])
    expect(await cookieNames(page)).toEqual(['consentry'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets them through with gate.network set to false, the explicit opt-out', async () => {
    const { context, page } = await visit('gate: { network: false }')
    await page.evaluate('consent.acceptAll()')
    await expect.poll(kinds).toEqual(['beacon', 'fetch', 'pixel', 'script', 'xhr'])
    const from = await rejectAll(page)
    // Pixels made after the refusal are held as ever; requests by script are not.
    await expect.poll(() => kindsFrom(from)).toEqual(['beacon', 'fetch', 'xhr'])
    await context.close()
  })
})
