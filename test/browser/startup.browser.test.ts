// Start-up as a first visitor sees it, in real Chromium: the banner is readable in the
// very frame it is first laid out (its entry animation never holds it at opacity 0), and
// it does not move at all under prefers-reduced-motion.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

const CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { stats: { label: 'Statistics' } } },
  },
}
const PAGE = html(
  `<script>window.consentryConfig = ${JSON.stringify(CONFIG)}</script>` + dropIn(),
  '<main><h1>A page</h1><p>Some content.</p></main>',
)

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/page', PAGE)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * Installed before any page script: in every animation frame, whether the "Accept all"
 * button is laid out in the viewport, and whether it also passes the opacity test.
 */
function watchFrames() {
  const frames: { laidOut: boolean; readable: boolean }[] = []
  ;(window as unknown as { __frames: typeof frames }).__frames = frames
  const accept = () => {
    const root = document.getElementById('consentry-root')?.shadowRoot
    const buttons = root ? [...root.querySelectorAll('button')] : []
    return buttons.find(button => button.textContent?.trim() === 'Accept all')
  }
  const frame = () => {
    const button = accept()
    if (button) {
      const box = button.getBoundingClientRect()
      const inViewport = box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0
      const laidOut = inViewport && button.checkVisibility({ visibilityProperty: true })
      const readable = laidOut && button.checkVisibility({ opacityProperty: true })
      frames.push({ laidOut, readable })
    }
    if (frames.length < 30) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

const framesOf = (page: Page) =>
  page.waitForFunction(
    () => {
      const frames = (window as unknown as { __frames: { laidOut: boolean }[] }).__frames
      return frames.length >= 30 ? frames : null
    },
    null,
    { polling: 50, timeout: 10_000 },
  )

describe('the banner at start-up', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const)
    it(`is readable in the first frame it is laid out (prefers-reduced-motion: ${reducedMotion})`, async () => {
      const { context, page, errors } = await openPage(browser, { reducedMotion })
      await page.addInitScript(watchFrames)
      await page.goto(server.origin() + '/page')
      const frames = (await (await framesOf(page)).jsonValue()) as {
        laidOut: boolean
        readable: boolean
      }[]
      const firstLaidOut = frames.findIndex(frame => frame.laidOut)
      expect(firstLaidOut).toBe(0)
      expect(frames.every(frame => frame.readable)).toBe(true)
      expect(errors).toEqual([])
      await context.close()
    })

  it('does not animate under prefers-reduced-motion: reduce', async () => {
    const { context, page } = await openPage(browser, { reducedMotion: 'reduce' })
    await page.goto(server.origin() + '/page')
    const animations = await page.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      return root.getAnimations().length
    })
    expect(animations).toBe(0)
    await context.close()
  })
})
