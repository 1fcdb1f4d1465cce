// The demo server: `npm run demo` (builds, then runs this file). Plain node:http on
// 127.0.0.1: a gallery, five mock sites running the shipped drop-in with their presets,
// local stand-ins for every third party, and the API modules in demo/api/.
import { existsSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gallery, home, notFound, privacy, themeCss } from './pages.mjs'
import { sites } from './sites.mjs'
import { cspHeaders } from './csp.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEMO = join(ROOT, 'demo')
const DIST = join(ROOT, 'dist')

/**
 * The stand-ins, by name: files in demo/stand-ins/<name>/. First-party ones play the
 * site's own scripts and always load from the page's origin; third-party ones load
 * from `<name>.test` when the page itself is on a *.test name (tests, screenshots),
 * and from `/stand-in/<name>/` otherwise (a normal browser cannot resolve *.test).
 */
export const STAND_INS = {
  stats: { firstParty: true },
  recorder: { firstParty: true },
  beacon: {},
  facebook: {},
  sharethis: {},
  twitter: {},
  ads: {},
  addon: {},
}

const RECEIPTS = { endpoint: '/api/receipts' }

/** Drop-in add-ons from dist/ that demo pages load when the build has them. */
const ADD_ONS = { home: ['receipts.js'], privacy: ['receipts.js', 'describe.js'] }

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
}
// The smallest transparent GIF: what a web beacon answers.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** Reads `file` if it is inside `dir`; null otherwise or when missing. */
async function fileIn(dir, path) {
  const file = normalize(join(dir, path))
  if (!file.startsWith(dir + sep)) return null
  try {
    return await readFile(file)
  } catch {
    return null
  }
}

const send = (res, status, body, type = 'text/html; charset=utf-8', headers = {}) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers })
  res.end(body)
}

/** Loads every demo/api/*.mjs module; one that fails to load is reported and skipped. */
async function loadApis() {
  const dir = join(DEMO, 'api')
  const apis = []
  if (!existsSync(dir)) return apis
  for (const name of readdirSync(dir)
    .filter(f => f.endsWith('.mjs'))
    .sort()) {
    try {
      const mod = await import(pathToFileURL(join(dir, name)).href)
      if (typeof mod.handle === 'function') apis.push({ name, handle: mod.handle })
    } catch (e) {
      console.error(`consentry demo: demo/api/${name} did not load: ${e.message}`)
    }
  }
  return apis
}

/**
 * Starts the demo server. Resolves once it listens.
 * @example const demo = await startDemo({ port: 0 }); console.log(demo.url); await demo.close()
 */
export async function startDemo({ port = 0, host = '127.0.0.1' } = {}) {
  // The shipped ESM build, so the demo runs the presets exactly as a site would import them.
  const { presets, extend } = await import(pathToFileURL(join(DIST, 'presets.js')).href)
  const { regionFromHeaders } = await import(pathToFileURL(join(DIST, 'server.js')).href)
  const { describePolicy } = await import(pathToFileURL(join(DIST, 'integrations.js')).href)
  const apis = await loadApis()
  const requests = []

  /**
   * What a page lays over its preset (`data-preset` + the JSON config): the demo's receipt
   * endpoint, a policy link that keeps the page's query (the visitor's region and signals,
   * so the banner's "Privacy policy" link does not lose them), and, under *.test names,
   * the stand-ins' hosts beside the real ones.
   */
  const overridesFor = ({ id, hostMode, query }) => {
    const overrides = { policyUrl: `/${id}/privacy${query}`, receipts: RECEIPTS }
    if (!hostMode) return overrides
    const categories = {}
    for (const [categoryName, category] of Object.entries(presets[id].categories)) {
      for (const [serviceName, service] of Object.entries(category.services || {})) {
        const standIn = sites[id].hostsFor[serviceName]
        if (!standIn) continue
        categories[categoryName] ||= { services: {} }
        const hosts = [...(service.hosts || []), standIn + '.test']
        categories[categoryName].services[serviceName] = { hosts }
      }
    }
    return { ...overrides, categories }
  }

  const serveStandIn = async (res, name, path) => {
    const data = path.length > 1 ? await fileIn(join(DEMO, 'stand-ins', name), path) : null
    if (data) {
      const type = TYPES[extname(path)] || 'application/octet-stream'
      send(res, 200, data, type, { 'access-control-allow-origin': '*' })
      return
    }
    // Beacons and collection endpoints: an image for <img>, no content for sendBeacon.
    if (name === 'beacon' || path.endsWith('.gif')) {
      send(res, 200, GIF, 'image/gif')
      return
    }
    send(res, 204, '')
  }

  /** Which stand-in a request is for, by host (`facebook.test`) or by path (`/stand-in/…`),
   * and the file inside it; `{ standIn: '', file: '' }` when it is for none. */
  const standInOf = (hostname, path) => {
    const label = hostname.endsWith('.test') ? hostname.slice(0, -'.test'.length) : ''
    const byHost = Object.hasOwn(STAND_INS, label) && !STAND_INS[label].firstParty
    if (byHost) return { standIn: label, file: path }
    const match = path.match(/^\/stand-in\/([a-z]+)(\/.*)$/)
    if (match && Object.hasOwn(STAND_INS, match[1])) return { standIn: match[1], file: match[2] }
    return { standIn: '', file: '' }
  }

  /** A file of the demo itself: its scripts, its stylesheet and the screenshots. */
  const isDemoFile = path =>
    /^\/demo\/[\w-]+\.(js|css)$/.test(path) || /^\/demo\/screenshots\/[\w-]+\.png$/.test(path)

  const serveFile = async (res, dir, path) => {
    const data = await fileIn(dir, path)
    if (data) send(res, 200, data, TYPES[extname(path)] || 'application/octet-stream')
    else send(res, 404, notFound())
  }

  /** A mock site's homepage or privacy page. */
  const serveSite = (req, res, { id, which, url, hostHeader, hostname }) => {
    const hostMode = hostname.endsWith('.test')
    const portPart = hostHeader.match(/:\d+$/)?.[0] || ''
    const u = (name, file) => {
      const byHost = hostMode && !STAND_INS[name].firstParty
      return byHost ? `http://${name}.test${portPart}/${file}` : `/stand-in/${name}/${file}`
    }
    const overrides = overridesFor({ id, hostMode, query: url.search })
    // What the drop-in will run, for the server-rendered policy table.
    const config = extend(presets[id], overrides)
    const ctx = {
      id,
      site: sites[id],
      overrides,
      config,
      // The facts describe.js words on the page, so the table and the text agree.
      policy: describePolicy(config),
      query: url.search,
      // ?region= (the inspector) wins; else what a CDN in front of the site would have said.
      region: url.searchParams.get('region') || regionFromHeaders(req.headers),
      hostMode,
      u,
    }
    const addOns = ADD_ONS[which].filter(file => existsSync(join(DIST, file)))
    const page = which === 'home' ? home(ctx, addOns) : privacy(ctx, addOns)
    send(res, 200, page, undefined, cspHeaders(req, url, ctx.config))
  }

  const handle = async (req, res) => {
    const hostHeader = req.headers.host || ''
    const hostname = hostHeader.replace(/:\d+$/, '')
    const url = new URL(req.url || '/', 'http://' + (hostHeader || 'localhost'))
    const path = url.pathname
    const { standIn, file } = standInOf(hostname, path)
    requests.push({
      host: hostname,
      method: req.method,
      path: path + url.search,
      standIn,
      file: file.slice(1),
    })

    if (standIn) return serveStandIn(res, standIn, file)
    for (const api of apis) if (await api.handle(req, res, url)) return

    if (path === '/') return send(res, 200, gallery({ sites, presets }))
    if (path === '/favicon.ico') return send(res, 204, '')
    if (path === '/demo/themes.css') return send(res, 200, themeCss(sites), TYPES['.css'])
    if (path.startsWith('/dist/')) return serveFile(res, DIST, path.slice('/dist/'.length))
    if (isDemoFile(path)) return serveFile(res, DEMO, path.slice('/demo/'.length))
    const page = path.match(/^\/([a-z0-9]+)(\/(privacy)?)?$/)
    const known = page && Object.hasOwn(sites, page[1]) && Object.hasOwn(presets, page[1])
    if (!known) return send(res, 404, notFound())
    const id = page[1]
    if (!page[2]) return send(res, 301, '', 'text/plain', { location: `/${id}/${url.search}` })
    serveSite(req, res, { id, which: page[3] ? 'privacy' : 'home', url, hostHeader, hostname })
  }

  const server = createServer((req, res) =>
    handle(req, res).catch(e => {
      console.error(e)
      if (!res.headersSent) send(res, 500, 'demo server error', 'text/plain')
      else res.end()
    }),
  )
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const actual = server.address().port
  return {
    server,
    port: actual,
    url: `http://${host}:${actual}/`,
    /** Every request the server saw, in order: `{ host, method, path, standIn, file }`
     * (`standIn` and `file`, its path inside the stand-in, are '' for other requests). */
    requests,
    /** Requests that reached the stand-in `name` (by host or by path). */
    hits: name => requests.filter(r => r.standIn === name),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT) || 8080
  let demo
  try {
    demo = await startDemo({ port })
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e
    console.log(`consentry demo: port ${port} is busy, picking a free one`)
    demo = await startDemo({ port: 0 })
  }
  console.log(`consentry demo: ${demo.url}`)
}
