// `npm run test:examples`: packs consentry as npm would publish it, installs each example
// against that tarball (from the npm registry for everything else), builds it, serves it
// on 127.0.0.1 and drives it in real headless Chromium: the banner asks, "Accept all"
// updates the app's component and loads the gated embed, and a reload shows no banner
// at any moment. Prints how long each step took, then "N passed, N failed".
//
// `node examples/test.mjs vite-vue` runs one example.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { FLAGS, findChromium } from '../test/browser/chromium.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const EXAMPLES = join(ROOT, 'examples')
const PACK = join(EXAMPLES, '.pack')
// No telemetry, no update checks: the only network this run uses is the npm registry.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: process.env.CI || '1' }

const timings = []
let passed = 0
let failed = 0

/** Runs `fn`, records how long it took under `label`. */
async function timed(label, fn) {
  const start = Date.now()
  try {
    return await fn()
  } finally {
    timings.push({ label, seconds: (Date.now() - start) / 1000 })
  }
}

/** One named check: counted, and its failure printed without stopping the others. */
async function check(name, fn) {
  try {
    await fn()
    passed++
    console.log(`  ok  ${name}`)
  } catch (e) {
    failed++
    console.log(`  FAIL ${name}\n       ${String(e.message).split('\n').join('\n       ')}`)
  }
}

const run = (cwd, command, args) =>
  execFileSync(command, args, { cwd, env: ENV, stdio: ['ignore', 'inherit', 'inherit'] })

/** `npm pack` of the working tree's dist/, as examples/.pack/consentry.tgz. */
function pack() {
  rmSync(PACK, { recursive: true, force: true })
  mkdirSync(PACK)
  execFileSync('npm', ['pack', '--silent', '--pack-destination', PACK], { cwd: ROOT, env: ENV })
  const [file] = readdirSync(PACK).filter(name => name.endsWith('.tgz'))
  renameSync(join(PACK, file), join(PACK, 'consentry.tgz'))
}

/** Installs an example; consentry again each time, since the tarball changes with dist/. */
function install(dir) {
  rmSync(join(dir, 'node_modules', 'consentry'), { recursive: true, force: true })
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'])
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** Serves a static build on 127.0.0.1, index.html for unknown paths (a single-page app). */
async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url || '/', 'http://x').pathname
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir + sep) || !existsSync(file) || path.endsWith('/'))
      file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise(resolve => server.close(resolve)),
  }
}

/** A free port on 127.0.0.1, for a server that cannot be given port 0. */
async function freePort() {
  const probe = createServer()
  await new Promise(resolve => probe.listen(0, '127.0.0.1', resolve))
  const port = probe.address().port
  await new Promise(resolve => probe.close(resolve))
  return port
}

/** Polls `url` until it answers, for at most `ms`. */
async function waitForServer(url, child, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

/** `next start` on 127.0.0.1. */
async function serveNext(dir) {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [join(dir, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: dir, env: ENV, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const url = `http://127.0.0.1:${port}/`
  await waitForServer(url, child, 60_000)
  return {
    url,
    close: () =>
      new Promise(resolve => {
        child.once('exit', resolve)
        child.kill()
      }),
  }
}

/**
 * Runs in the page before any of its scripts: counts every moment the banner is in the
 * document, on every animation frame and on every DOM change, for the first seconds.
 */
const watchBanner = selector => {
  const seen = () => {
    const host = document.querySelector('#consentry-root')
    const inShadow = host && host.shadowRoot && host.shadowRoot.querySelector(selector)
    if (inShadow || document.querySelector(selector)) window.__bannerSeen = true
  }
  window.__bannerSeen = false
  new MutationObserver(seen).observe(document, { childList: true, subtree: true })
  const until = Date.now() + 3000
  const frame = () => {
    seen()
    if (Date.now() < until) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

/** The checks every example passes, in real Chromium. */
async function drive(browser, example, url) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', e => errors.push(e.message))
  page.on('console', message => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`)
  })
  await context.addInitScript(watchBanner, example.banner)
  const analytics = page.getByTestId('analytics')
  const embed = page.frameLocator('iframe[title="Intro video"]').locator('#embed')
  try {
    let firstHtml = ''
    await check(`${example.name}: a first visit sees the banner and the held embed`, async () => {
      const response = await page.goto(url)
      firstHtml = await response.text()
      await page.getByRole('button', { name: 'Accept all' }).waitFor()
      // The watcher sees a banner that is there: its silence after the reload means something.
      assert.equal(await page.evaluate(() => window.__bannerSeen), true)
      assert.equal(await analytics.textContent(), 'Analytics: off')
      await page.getByRole('button', { name: 'Load once' }).waitFor()
      assert.equal(await page.locator('iframe').count(), 0)
    })
    if (example.serverRendered)
      await check(`${example.name}: the first HTML already holds the banner`, () => {
        assert.match(firstHtml, /aria-label="Cookie consent"/)
        assert.doesNotMatch(firstHtml, /<iframe/)
      })
    await check(
      `${example.name}: "Accept all" updates the component and loads the embed`,
      async () => {
        await page.getByRole('button', { name: 'Accept all' }).click()
        await page.getByText('Analytics: on').waitFor()
        await embed.waitFor()
        assert.equal(await page.getByRole('button', { name: 'Accept all' }).count(), 0)
        const cookies = await context.cookies()
        assert.deepEqual(
          cookies.map(c => c.name),
          ['consentry'],
        )
      },
    )
    await check(`${example.name}: a reload shows no banner at any moment`, async () => {
      const response = await page.reload()
      const html = await response.text()
      await embed.waitFor()
      assert.equal(await analytics.textContent(), 'Analytics: on')
      // Polled for the first three seconds of the page's life.
      await page.waitForFunction(() => performance.now() > 3000)
      assert.equal(await page.evaluate(() => window.__bannerSeen), false)
      if (example.serverRendered) {
        assert.doesNotMatch(html, /aria-label="Cookie consent"/)
        assert.match(html, /<iframe[^>]*title="Intro video"/)
      }
    })
    await check(`${example.name}: no page errors, no hydration warnings`, () => {
      assert.deepEqual(errors, [])
    })
  } finally {
    await context.close()
  }
}

const EXAMPLE_LIST = [
  {
    name: 'vite-react',
    // consentry's own banner, a region in its shadow root.
    banner: '[role="region"], [role="dialog"]',
    serverRendered: false,
    serve: dir => serveStatic(join(dir, 'dist')),
  },
  {
    // A fresh Vue 3 app as create-vue makes it: TypeScript, `vue-tsc` before `vite build`,
    // so the README's config and `consentry/vue` must type-check, not just bundle.
    name: 'vite-vue',
    banner: '[role="region"], [role="dialog"]',
    serverRendered: false,
    serve: dir => serveStatic(join(dir, 'dist')),
  },
  {
    name: 'next-app-router',
    banner: '[aria-label="Cookie consent"]',
    serverRendered: true,
    serve: serveNext,
  },
]

const only = process.argv.slice(2)
const chosen = EXAMPLE_LIST.filter(e => !only.length || only.includes(e.name))
const started = Date.now()
await timed('npm pack', pack)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || findChromium(),
  args: FLAGS,
})
try {
  for (const example of chosen) {
    const dir = join(EXAMPLES, example.name)
    console.log(`\n== ${example.name}`)
    try {
      await timed(`${example.name}: npm install`, () => install(dir))
      await timed(`${example.name}: build`, () => run(dir, 'npm', ['run', '--silent', 'build']))
    } catch (e) {
      failed++
      console.log(`  FAIL ${example.name}: install or build: ${e.message}`)
      continue
    }
    const server = await example.serve(dir)
    try {
      await timed(`${example.name}: Chromium checks`, () => drive(browser, example, server.url))
    } finally {
      await server.close()
    }
  }
} finally {
  await browser.close()
}
timings.push({ label: 'total', seconds: (Date.now() - started) / 1000 })
console.log('\n== timings')
for (const { label, seconds } of timings)
  console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}`)
console.log(`\nexamples: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
