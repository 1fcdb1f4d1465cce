// DuckDuckGo's autoconsent, the library privacy browsers use to answer consent banners for
// their visitors, against the five demo sites in real Chromium. It runs the way its own
// Playwright harness runs it (playwright/runner.ts): its content-script bundle evaluated in
// the page, talking to this test through an exposed binding as it would to a browser's
// background script. The rule consentry ships (autoconsent/consentry.json) is what lets it
// find a banner drawn in a shadow root; its own rules and heuristics do not.
import { readFileSync } from 'node:fs'
import {
  filterCompactRules,
  type AutoConsentCMPRule,
  type Config,
  type ContentScriptMessage,
  type IndexedCMPRuleset,
} from '@duckduckgo/autoconsent'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, type Demo } from '../../demo/server.mjs'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

const IDS = ['clickandchat', 'clientexec', 'chat4support', 'livechat', 'messageandchat']

const AUTOCONSENT = ROOT + 'node_modules/@duckduckgo/autoconsent/'
/** The bundle autoconsent's harness injects into every page and frame. */
const CONTENT_SCRIPT = readFileSync(AUTOCONSENT + 'dist/autoconsent.playwright.js', 'utf8')
/** The rules autoconsent ships, in the compact form its harness hands to the page. */
const NPM_RULES = JSON.parse(
  readFileSync(AUTOCONSENT + 'rules/compact-rules.json', 'utf8'),
) as IndexedCMPRuleset
/** The rule this package ships. */
const OUR_RULE = JSON.parse(
  readFileSync(ROOT + 'autoconsent/consentry.json', 'utf8'),
) as AutoConsentCMPRule

/** A page of our own per layout the demo sites do not use (they all show the bar). */
const LAYOUT_CONFIG = {
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { stats: { label: 'Stats' } } },
  },
}
const layoutPage = (layout: string) =>
  html(
    `<script>window.consentryConfig = ${JSON.stringify({ ...LAYOUT_CONFIG, ui: { layout } })}</script>` +
      dropIn(),
    '<main><h1>A shop</h1></main>',
  )

let demo: Demo
let server: TestServer
let browser: Browser

beforeAll(async () => {
  demo = await startDemo({ port: 0 })
  server = await startServer()
  for (const layout of ['box', 'modal']) server.route('/' + layout, layoutPage(layout))
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await demo?.close()
})

const url = (id: string, region: string) =>
  `http://www.demo.test:${demo.port}/${id}/?region=${region}`

/** What one autoconsent run is given: extra rules beside npm's, and its settings. */
interface Setup {
  /** Rules in autoconsent's JSON format, tried beside the compact rules it ships. */
  rules: AutoConsentCMPRule[]
  /** Its popup heuristics: off, or the widest level (reject, acknowledge or accept-only popups). */
  heuristicMode: Config['heuristicMode']
  /** Detection rounds before it gives up (at least two, so the heuristics run once). */
  detectRetries: number
}

/** Everything autoconsent said during one page's life, as the background script hears it. */
interface Run {
  messages: ContentScriptMessage[]
  /** The `cmp` of every message of this type, in order. */
  cmps(type: ContentScriptMessage['type']): string[]
  /** Where its detection stands, from its last state report. */
  lifecycle(): string
}

/**
 * Answers autoconsent's messages for `page` as a browser's background script does: `init`
 * gets the settings and the rules, `eval` gets the snippet's result. Set up before the
 * first navigation, like autoconsent's own harness.
 */
async function driveAutoconsent(page: Page, setup: Setup): Promise<Run> {
  const messages: ContentScriptMessage[] = []
  const answer = (frame: Frame, message: object) =>
    frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify(message)})`)
  await page.exposeBinding(
    'autoconsentSendMessage',
    async ({ frame }: { frame: Frame }, message: ContentScriptMessage) => {
      messages.push(message)
      if (message.type === 'init') {
        const mainFrame = frame.parentFrame() === null
        const compact = filterCompactRules(NPM_RULES, { url: message.url, mainFrame })
        const config: Partial<Config> = {
          enabled: true,
          autoAction: 'optOut',
          disabledCmps: [],
          enablePrehide: true,
          enableCosmeticRules: true,
          enableHeuristicDetection: true,
          heuristicMode: setup.heuristicMode,
          detectRetries: setup.detectRetries,
        }
        await answer(frame, {
          type: 'initResp',
          config,
          rules: { autoconsent: setup.rules, compact },
        })
      } else if (message.type === 'eval') {
        const result: unknown = await frame.evaluate(message.code)
        await answer(frame, { id: message.id, type: 'evalResp', result })
      }
    },
  )
  return {
    messages,
    cmps: type => messages.filter(m => m.type === type).map(m => ('cmp' in m ? m.cmp : '')),
    lifecycle: () => {
      const reports = messages.filter(m => m.type === 'report')
      const last = reports[reports.length - 1]
      return last && 'state' in last ? last.state.lifecycle : ''
    },
  }
}

/** Loads a demo page, waits for the SDK, then injects autoconsent into it. */
async function visitWithAutoconsent(page: Page, target: string) {
  await page.goto(target)
  await page.waitForFunction(() => (window as any).consent)
  await page.evaluate(CONTENT_SCRIPT)
}

/** Polls `read` until it returns `expected` (or `ms` pass), and returns what it last read. */
async function until<T>(read: () => Promise<T> | T, expected: T, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  let value = await read()
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise(resolve => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

/** Stand-in files requested since `mark` (an index into demo.requests), as `stand-in/file`. */
const standInsReached = (mark: number) =>
  demo.requests
    .slice(mark)
    .filter(request => request.standIn)
    .map(request => request.standIn + '/' + request.file)

/** The site's own gated scripts that ran (demo/watch.js records them). */
const gatedScriptsRan = (page: Page) =>
  page.evaluate(() => ((window as any).demoLog || []) as string[])

const cookieNames = async (context: BrowserContext) =>
  (await context.cookies()).map(cookie => cookie.name).sort()

/** The categories the visitor's record grants, and how the choice was made. */
const recorded = (page: Page) =>
  page.evaluate(() => {
    const consent = (window as any).consent
    const state = consent.get() as Record<string, boolean>
    return {
      method: consent.record?.method ?? null,
      granted: Object.keys(state).filter(name => state[name]),
    }
  })

const bannerVisible = (page: Page) => page.locator('#consentry-root .consentry-banner').isVisible()

describe.each(IDS)('autoconsent on demo site %s', id => {
  it('with only its own rules and heuristics finds no banner: the choices sit in a shadow root', async () => {
    const { page, context } = await openPage(browser)
    const run = await driveAutoconsent(page, {
      rules: [],
      heuristicMode: 'tier2',
      detectRetries: 2,
    })
    await visitWithAutoconsent(page, url(id, 'DE'))
    expect(await until(() => run.lifecycle(), 'nothingDetected', 20_000)).toBe('nothingDetected')
    expect(run.cmps('cmpDetected')).toEqual([])
    expect(await bannerVisible(page)).toBe(true)
    expect(await recorded(page)).toEqual({ method: null, granted: ['necessary'] })
    await context.close()
  })

  it("with consentry's rule detects the banner, opts out, and nothing optional runs, then or after a reload", async () => {
    const { page, context, errors } = await openPage(browser)
    const mark = demo.requests.length
    const run = await driveAutoconsent(page, {
      rules: [OUR_RULE],
      heuristicMode: 'reject',
      detectRetries: 20,
    })
    await visitWithAutoconsent(page, url(id, 'DE'))
    expect(await until(() => run.cmps('autoconsentDone'), ['consentry'])).toEqual(['consentry'])
    expect(run.cmps('cmpDetected')).toEqual(['consentry'])
    expect(run.cmps('popupFound')).toEqual(['consentry'])
    const results = run.messages.filter(m => m.type === 'optOutResult')
    expect(results.map(m => ({ cmp: m.cmp, result: m.result }))).toEqual([
      { cmp: 'consentry', result: true },
    ])
    expect(run.messages.filter(m => m.type === 'autoconsentError')).toEqual([])
    // The rule's own check, which autoconsent runs when asked (its harness does after each run).
    await page.evaluate('autoconsentReceiveMessage({ type: "selfTest" })')
    const selfTests = () => run.messages.filter(m => m.type === 'selfTestResult').map(m => m.result)
    expect(await until(selfTests, [true])).toEqual([true])

    expect(await recorded(page)).toEqual({ method: 'reject-all', granted: ['necessary'] })
    expect(await bannerVisible(page)).toBe(false)
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(await gatedScriptsRan(page)).toEqual([])

    await page.reload()
    await page.waitForFunction(() => (window as any).consent)
    expect(await recorded(page)).toEqual({ method: 'reject-all', granted: ['necessary'] })
    expect(await bannerVisible(page)).toBe(false)
    expect(await gatedScriptsRan(page)).toEqual([])
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(standInsReached(mark)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('autoconsent with consentry rule under the notice model (clickandchat outside Europe)', () => {
  it('answers a banner without Reject all through the dialog, and every optional category ends off', async () => {
    const { page, context } = await openPage(browser)
    const run = await driveAutoconsent(page, {
      rules: [OUR_RULE],
      heuristicMode: 'off',
      detectRetries: 20,
    })
    await visitWithAutoconsent(page, url('clickandchat', 'US'))
    expect(await until(() => run.cmps('autoconsentDone'), ['consentry'])).toEqual(['consentry'])
    expect(run.messages.filter(m => m.type === 'optOutResult').map(m => m.result)).toEqual([true])
    expect(await recorded(page)).toEqual({ method: 'reject-all', granted: ['necessary'] })
    expect(await page.locator('#consentry-root .consentry-preferences').count()).toBe(0)
    await context.close()
  })
})

describe.each(['box', 'modal'])("autoconsent with consentry's rule, %s layout", layout => {
  it('detects the banner and opts out', async () => {
    const { page, context, errors } = await openPage(browser)
    const run = await driveAutoconsent(page, {
      rules: [OUR_RULE],
      heuristicMode: 'off',
      detectRetries: 20,
    })
    await visitWithAutoconsent(page, server.origin() + '/' + layout)
    expect(await until(() => run.cmps('autoconsentDone'), ['consentry'])).toEqual(['consentry'])
    expect(run.messages.filter(m => m.type === 'optOutResult').map(m => m.result)).toEqual([true])
    expect(await recorded(page)).toEqual({ method: 'reject-all', granted: ['necessary'] })
    expect(await bannerVisible(page)).toBe(false)
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(errors).toEqual([])
    await context.close()
  })
})
