// gdpr-cookie-scanner, an auditor's tool, scanning each demo site end to end: it loads the
// page, looks for a consent banner, clicks Reject all in one browser and Accept all in a
// fresh one, and grades what it saw. It launches Chromium itself through the `playwright`
// package and has no option for which browser: this file gives that launcher our Chromium
// and our flags (*.test hosts map to 127.0.0.1, nothing else resolves), so it downloads
// nothing and no request leaves the machine.
import { scan } from '@slashgear/gdpr-cookie-scanner'
import { chromium, type LaunchOptions } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, type Demo } from '../../demo/server.mjs'
import { FLAGS, findChromium } from './chromium.mjs'

const IDS = ['clickandchat', 'clientexec', 'chat4support', 'livechat', 'messageandchat']

let demo: Demo
const ownLaunch = chromium.launch.bind(chromium)

beforeAll(async () => {
  demo = await startDemo({ port: 0 })
  // The scanner imports this same `chromium` object: its launches now get our binary and flags.
  chromium.launch = (options: LaunchOptions = {}) =>
    ownLaunch({
      ...options,
      executablePath: process.env.CHROMIUM_PATH || findChromium(),
      args: [...(options.args || []), ...FLAGS],
    })
})

afterAll(async () => {
  chromium.launch = ownLaunch
  await demo?.close()
})

describe.each(IDS)('gdpr-cookie-scanner on demo site %s', id => {
  it('detects the banner in its shadow root, finds Accept all, Reject all and Manage preferences, and Reject all leaves only the consent cookie', async () => {
    const result = await scan(`http://www.demo.test:${demo.port}/${id}/?region=DE`, {
      timeout: 20_000,
    })
    expect(result.errors).toEqual([])
    expect(result.modal.detected).toBe(true)
    expect(result.modal.selector).toBe("[class*='consent'][class*='banner']")
    expect(result.modal.buttons.map(button => ({ type: button.type, text: button.text }))).toEqual([
      { type: 'accept', text: 'Accept all' },
      { type: 'reject', text: 'Reject all' },
      { type: 'preferences', text: 'Manage preferences' },
    ])
    expect(result.cookiesBeforeInteraction).toEqual([])
    expect(result.cookiesAfterReject.map(cookie => cookie.name)).toEqual(['consentry'])
    expect(result.compliance.breakdown.easyRefusal).toBe(25)
  }, 60_000)
})
