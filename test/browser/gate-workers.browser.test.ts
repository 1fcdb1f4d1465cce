// Workers that page code starts from blob: and data: URLs, under gate.network: their own
// fetch, XMLHttpRequest, WebSocket, EventSource and importScripts to a denied host are
// refused before consent and reach it once the visitor accepts, in the same workers. In
// real Chromium through the shipped drop-in, counting the requests that reach the
// stand-in tracker (tracker.test).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pageCount = 0

const SETUP = `{
  categories: { analytics: { services: { ga: { hosts: ['tracker.test'] } } } },
  gate: { network: true },
}`

/**
 * A worker's script: on each message (the tracker's origin) it tries every route once,
 * tagged with its `NAME`, and answers with what each did and how many messages it heard
 * (a shared worker: on all its connections).
 */
const WORKER = `
let heard = 0
const handle = async (event, reply) => {
  heard++
  const T = event.data
  const tries = {}
  const attempt = async (route, run) => {
    try {
      await run()
      tries[route] = 'ok'
    } catch {
      tries[route] = 'refused'
    }
  }
  await attempt('fetch', () => fetch(T + '/w/fetch?' + NAME))
  await attempt('xhr', () => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('GET', T + '/w/xhr?' + NAME)
    xhr.onload = resolve
    xhr.onerror = reject
    xhr.send()
  }))
  // The stand-in answers no handshake and no stream: both end in an error, granted or not.
  await new Promise(resolve => {
    const socket = new WebSocket(T.replace('http', 'ws') + '/w/socket?' + NAME)
    socket.onerror = resolve
  })
  await new Promise(resolve => {
    const events = new EventSource(T + '/w/events?' + NAME)
    events.onerror = () => { events.close(); resolve() }
  })
  if (!MODULE) await attempt('importScripts', () => importScripts(T + '/w/import.js?' + NAME))
  reply({ tries, heard })
}
if (typeof SharedWorkerGlobalScope === 'function' && self instanceof SharedWorkerGlobalScope) {
  self.onconnect = connection => {
    const port = connection.ports[0]
    port.onmessage = event => handle(event, answer => port.postMessage(answer))
  }
} else {
  self.onmessage = event => handle(event, answer => postMessage(answer))
}`

/**
 * Page code that makes a worker's script (`source`), before the drop-in: one object URL is
 * made then, before the gate could note its Blob.
 */
const EARLY = `
const source = (name, module) => 'const NAME = ' + JSON.stringify(name) + ', MODULE = ' + module + ';' + ${JSON.stringify(WORKER)}
const blobUrl = (name, module) => URL.createObjectURL(new Blob([source(name, module)], { type: 'text/javascript' }))
window.earlyUrl = blobUrl('blob-early', false)`

/** Page code that starts the workers: classic and module, from blob: and data: URLs, and shared ones. */
const START = `
const fromBlob = (name, module) => {
  const url = blobUrl(name, module)
  const worker = new Worker(url, module ? { type: 'module' } : {})
  // As many libraries do: the worker has its script, the URL is no longer needed.
  URL.revokeObjectURL(url)
  return worker
}
const fromData = (name, module) =>
  new Worker('data:text/javascript,' + encodeURIComponent(source(name, module)), module ? { type: 'module' } : {})
window.workers = {
  'blob-classic': fromBlob('blob-classic', false),
  'blob-module': fromBlob('blob-module', true),
  'data-classic': fromData('data-classic', false),
  'data-module': fromData('data-module', true),
  'blob-early': new Worker(earlyUrl),
}
// Two from one URL: one shared worker, which both reach.
const sharedUrl = blobUrl('shared', false)
workers['shared-first'] = new SharedWorker(sharedUrl)
workers['shared-second'] = new SharedWorker(sharedUrl)
window.tryAll = async T => {
  const results = {}
  for (const [name, worker] of Object.entries(workers))
    results[name] = await new Promise(resolve => {
      const target = worker.port || worker
      target.onmessage = event => resolve(event.data)
      worker.onerror = event => resolve('failed: ' + event.message)
      target.postMessage(T)
    })
  return results
}`

/** Opens a page with the drop-in under gate.network and the workers started. */
async function visit(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const path = `/workers${++pageCount}`
  server.route(
    path,
    html(
      `<script>${EARLY}</script><script>window.consentryConfig = ${SETUP}</script>` + dropIn(),
      `<script>${START}</script>`,
    ),
  )
  const { context, page, errors } = await openPage(browser)
  server.requests.length = 0
  await page.goto(server.origin() + path)
  await page.waitForLoadState('load')
  return { page, errors, close: () => context.close() }
}

/** Paths requested from the tracker, sorted. */
const trackerPaths = () =>
  server
    .hits('tracker.test')
    .map(r => r.path)
    .sort()

/** What every worker reports when each route went the same way (`outcome`). */
const everyWorker = (outcome: string, heard: number) => {
  const classic = { tries: { fetch: outcome, xhr: outcome, importScripts: outcome }, heard }
  const module = { tries: { fetch: outcome, xhr: outcome }, heard }
  return {
    'blob-classic': classic,
    'blob-module': module,
    'data-classic': classic,
    'data-module': module,
    'blob-early': classic,
    // One worker heard both connections' messages.
    'shared-first': { ...classic, heard: 2 * heard - 1 },
    'shared-second': { ...classic, heard: 2 * heard },
  }
}

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  // Readable from the workers (a data: worker's origin is opaque): a refusal is the gate's.
  const open = { 'access-control-allow-origin': '*' }
  server.route('/w/fetch', 'fetched', open)
  server.route('/w/xhr', 'sent', open)
  server.route('/w/import.js', 'self.imported = true', open)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('workers under gate.network', () => {
  it('refuses a blob: or data: worker’s (and shared worker’s) fetch, XHR, WebSocket, EventSource and importScripts to a denied host, and lets them through in the same workers after Accept', async () => {
    const { page, errors, close } = await visit()
    const tracker = server.origin('tracker.test')
    expect(await page.evaluate(`tryAll(${JSON.stringify(tracker)})`)).toEqual(
      everyWorker('refused', 1),
    )
    await page.waitForTimeout(300)
    expect(trackerPaths()).toEqual([])

    await page.evaluate('consent.acceptAll()')
    // The workers' own message handlers never hear the gate's message: one more each.
    expect(await page.evaluate(`tryAll(${JSON.stringify(tracker)})`)).toEqual(everyWorker('ok', 2))
    const expected: string[] = []
    const names = ['blob-classic', 'blob-module', 'data-classic', 'data-module', 'blob-early']
    for (const name of names) {
      for (const route of ['fetch', 'xhr', 'socket', 'events']) expected.push(`/w/${route}?${name}`)
      if (!name.endsWith('module')) expected.push(`/w/import.js?${name}`)
    }
    // The shared worker, once per connection.
    for (const route of ['fetch', 'xhr', 'socket', 'events', 'import.js'])
      expected.push(`/w/${route}?shared`, `/w/${route}?shared`)
    await expect.poll(() => trackerPaths()).toEqual(expected.sort())
    expect(errors).toEqual([])
    await close()
  })
})
