// The drop-in's `data-preset`: a preset alone, a preset extended by page JSON, and a typo.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser

const json = (config: object) =>
  `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>`

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  for (const id of ['clickandchat', 'clientexec', 'chat4support', 'livechat', 'messageandchat'])
    server.route(`/${id}`, html(dropIn(`data-preset="${id}"`)))
  server.route(
    '/extended',
    html(
      json({
        policyUrl: '/our-privacy',
        categories: { social: { services: { twitter: { disabled: true } } } },
      }) + dropIn('data-preset="livechat"'),
      '<iframe data-consent="social" data-service="twitter" data-src="http://platform.twitter.test/widget"></iframe>',
    ),
  )
  server.route('/typo', html(dropIn('data-preset="livechatt"'), '<p id="ok">still here</p>'))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('data-preset', () => {
  it.each([
    ['clickandchat', 20160902, 'Cookies keep you signed in'],
    ['clientexec', 20140405, 'Cookies sign you in'],
    ['chat4support', 20060801, 'Signing in needs cookies'],
    ['livechat', 20130628, 'Cookies recognise you'],
    ['messageandchat', 1, 'No tracking, no ads'],
  ])(
    '%s alone is a complete config: its revision, its banner text, its policy link',
    async (id, revision, text) => {
      const { page, context, errors } = await openPage(browser)
      await page.goto(server.origin() + '/' + id)
      expect(await page.evaluate(() => (window as any).consent.config.revision)).toBe(revision)
      await expect.poll(() => page.getByText(text).count()).toBe(1)
      expect(await page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
        `/${id}/privacy`,
      )
      expect(errors).toEqual([])
      await context.close()
    },
  )

  it('lays the page JSON over the preset: a service the site turns off stays off after Accept all', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(server.origin() + '/extended')
    await page.getByRole('button', { name: 'Accept all' }).click()
    const got = await page.evaluate(() => {
      const c = (window as any).consent
      return {
        social: c.get('social'),
        facebook: c.get('facebook'),
        twitter: c.get('twitter'),
        policy: c.config.policyUrl,
      }
    })
    expect(got).toEqual({ social: true, facebook: true, twitter: false, policy: '/our-privacy' })
    await page.waitForTimeout(200)
    expect(server.hits('platform.twitter.test')).toEqual([])
    await context.close()
  })

  it('names the known presets when the id is wrong, and leaves the page working', async () => {
    const { page, context } = await openPage(browser)
    const logged: string[] = []
    page.on('console', message => {
      if (message.type() === 'error') logged.push(message.text())
    })
    await page.goto(server.origin() + '/typo')
    expect(await page.evaluate(() => 'consent' in window)).toBe(false)
    expect(await page.locator('#ok').textContent()).toBe('still here')
    expect(logged.join('\n')).toContain(
      "data-preset: expected one of 'clickandchat' | 'clientexec' | 'chat4support' | 'livechat' | 'messageandchat'",
    )
    await context.close()
  })
})
