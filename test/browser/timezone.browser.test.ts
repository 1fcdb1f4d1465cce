import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

// Opt-in in Germany, opt-out in the US, and no `unknown`: an unknown region opts in.
const CONFIG = {
  revision: 1,
  model: { default: 'opt-out', regions: { DE: 'opt-in' } },
  categories: { necessary: { required: true }, analytics: { tracking: true } },
}
const head = (extra = '') =>
  `<script>window.consentryConfig = ${JSON.stringify(CONFIG)}</script>` +
  extra +
  '<script src="/dist/timezone.js"></script>' +
  dropIn()

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/hint', html(head()))
  server.route(
    '/no-hint',
    html(`<script>window.consentryConfig = ${JSON.stringify(CONFIG)}</script>` + dropIn()),
  )
  server.route(
    '/site-region',
    html(
      `<script>document.documentElement.setAttribute('data-consent-region', 'DE')</script>` +
        head(),
    ),
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The region the page ended with and whether analytics runs before any choice. */
async function visit(path: string, timezoneId: string) {
  const { page, context } = await openPage(browser, { timezoneId })
  await page.goto(server.origin() + path)
  const result = await page.evaluate(() => ({
    region: document.documentElement.getAttribute('data-consent-region'),
    analytics: (window as any).consent.get('analytics'),
  }))
  await context.close()
  return result
}

describe('dist/timezone.js, the time-zone region hint', () => {
  it('names the country of the device time zone, and the model follows it', async () => {
    expect(await visit('/hint', 'America/New_York')).toEqual({ region: 'US', analytics: true })
    expect(await visit('/hint', 'Europe/Berlin')).toEqual({ region: 'DE', analytics: false })
  })

  it('leaves an unknown zone unknown, so the visitor is asked first', async () => {
    expect(await visit('/hint', 'Etc/GMT+5')).toEqual({ region: null, analytics: false })
  })

  it('is off unless its tag is on the page: a US time zone alone opts nobody out', async () => {
    expect(await visit('/no-hint', 'America/New_York')).toEqual({ region: null, analytics: false })
  })

  it('never overrides a region the site set', async () => {
    expect(await visit('/site-region', 'America/New_York')).toEqual({
      region: 'DE',
      analytics: false,
    })
  })
})
