// Screenshots of the running demo for the README: the gallery, two sites with their
// banner, one with the preferences dialog open. `npm run build` first; writes
// demo/screenshots/*.png. Uses the test suite's Chromium, with its flags.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { startDemo } from '../demo/server.mjs'
// The test suite's flags: *.test names reach the demo, nothing else resolves.
import { FLAGS, findChromium } from '../test/browser/chromium.mjs'

const OUT = new URL('../demo/screenshots/', import.meta.url).pathname

const demo = await startDemo({ port: 0 })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || findChromium(),
  args: FLAGS,
})
const shots = []
try {
  mkdirSync(OUT, { recursive: true })
  const shoot = async (name, path, act) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    })
    const page = await context.newPage()
    // The demo as `npm run demo` serves it to a browser: stand-ins by path on 127.0.0.1.
    await page.goto(demo.url.replace(/\/$/, '') + path)
    if (act) await act(page)
    await page.waitForTimeout(600)
    await page.screenshot({ path: OUT + name + '.png' })
    shots.push(name + '.png')
    await context.close()
  }
  // Every banner has Manage preferences (a notice banner has OK instead of Accept all / Reject all).
  const banner = page =>
    page.getByRole('button', { name: 'Manage preferences' }).waitFor({ timeout: 5000 })
  await shoot('gallery', '/')
  await shoot('livechat-banner', '/livechat/?region=DE', banner)
  await shoot('clickandchat-banner', '/clickandchat/?region=US', banner)
  await shoot('livechat-preferences', '/livechat/?region=DE', async page => {
    await banner(page)
    await page.getByRole('button', { name: 'Manage preferences' }).click()
    await page.getByRole('dialog').waitFor({ timeout: 5000 })
  })
  await shoot('livechat-accepted', '/livechat/?region=DE', async page => {
    await banner(page)
    await page.getByRole('button', { name: 'Accept all' }).first().click()
    // The stand-ins' widgets draw themselves after loading; show them beside the inspector.
    await page.waitForTimeout(800)
    await page.locator('.social').evaluate(el => el.scrollIntoView())
  })
  console.log(`screenshots: ${shots.map(s => 'demo/screenshots/' + s).join(', ')}`)
} catch (e) {
  console.error(
    `screenshots: stopped after ${shots.length} (${shots.join(', ') || 'none'}): ${e.message}`,
  )
  process.exitCode = 1
} finally {
  await browser.close()
  await demo.close()
}
