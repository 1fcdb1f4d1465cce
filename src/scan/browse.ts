// The browser side of the scan: every page in three fresh contexts, recording what the
// browser saw. Nothing here judges; analyze.ts does.
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core'
import type { ConsentConfig } from '../core/types'
import type { CookieSetter, StateName } from './types'
import { STATES } from './types'
import { STATE_PHRASES } from './words'

/** A cookie as the browser holds it at the end of a state. */
export interface RawCookie {
  name: string
  domain: string
  path: string
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number
  httpOnly: boolean
  secure: boolean
  sameSite: string
  setBy: CookieSetter
}

export interface RawRequest {
  url: string
  host: string
  type: string
}

export interface RawState {
  decided: boolean
  note: string | null
  cookies: RawCookie[]
  local: { origin: string; key: string }[]
  session: { origin: string; key: string }[]
  requests: RawRequest[]
  screenshot: Buffer | null
}

export interface RawPage {
  url: string
  consentry: boolean
  /** The page's `window.consent.config`, read before any choice. */
  config: ConsentConfig | null
  states: { [state in StateName]: RawState }
}

export interface BrowseOptions {
  /** Pages to visit at most, the start page included. */
  pages: number
  /** Called after every state: states done, states planned so far, and what was done. */
  progress(done: number, total: number, label: string): void
}

/** A failure the person running the scan must hear about, in one line. */
export class ScanError extends Error {}

// How long the network must stay idle before a state is recorded, and the most a page
// gets. A request that never reports its end (a keepalive fetch, a long poll) holds the
// wait only until nothing else happened for STUCK_MS.
const QUIET_MS = 600
const STUCK_MS = 2000
const SETTLE_LIMIT_MS = 10_000
const LOAD_TIMEOUT_MS = 30_000

/** Where a link cannot lead to a page worth loading. */
const NOT_A_PAGE = /\.(?:pdf|zip|gz|png|jpe?g|gif|webp|svg|ico|mp4|mp3|webm|css|js|json|xml|txt)$/i

const BINDING = '__consentryScanCookieWrite'

/*
 * Runs in every frame before the page's own scripts: reports each `document.cookie`
 * write with the stack that made it, so a cookie can be traced to its script.
 */
const COOKIE_HOOK = `(() => {
  const proto = Document.prototype
  const native = Object.getOwnPropertyDescriptor(proto, 'cookie')
  if (!native || !native.set || !native.get) return
  const report = window.${BINDING}
  Object.defineProperty(proto, 'cookie', {
    configurable: true,
    enumerable: native.enumerable,
    get() {
      return native.get.call(this)
    },
    set(value) {
      try {
        report(String(value), String(new Error().stack || ''))
      } catch {}
      native.set.call(this, value)
    },
  })
})()`

/** The first http(s) URL in a stack that is not the hook itself: the script that wrote. */
export function scriptFromStack(stack: string): string | null {
  for (const match of stack.matchAll(/(https?:\/\/[^\s()]+?):\d+:\d+/g)) return match[1]
  return null
}

/** The cookie name in a `document.cookie` write or a `Set-Cookie` value. */
export function cookieNameOf(written: string): string {
  const end = written.indexOf('=')
  return (end < 0 ? '' : written.slice(0, end)).trim()
}

/** A write that expires the cookie (a deletion) says nothing about who set it. */
function deletes(written: string): boolean {
  if (/;\s*max-age\s*=\s*(?:0|-\d+)/i.test(written)) return true
  const expires = /;\s*expires\s*=\s*([^;]+)/i.exec(written)
  return !!expires && Date.parse(expires[1]) < Date.now()
}

const withoutHash = (url: string) => url.replace(/#.*$/, '')

/** The host of a URL; '' for one that has none or does not parse. */
export function hostOf(url: string) {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

/** Records what one context does: requests (from `from` on) and who wrote each cookie. */
class Recorder {
  requests: RawRequest[] = []
  recording = true
  private inflight = 0
  private lastActivity = Date.now()
  private setters = new Map<string, CookieSetter>()
  private pending: Promise<void>[] = []

  async attach(context: BrowserContext) {
    await context.exposeBinding(BINDING, (source, written: string, stack: string) => {
      if (deletes(written)) return
      const name = cookieNameOf(written)
      const script = scriptFromStack(stack)
      const frameUrl = withoutHash(source.frame.url())
      const inline = !script || withoutHash(script) === frameUrl
      this.setters.set(name, {
        kind: inline ? 'inline' : 'script',
        url: inline ? frameUrl : script,
      })
    })
    await context.addInitScript(COOKIE_HOOK)
    context.on('request', request => this.onRequest(request))
    context.on('requestfinished', () => this.onDone())
    context.on('requestfailed', () => this.onDone())
    context.on('response', response => this.pending.push(this.onResponse(response)))
  }

  private onRequest(request: Request) {
    this.inflight++
    this.lastActivity = Date.now()
    if (!this.recording) return
    const host = hostOf(request.url())
    // data: and blob: URLs reach no host.
    if (!host) return
    this.requests.push({ url: request.url(), host, type: request.resourceType() })
  }

  private onDone() {
    this.inflight = Math.max(0, this.inflight - 1)
    this.lastActivity = Date.now()
  }

  private async onResponse(response: Response) {
    try {
      for (const header of await response.headerValues('set-cookie'))
        for (const line of header.split('\n')) {
          const name = cookieNameOf(line)
          if (name && !deletes(line)) this.setters.set(name, { kind: 'http', url: response.url() })
        }
    } catch {
      // A response whose headers never arrive (the page went away) names no setter.
    }
  }

  setterOf(name: string): CookieSetter {
    return this.setters.get(name) || { kind: 'unknown', url: null }
  }

  /** Resolves once the network has been idle for a while (or the limit passed). */
  async settle() {
    const start = Date.now()
    this.lastActivity = Math.max(this.lastActivity, start)
    for (;;) {
      const now = Date.now()
      const idle = now - this.lastActivity
      if (this.inflight === 0 && idle >= QUIET_MS) break
      if (idle >= STUCK_MS) break
      if (now - start >= SETTLE_LIMIT_MS) break
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    await Promise.all(this.pending)
  }
}

/** Decides through the page's `window.consent`; false when the page has none. */
async function decide(page: Page, state: 'reject' | 'accept'): Promise<boolean> {
  return page.evaluate(choice => {
    const consent = (window as { consent?: { rejectAll(): void; acceptAll(): void } }).consent
    if (!consent) return false
    if (choice === 'reject') consent.rejectAll()
    else consent.acceptAll()
    return true
  }, state)
}

async function hasConsentry(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (window as { consent?: unknown }).consent === 'object')
}

async function readPageConfig(page: Page): Promise<ConsentConfig | null> {
  try {
    return (await page.evaluate(() => {
      const consent = (window as { consent?: { config?: unknown } }).consent
      // Structured clone through JSON would lose RegExp patterns; Playwright keeps them.
      return (consent && consent.config) || null
    })) as ConsentConfig | null
  } catch {
    return null
  }
}

/** Same-origin links of the page, without fragments, in document order. */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href]'), a => (a as HTMLAnchorElement).href),
  )
  const origin = new URL(page.url()).origin
  const links: string[] = []
  for (const href of hrefs) {
    let url: URL
    try {
      url = new URL(href)
    } catch {
      continue
    }
    if (url.origin !== origin || NOT_A_PAGE.test(url.pathname)) continue
    url.hash = ''
    if (!links.includes(url.href)) links.push(url.href)
  }
  return links
}

/** What a model does before a choice, when it is not opt-in: said once per page. */
async function modelNote(page: Page): Promise<string | null> {
  const granted = await page.evaluate(() => {
    type Categories = { [name: string]: { required?: boolean } }
    const consent = (
      window as {
        consent?: { get(): { [name: string]: boolean }; config: { categories: Categories } }
      }
    ).consent
    if (!consent) return []
    const categories = consent.config.categories
    return Object.entries(consent.get())
      .filter(([name, on]) => on && !categories[name].required)
      .map(([name]) => name)
  })
  if (!granted.length) return null
  return `Before a choice these categories already apply (an opt-out or notice model for this visitor): ${granted.join(', ')}.`
}

/** Loads `url`, throwing a ScanError that names the reason when the page does not answer. */
async function load(page: Page, url: string, recorder: Recorder) {
  let response: Response | null
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new ScanError(`could not load ${url}: ${reason}`)
  }
  if (response && response.status() >= 400)
    throw new ScanError(`could not load ${url}: HTTP ${response.status()}`)
  await recorder.settle()
}

async function finish(context: BrowserContext, page: Page, recorder: Recorder) {
  const storage = await context.storageState()
  const cookies: RawCookie[] = storage.cookies.map(cookie => ({
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    setBy: recorder.setterOf(cookie.name),
  }))
  const local = storage.origins.flatMap(entry =>
    entry.localStorage.map(item => ({ origin: entry.origin, key: item.name })),
  )
  const origin = new URL(page.url()).origin
  const sessionKeys = await page.evaluate(() => Object.keys(sessionStorage)).catch(() => [])
  const session = sessionKeys.map(key => ({ origin, key }))
  const screenshot = await page.screenshot({ type: 'jpeg', quality: 70 }).catch(() => null)
  return { cookies, local, session, screenshot }
}

interface StateOutcome {
  state: RawState
  consentry: boolean
  config: ConsentConfig | null
  links: string[]
}

/** One page in one fresh context. */
async function visit(browser: Browser, url: string, state: StateName): Promise<StateOutcome> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const recorder = new Recorder()
    await recorder.attach(context)
    const page = await context.newPage()
    // The reject and accept states record from the decision on; the first load is the
    // before state's business.
    recorder.recording = state === 'before'
    await load(page, url, recorder)
    const consentry = await hasConsentry(page)
    const config = state === 'before' && consentry ? await readPageConfig(page) : null
    const links = state === 'before' ? await linksOf(page) : []
    let note: string | null = null
    if (state === 'before' && consentry) note = await modelNote(page)
    if (state !== 'before') {
      recorder.recording = true
      await decide(page, state)
      await recorder.settle()
      // The next page view of a visitor who chose: what runs once the choice is stored.
      await load(page, url, recorder)
    }
    const end = await finish(context, page, recorder)
    return {
      state: { decided: true, note, requests: recorder.requests, ...end },
      consentry,
      config,
      links,
    }
  } finally {
    await context.close()
  }
}

/** A state that needs a choice, on a page without consentry. */
function unreachable(state: StateName): StateOutcome {
  const note = `No window.consent on this page, so "${STATE_PHRASES[state]}" could not be reached.`
  const empty: RawState = {
    decided: false,
    note,
    cookies: [],
    local: [],
    session: [],
    requests: [],
    screenshot: null,
  }
  return { state: empty, consentry: false, config: null, links: [] }
}

/**
 * Crawls up to `options.pages` same-origin pages from `startUrl`, breadth first, each in
 * the three states. A page other than the first that fails to load is skipped.
 */
export async function crawl(browser: Browser, startUrl: string, options: BrowseOptions) {
  const queue = [withoutHash(startUrl)]
  const pages: RawPage[] = []
  const skipped: { url: string; reason: string }[] = []
  let done = 0
  for (let i = 0; i < queue.length && pages.length < options.pages; i++) {
    const url = queue[i]
    const planned = () => Math.min(queue.length - skipped.length, options.pages) * STATES.length
    const outcomes: Partial<{ [state in StateName]: StateOutcome }> = {}
    try {
      for (const state of STATES) {
        const before = outcomes.before
        // Without window.consent there is no choice to make: the page is not loaded again.
        if (before && !before.consentry) outcomes[state] = unreachable(state)
        else outcomes[state] = await visit(browser, url, state)
        done++
        options.progress(done, planned(), `${url}, ${STATE_PHRASES[state]}`)
        if (state === 'before')
          for (const link of outcomes.before!.links) if (!queue.includes(link)) queue.push(link)
      }
    } catch (e) {
      if (i === 0 || !(e instanceof ScanError)) throw e
      done -= Object.keys(outcomes).length
      skipped.push({ url, reason: e.message })
      continue
    }
    const before = outcomes.before!
    pages.push({
      url,
      consentry: before.consentry,
      config: before.config,
      states: {
        before: before.state,
        reject: outcomes.reject!.state,
        accept: outcomes.accept!.state,
      },
    })
  }
  return { pages, skipped }
}
