// `npm run bench`: consentry beside orejime and vanilla-cookieconsent, and beside the same
// page without any consent library, in one run of headless Chromium; then consentry's own
// scaling cases (test/bench/scaling.mjs: the observer on a page that appends 10,000
// elements, activation and dialog growth).
// Every variant serves the same page body from a server on 127.0.0.1; variants are
// interleaved (A B C D A B C D ...), every load gets a fresh browser context, and the whole
// run happens on the desktop CPU and again with CDP CPU throttling at 4x.
// Writes test/bench/results.json and results.md, the README's Performance tables and
// docs/performance.md's, and prints the report.
// BENCH_RUNS=3 for a quick run while developing (it writes results.md but leaves README.md
// and docs/ alone); BENCH_DIST=/path to measure another build; BENCH_BASELINE=/path to
// measure a second build beside it in the same run; BENCH_ONLY=peers skips the scaling
// cases and the profile.
import { gzipSync } from 'node:zlib'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { format, resolveConfig } from 'prettier'
import { FLAGS, findChromium } from '../browser/chromium.mjs'
import { addSamples, emptyTotals, readableBuild, startProfiler, summarise } from './profile.mjs'
import { probe } from './probe.mjs'
import { markdown } from './report.mjs'
import { routeScalingPages, runScaling } from './scaling.mjs'
import { startServer } from './server.mjs'
import { summary, percentile } from './stats.mjs'
import { PARTS, bundleWithout } from '../../scripts/parts.mjs'
import { writeDocs } from '../../scripts/readme-bench.mjs'
import { longestTask, scriptTime } from './trace.mjs'
import { GATED_PATH, GATED_SOURCE, TRACKER_HOST, variants, versionOf } from './variants.mjs'

const ROOT = new URL('../..', import.meta.url).pathname
const HERE = new URL('.', import.meta.url).pathname
const DIST = resolve(process.env.BENCH_DIST || ROOT + 'dist')
// 15 loads per variant and rate unless asked for fewer (or more), bounded either way.
const requestedRuns = parseInt(process.env.BENCH_RUNS || '', 10) || 15
const RUNS = Math.min(100, Math.max(1, requestedRuns))
const RATES = [
  { name: 'desktop', rate: 1 },
  { name: 'x4', rate: 4 },
]
const VIEWPORT = { width: 1280, height: 800 }
const LOAD_TIMEOUT = 30_000
const MAX_FRAMES = 900
const PEERS = ['orejime', 'cookieconsent']
const PEERS_ONLY = process.env.BENCH_ONLY === 'peers'
// What a Performance panel recording holds: tasks, script, layout, and compile events.
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.compile',
]

const started = Date.now()
const loadBefore = os.loadavg()

function log(...parts) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4)
  console.error(`[${seconds}s]`, ...parts)
}

if (!existsSync(DIST + '/consentry.js')) {
  console.error(`bench: ${DIST}/consentry.js is missing; run \`npm run build\` first`)
  process.exit(1)
}

const server = await startServer()
const gatedUrl = server.origin(TRACKER_HOST) + GATED_PATH
// BENCH_BASELINE=/path: another build of the drop-in as a variant of its own, for an A/B.
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined
const VARIANTS = variants({ dist: DIST, gatedUrl, baseline: BASELINE })
VARIANTS.lean = await leanVariant()
server.route(GATED_PATH, GATED_SOURCE, 'text/javascript; charset=utf-8')
// Browsers ask for it on every fresh context; a 404 would only add noise to the log.
server.route('/favicon.ico', '', 'image/x-icon')
for (const [name, variant] of Object.entries(VARIANTS)) {
  server.route('/' + name, variant.html)
  for (const [path, served] of Object.entries(variant.files))
    server.route(path, served.body, served.type)
}
routeScalingPages(server)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || findChromium(),
  args: FLAGS,
  timeout: 60_000,
})
const chromiumVersion = browser.version()
const pageErrors = new Set()

/** Records a Chromium trace around `during()`; resolves with both results. */
async function traced(page, during) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  let result
  try {
    result = await during()
  } catch (error) {
    await browser.stopTracing().catch(() => {})
    throw error
  }
  const buffer = await browser.stopTracing()
  return { result, trace: JSON.parse(buffer.toString()) }
}

/**
 * The lower bound of a lean drop-in that would load the UI from a second file: this build
 * with the UI replaced by an empty stand-in (scripts/parts.mjs), measured on returning
 * visits only (it draws no banner), with the record consentry's first visit stored.
 */
async function leanVariant() {
  const code = await bundleWithout(PARTS.find(part => part.name === 'UI'))
  const dir = mkdtempSync(join(os.tmpdir(), 'consentry-lean-'))
  writeFileSync(join(dir, 'consentry.js'), code)
  const lean = variants({ dist: dir, gatedUrl, baseline: dir }).baseline
  rmSync(dir, { recursive: true })
  const label = 'consentry without its UI (what a lean file would run)'
  return { ...lean, label, banner: null, accept: null, uiRoot: null, returningOnly: true }
}

/**
 * A fresh context with the probe installed and the CPU rate set, for one load of
 * `variant`; `cookies` make it a returning visit. `steps(page)` runs the load.
 */
async function withPage(name, rate, cookies, steps) {
  const variant = VARIANTS[name]
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    if (cookies) await context.addCookies(cookies)
    const page = await context.newPage()
    page.on('pageerror', error => pageErrors.add(`${name}: ${error.message}`))
    await page.addInitScript(probe, {
      banner: variant.banner,
      uiRoot: variant.uiRoot || null,
      expectBanner: Boolean(variant.banner) && !cookies,
      maxFrames: MAX_FRAMES,
    })
    const cdp = await context.newCDPSession(page)
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    return await steps(page, context)
  } catch (error) {
    log(`  ${name} at ${rate}x failed: ${error.message.split('\n')[0]}`)
    return null
  } finally {
    await context.close().catch(() => {})
  }
}

/** Navigates and waits for the probe's done line (three frames after load, banner seen). */
async function load(page, name) {
  let timer
  const done = new Promise((resolve, reject) => {
    page.on('console', message => {
      if (message.text() === '__peers_done') resolve()
    })
    timer = setTimeout(() => reject(new Error('the page never finished')), LOAD_TIMEOUT)
  })
  done.catch(() => {})
  try {
    await page.goto(server.origin() + '/' + name, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
    await done
  } finally {
    clearTimeout(timer)
  }
}

/** `to - from`, or null when either is missing (null - x would be -x). */
const between = (from, to) => (from == null || to == null ? null : to - from)

/** Sum of each long task's time over 50 ms, and the layout shift score, of one load. */
function loadFigures(record) {
  const blocking = record.longtasks.map(task => Math.max(0, task.duration - 50))
  const shifts = record.shifts.filter(shift => !shift.input).map(shift => shift.value)
  return {
    tbt: blocking.reduce((total, value) => total + value, 0),
    longestLongtask: record.longtasks.reduce((most, task) => Math.max(most, task.duration), 0),
    shift: shifts.reduce((total, value) => total + value, 0),
  }
}

/** Where the Accept-all button of `variant` is on screen, found before any clock runs. */
async function acceptBox(page, accept) {
  const locator = accept.role
    ? page.getByRole(accept.role, { name: accept.name, exact: true })
    : page.locator(accept.selector)
  return locator.first().boundingBox({ timeout: 10_000 })
}

/** A first visit: the load (traced), then a click on Accept all (traced apart). */
function firstVisit(name, rate) {
  const variant = VARIANTS[name]
  return withPage(name, rate, null, async (page, context) => {
    const trackerBefore = server.hits(TRACKER_HOST)
    const loaded = await traced(page, () => load(page, name))
    const record = await page.evaluate(() => window.__peers)
    const ranBeforeClick = await page.evaluate(() => window.__ran)
    const row = {
      record,
      ...loadFigures(record),
      script: scriptTime(loaded.trace, variant.scripts),
      heldBeforeConsent: ranBeforeClick == null && server.hits(TRACKER_HOST) === trackerBefore,
    }
    if (!variant.accept) return row
    const box = await acceptBox(page, variant.accept)
    const clicked = await traced(page, async () => {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
      await page.waitForFunction(() => window.__ran != null, null, {
        timeout: 10_000,
        polling: 50,
      })
      // Two frames more, so the longest task holds whatever the click left for the next frame.
      await page.evaluate(
        () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
    })
    const click = await page.evaluate(() => ({
      click: window.__peers.click,
      ran: window.__ran,
      longtasks: window.__peers.longtasks,
    }))
    const longAfterClick = click.longtasks.filter(task => task.start + task.duration > click.click)
    row.click = {
      toGated: between(click.click, click.ran),
      script: scriptTime(clicked.trace, variant.scripts),
      longestTask: longestTask(clicked.trace),
      longestLongtask: longAfterClick.reduce((most, task) => Math.max(most, task.duration), 0),
    }
    const cookies = await context.cookies()
    // The record only: the returning visit must not inherit anything else of this one.
    const stored = cookies.filter(cookie => cookie.name === variant.cookie)
    return { ...row, stored }
  })
}

/** A returning visit: the record from this round's first visit already stored. */
function returningVisit(name, rate, cookies) {
  const variant = VARIANTS[name]
  return withPage(name, rate, cookies, async page => {
    const loaded = await traced(page, () => load(page, name))
    const record = await page.evaluate(() => window.__peers)
    const ran = await page.evaluate(() => window.__ran)
    return {
      record,
      script: scriptTime(loaded.trace, variant.scripts),
      uiRan: record.uiRootSeen != null || record.bannerBuilt != null,
      bannerShown: record.visible != null,
      gatedRanAtLoad: ran != null,
    }
  })
}

const PROFILE_LOADS = 10
const READABLE = '/profile/consentry.js'

/** `PROFILE_LOADS` desktop loads of the readable build under the profiler, summed. */
async function profileLoads(source, cookies) {
  const totals = emptyTotals()
  let loads = 0
  for (let i = 0; i < PROFILE_LOADS; i++) {
    const profile = await withPage('consentry', 1, cookies, async page => {
      const stop = await startProfiler(page)
      await load(page, 'consentry-readable')
      return stop()
    })
    if (!profile) continue
    addSamples(totals, profile, READABLE)
    loads++
  }
  return summarise(totals, loads, source)
}

/**
 * Desktop first and returning visits of a readable build of the drop-in under V8's
 * sampling profiler; the returning visits hold the record of one first visit with a click.
 */
async function profileConsentry() {
  const build = await readableBuild()
  if (!build.code) return { error: build.error }
  const shipped = VARIANTS.consentry.scripts[0]
  server.route(READABLE, build.code, 'text/javascript; charset=utf-8')
  server.route('/consentry-readable', VARIANTS.consentry.html.replace(shipped, READABLE))
  const first = await profileLoads(build.code, null)
  const accepted = await firstVisit('consentry', 1)
  const stored = accepted && accepted.stored.length ? accepted.stored : null
  const returning = stored ? await profileLoads(build.code, stored) : null
  return { first, returning }
}

// --- the run ------------------------------------------------------------------------

const names = Object.keys(VARIANTS)
const rows = {}
let profile
let scaling
try {
  for (const { name: rateName, rate } of RATES) {
    rows[rateName] = Object.fromEntries(names.map(name => [name, { first: [], back: [] }]))
    log(`${names.join(' / ')} at ${rate}x, ${RUNS} rounds`)
    for (let round = 0; round < RUNS; round++) {
      const storedThisRound = {}
      for (const name of names) {
        if (VARIANTS[name].returningOnly) {
          const stored = storedThisRound.consentry
          const back = stored ? await returningVisit(name, rate, stored) : null
          if (back) rows[rateName][name].back.push({ ...back, round })
          continue
        }
        const first = await firstVisit(name, rate)
        if (!first) continue
        const kept = { ...first, round }
        delete kept.stored
        rows[rateName][name].first.push(kept)
        if (!first.stored || !first.stored.length) continue
        storedThisRound[name] = first.stored
        const back = await returningVisit(name, rate, first.stored)
        if (back) rows[rateName][name].back.push({ ...back, round })
      }
      log(`  round ${round + 1} of ${RUNS} done`)
    }
  }
  if (!PEERS_ONLY) {
    scaling = await runScaling({
      browser,
      origin: server.origin,
      runs: RUNS,
      rates: RATES,
      log,
      onError: error => pageErrors.add(error),
    })
    log('profiling consentry')
    profile = await profileConsentry()
  }
} finally {
  await browser.close().catch(() => {})
  await server.close()
}

// --- figures ------------------------------------------------------------------------

const pick = (list, read) =>
  list.map(read).filter(value => typeof value === 'number' && Number.isFinite(value))
const sizeOf = variant => {
  const files = Object.entries(variant.files).filter(([, served]) => served.library)
  const perFile = files.map(([path, served]) => ({
    path,
    raw: Buffer.byteLength(served.body),
    gzip: gzipSync(served.body, { level: 9 }).length,
  }))
  const gzip = perFile.reduce((total, entry) => total + entry.gzip, 0)
  return { files: perFile, gzip }
}

/**
 * Per variant and rate: summaries of every figure. The banner's overhead is its median
 * minus the bare page's median (how the targets read); its p90 is over the differences
 * within a round (loads next to each other in time).
 */
function figures(rateRows) {
  const bare = rateRows.none.first
  const bareContent = summary(pick(bare, row => row.record.content))
  const result = {}
  for (const name of names) {
    const first = rateRows[name].first
    const back = rateRows[name].back
    const withClick = first.filter(row => row.click)
    const visible = pick(first, row => row.record.visible ?? row.record.content)
    const visibleSummary = summary(visible)
    const byRound = new Map(bare.map(row => [row.round, row.record.content]))
    const paired = pick(first, row => {
      const baseline = byRound.get(row.round)
      const shown = row.record.visible ?? row.record.content
      return baseline == null ? null : shown - baseline
    })
    result[name] = {
      loads: first.length,
      visible: visibleSummary,
      overhead: {
        median: between(bareContent.median, visibleSummary.median),
        p90: percentile(paired, 90),
      },
      content: summary(pick(first, row => row.record.content)),
      laidOut: summary(pick(first, row => row.record.laidOut)),
      // Per load: how long the banner sat laid out but at opacity 0 before it could be seen.
      heldAtZero: summary(pick(first, row => between(row.record.laidOut, row.record.visible))),
      bodyFrame: summary(pick(first, row => row.record.bodyFrame)),
      scriptWall: summary(pick(first, row => row.script.wall)),
      scriptCpu: summary(pick(first, row => row.script.cpu)),
      compileCpu: summary(pick(first, row => row.script.compileCpu)),
      callbacksCpu: summary(pick(first, row => row.script.callbacksCpu)),
      loadTaskWall: summary(pick(first, row => row.script.longestTask.wall)),
      loadTaskScriptWall: summary(pick(first, row => row.script.mostScriptTask.scriptWall)),
      loadTaskScriptCpu: summary(pick(first, row => row.script.mostScriptCpuTask.scriptCpu)),
      tbt: summary(pick(first, row => row.tbt)),
      shift: summary(pick(first, row => row.shift)),
      held: first.filter(row => row.heldBeforeConsent).length,
      clicks: withClick.length,
      clickToGated: summary(pick(withClick, row => row.click.toGated)),
      clickScriptWall: summary(pick(withClick, row => row.click.script.wall)),
      clickScriptCpu: summary(pick(withClick, row => row.click.script.cpu)),
      clickTaskWall: summary(pick(withClick, row => row.click.longestTask.wall)),
      clickTaskCpu: summary(pick(withClick, row => row.click.longestTask.cpu)),
      returning: {
        loads: back.length,
        scriptWall: summary(pick(back, row => row.script.wall)),
        scriptCpu: summary(pick(back, row => row.script.cpu)),
        uiRan: back.filter(row => row.uiRan).length,
        bannerShown: back.filter(row => row.bannerShown).length,
        gatedRan: back.filter(row => row.gatedRanAtLoad).length,
      },
    }
  }
  return result
}

const perRate = Object.fromEntries(RATES.map(({ name }) => [name, figures(rows[name])]))
const sizes = Object.fromEntries(names.map(name => [name, sizeOf(VARIANTS[name])]))

/** The issue-20 targets, as ratios within this run; pass is null where nothing was measured. */
function targets() {
  const list = []
  const add = (rate, name, goal, measured, pass, detail) =>
    list.push({ rate, name, goal, measured, pass: measured == null ? null : pass, detail })
  // consentry's median over a peer's, against the largest ratio that passes.
  const compare = (rate, name, limit, mine, peer, unit = '') => {
    const measured = mine != null && peer.value ? mine / peer.value : null
    const detail = `${fmt(mine)} ms vs ${peer.label} ${fmt(peer.value)} ms${unit}`
    add(rate, name, `<= ${limit}x`, measured, measured <= limit, detail)
  }
  for (const { name: rate } of RATES) {
    const figs = perRate[rate]
    const mine = figs.consentry
    const peer = (name, read) => ({ label: VARIANTS[name].label, value: read(figs[name]) })
    const fastest = read => {
      const measured = PEERS.map(name => peer(name, read)).filter(entry => entry.value != null)
      if (!measured.length) return { label: 'no peer', value: null }
      return measured.reduce((best, entry) => (entry.value < best.value ? entry : best))
    }
    const overhead = f => f.overhead.median
    const script = f => f.scriptCpu.median
    const click = f => f.clickToGated.median
    compare(
      rate,
      'Banner-visible overhead over the bare page, vs orejime',
      0.5,
      overhead(mine),
      peer('orejime', overhead),
    )
    compare(
      rate,
      'First-visit SDK script time (CPU), vs the fastest peer',
      0.6,
      script(mine),
      fastest(script),
    )
    compare(
      rate,
      'Accept click to gated script, vs the fastest peer',
      0.7,
      click(mine),
      fastest(click),
    )
    if (rate === 'desktop') {
      const back = mine.returning
      add(
        rate,
        'Returning visitor: SDK script (main-thread CPU)',
        '< 2 ms',
        back.scriptCpu.median,
        back.scriptCpu.median < 2,
        `wall ${fmt(back.scriptWall.median)} ms`,
      )
      const lean = figs.lean.returning
      add(
        rate,
        'Returning visitor, drop-in without its UI code (what a lean file would run)',
        '< 2 ms',
        lean.scriptCpu.median,
        lean.scriptCpu.median < 2,
        `wall ${fmt(lean.scriptWall.median)} ms`,
      )
      add(
        rate,
        'Returning visitor: no UI code ran (loads with UI)',
        '0',
        back.loads ? back.uiRan : null,
        back.uiRan === 0,
        `${back.uiRan} of ${back.loads} loads`,
      )
    }
    if (rate === 'x4') {
      // Main-thread CPU: at 4x it counts the throttling, and not the time spent descheduled.
      const load = mine.loadTaskScriptCpu.max
      const click = mine.clickTaskCpu.max
      const worst = Math.max(load ?? 0, click ?? 0)
      add(
        rate,
        'No SDK long task over 50 ms (worst load; CPU of the SDK script in one load task, of the click task)',
        '<= 50 ms',
        mine.loads ? worst : null,
        worst <= 50,
        `load ${fmt(load)} ms, click ${fmt(click)} ms (wall ${fmt(mine.loadTaskScriptWall.max)}, ${fmt(mine.clickTaskWall.max)})`,
      )
    }
    add(
      rate,
      'Layout shift from the banner (worst load)',
      '0',
      mine.shift.max,
      mine.shift.max === 0,
      '',
    )
    if (!scaling) continue
    const observer = scaling.figures[rate].observer.each
    add(
      rate,
      'Observer: CPU added to a page appending 10,000 elements one by one',
      '<= 5%',
      observer.overhead == null ? null : observer.overhead * 100,
      observer.overhead <= 0.05,
      `${fmt(observer.with.median)} ms vs ${fmt(observer.without.median)} ms without the drop-in`,
    )
    for (const [key, label] of [
      ['activation', 'Activation of 10 / 100 / 1,000 gated scripts'],
      ['preferences', 'Preferences dialog with 5 / 50 / 200 services'],
    ]) {
      const steps = scaling.figures[rate][key].growth
      const per10x = steps.map(step => step.per10x)
      const measured = per10x.some(value => value == null) ? null : Math.max(...per10x)
      add(
        rate,
        `${label}: CPU growth per 10x (steepest step)`,
        '<= 14x',
        measured,
        measured <= 14,
        scaling.figures[rate][key].cpu.map(point => `${fmt(point.median)} ms`).join(' / '),
      )
    }
  }
  return list
}

/** A line for every variant whose gated script ran (or was requested) before the click. */
function heldNotes() {
  const notes = []
  for (const { name: rate } of RATES)
    for (const [name, f] of Object.entries(perRate[rate]))
      if (f.held < f.loads)
        notes.push(
          `${name} at ${rate}: the gated script ran before consent in ${f.loads - f.held} load(s)`,
        )
  return notes
}

function fmt(value) {
  return value == null ? '-' : value.toFixed(1)
}

const round = value => Math.round(value * 100) / 100
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  seconds: Math.round((Date.now() - started) / 1000),
  machine: {
    cpu: os.cpus()[0].model,
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: chromiumVersion,
    node: process.version,
    loadavg: { before: loadBefore.map(round), after: os.loadavg().map(round) },
  },
  versions: {
    consentry: JSON.parse(readFileSync(ROOT + 'package.json', 'utf8')).version,
    orejime: versionOf('orejime'),
    cookieconsent: versionOf('vanilla-cookieconsent'),
  },
  dist: DIST,
  labels: Object.fromEntries(names.map(name => [name, VARIANTS[name].label])),
  sizes,
  figures: perRate,
  targets: targets(),
  scaling: scaling ? scaling.figures : null,
  profile,
  notes: [...heldNotes(), ...[...pageErrors].slice(0, 10).map(error => 'Page error: ' + error)],
  raw: { peers: rows, scaling: scaling ? scaling.raw : null },
}

const md = markdown(results)
// In the layout `prettier --check` expects, as `npm test` checks every JSON file of the tree.
const jsonPath = HERE + 'results.json'
const prettierOptions = await resolveConfig(jsonPath)
const json = await format(JSON.stringify(results), { ...prettierOptions, filepath: jsonPath })
writeFileSync(jsonPath, json)
writeFileSync(HERE + 'results.md', md)
console.log(md)
log('wrote test/bench/results.json and results.md')
// A quick run is for development: only a full one may stand in the README.
if (RUNS >= 15 && !PEERS_ONLY && !BASELINE) {
  writeDocs(results)
  log('wrote the tables into README.md and docs/performance.md')
}
