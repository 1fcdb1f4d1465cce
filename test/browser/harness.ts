// Real headless Chromium against a server of our own on 127.0.0.1. Hosts ending in
// .test resolve to that server (www.site.test, tracker.test, ...); nothing else
// resolves, so no request can leave the machine.
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { FLAGS, findChromium } from './chromium.mjs'

export const ROOT = new URL('../..', import.meta.url).pathname

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
}

/** One request the server saw. */
export interface Seen {
  host: string
  path: string
  method: string
  cookie: string
  body: string
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
) => void | Promise<void>

export interface TestServer {
  port: number
  /** Every request seen, in order. */
  requests: Seen[]
  /** `http://<host>:<port>` */
  origin(host?: string): string
  /** Serve `html` (or run `handler`) at `path` on every host. */
  route(path: string, handler: string | Handler, headers?: Record<string, string>): void
  /** Requests whose host is `host` (or ends with `.host`). */
  hits(host: string): Seen[]
  close(): Promise<void>
}

/**
 * Starts a server on 127.0.0.1: routes first, then files from the repository root
 * (so `/dist/consentry.js` is the shipped file). Unknown third-party paths answer
 * 204 so trackers can be counted without fixtures.
 */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { handler: string | Handler; headers?: Record<string, string> }>()
  const requests: Seen[] = []
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk)
    const body = Buffer.concat(chunks).toString()
    const host = (req.headers.host || '').replace(/:\d+$/, '')
    const url = new URL(req.url || '/', 'http://x')
    requests.push({
      host,
      path: url.pathname + url.search,
      method: req.method || 'GET',
      cookie: req.headers.cookie || '',
      body,
    })
    const route = routes.get(url.pathname)
    try {
      if (route) {
        if (typeof route.handler === 'string') {
          res.writeHead(200, {
            'content-type': TYPES[extname(url.pathname)] || 'text/html; charset=utf-8',
            ...route.headers,
          })
          res.end(route.handler)
        } else await route.handler(req, res, body)
        return
      }
      const file = normalize(join(ROOT, decodeURIComponent(url.pathname)))
      if (!file.startsWith(ROOT) || file.includes('node_modules/.')) throw new Error('outside')
      const data = await readFile(file)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(data)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
    }
  }
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // The client went away mid-request (a page closed): nothing is left to answer.
      res.destroy()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    requests,
    origin: (host = 'www.site.test') => `http://${host}:${port}`,
    route: (path, handler, headers) => {
      routes.set(path, { handler, headers })
    },
    hits: host => requests.filter(r => r.host === host || r.host.endsWith('.' + host)),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Launches headless Chromium with the flags this machine needs. Playwright turns the
 * back/forward cache off by default; tests of bfcache restores keep it on. */
export function launch(options: { bfcache?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || findChromium(),
    args: FLAGS,
    timeout: 60_000,
    ignoreDefaultArgs: options.bfcache ? ['--disable-back-forward-cache'] : [],
  })
}

/** A fresh context (no cookies) and page; page errors are collected in `errors`. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context: BrowserContext = await browser.newContext(options)
  const page: Page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  return { context, page, errors }
}

/** A minimal HTML page: `head` and `body` are inserted as given. */
export const html = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`

/** The drop-in script tag, loading the shipped file. */
export const dropIn = (attrs = '') =>
  `<script src="/dist/consentry.js"${attrs ? ' ' + attrs : ''}></script>`
