// The consentry-only cases of `npm run bench`, on pages of their own (test/bench/pages.mjs):
// what the auto-blocking observer costs a page that inserts 10,000 elements, and whether
// activating gated scripts and drawing the preferences dialog stay linear. Peers are not
// measured here: these are promises of consentry's gate and dialog, not a comparison.
// Each figure is the renderer main thread's CPU time of one step (CDP Performance metrics
// in the threadTicks domain), taken from a page timer task so it counts as page script.
import { PIXEL, gatedMany, inserts, services, CONFIG } from './pages.mjs'
import { growth, summary } from './stats.mjs'

export const ACTIVATION = [10, 100, 1000]
export const SERVICES = [5, 50, 200]
const VIEWPORT = { width: 1280, height: 800 }
const LOAD_TIMEOUT = 30_000

/** Registers the pages of the scaling cases (they load the drop-in from /dist/consentry.js). */
export function routeScalingPages(server) {
  for (const n of ACTIVATION) server.route('/gated-' + n, gatedMany(n))
  for (const n of SERVICES) server.route('/services-' + n, services(n))
  server.route('/insert-without', inserts(null))
  server.route('/insert-with', inserts(CONFIG))
  server.route('/bench/pixel.gif', PIXEL, 'image/gif')
}

/** Script and task time of the renderer's main thread so far, in ms of CPU. */
async function cpuNow(session) {
  const { metrics } = await session.send('Performance.getMetrics')
  const byName = Object.fromEntries(metrics.map(metric => [metric.name, metric.value]))
  return { script: byName.ScriptDuration * 1000, task: byName.TaskDuration * 1000 }
}

/** Runs `step(page)` in a timer task of the page and resolves with its result. */
function inPageTask(page, step, argument) {
  return page.evaluate(
    ({ source, value }) =>
      new Promise(resolve => {
        // Built from source: evaluate() cannot pass a function into the page.
        const run = new Function('value', `return (${source})(value)`)
        setTimeout(() => Promise.resolve(run(value)).then(resolve))
      }),
    { source: step.toString(), value: argument },
  )
}

/** Inserts 10,000 elements one by one, then in one batch; CPU of each. */
async function insertBoth(page, session) {
  const insert = {}
  for (const mode of ['each', 'batch']) {
    await page.evaluate(() => window.__clear())
    const before = await cpuNow(session)
    const measured = await inPageTask(page, value => window.__insert(value), mode)
    const after = await cpuNow(session)
    insert[mode] = { ...measured, cpu: after.script - before.script }
  }
  return insert
}

/** `consent.acceptAll()` to the last of the page's gated scripts, and its CPU. */
async function activate(page, session, count) {
  const before = await cpuNow(session)
  const measured = await inPageTask(
    page,
    async expected => {
      const started = performance.now()
      window.consent.acceptAll()
      // Activation may continue after this task: wait for the last script, bounded.
      for (let i = 0; i < 500 && (window.__b.count || 0) < expected; i++)
        await new Promise(resolve => setTimeout(resolve, 2))
      const complete = (window.__b.count || 0) >= expected
      return { ms: complete ? window.__b.ran - started : null, count: window.__b.count || 0 }
    },
    count,
  )
  const after = await cpuNow(session)
  return { ...measured, cpu: measured.ms == null ? null : after.task - before.task }
}

/** `consent.showPreferences()` to the dialog laid out, and its CPU. */
async function openPreferences(page, session) {
  const before = await cpuNow(session)
  const measured = await inPageTask(page, async () => {
    const host = document.getElementById('consentry-root')
    const started = performance.now()
    window.consent.showPreferences()
    // The UI redraws from the store after this task: the dialog is there by the next frame.
    await new Promise(resolve => requestAnimationFrame(resolve))
    const dialog = host && host.shadowRoot.querySelector('dialog.p,[role=dialog]')
    // Style and layout of the new dialog, forced now rather than left to the next frame.
    if (dialog) dialog.getBoundingClientRect()
    const switches = dialog ? dialog.querySelectorAll('input[type=checkbox]').length : 0
    return { ms: performance.now() - started, inDom: Boolean(dialog), switches }
  })
  const after = await cpuNow(session)
  return { ...measured, cpu: measured.inDom ? after.task - before.task : null }
}

/**
 * Runs every scaling case, variants interleaved, `runs` loads each at every rate.
 * Resolves with the per-rate figures and the raw rows.
 */
export async function runScaling({ browser, origin, runs, rates, log, onError }) {
  /** One fresh load of `path` at `rate`, then `step(page, session)`; null when it failed. */
  const visit = async (path, rate, step) => {
    const context = await browser.newContext({ viewport: VIEWPORT })
    try {
      const page = await context.newPage()
      page.on('pageerror', error => onError(`${path}: ${error.message}`))
      await page.addInitScript(() => {
        window.__b = {}
      })
      const session = await context.newCDPSession(page)
      await session.send('Performance.enable', { timeDomain: 'threadTicks' })
      if (rate > 1) await session.send('Emulation.setCPUThrottlingRate', { rate })
      await page.goto(origin() + path, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
      await page.evaluate(
        () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      return await step(page, session)
    } catch (error) {
      log(`  ${path} at ${rate}x failed: ${error.message.split('\n')[0]}`)
      return null
    } finally {
      await context.close().catch(() => {})
    }
  }

  const cases = {
    insertWithout: rate => visit('/insert-without', rate, insertBoth),
    insertWith: rate => visit('/insert-with', rate, insertBoth),
  }
  for (const n of ACTIVATION)
    cases['gated' + n] = rate =>
      visit('/gated-' + n, rate, (page, session) => activate(page, session, n))
  for (const n of SERVICES)
    cases['services' + n] = rate => visit('/services-' + n, rate, openPreferences)

  const rows = {}
  for (const { name: rateName, rate } of rates) {
    rows[rateName] = Object.fromEntries(Object.keys(cases).map(name => [name, []]))
    log(`scaling cases at ${rate}x, ${runs} rounds`)
    for (let round = 0; round < runs; round++)
      for (const [name, measure] of Object.entries(cases)) {
        const row = await measure(rate)
        if (row) rows[rateName][name].push(row)
      }
  }
  const figures = Object.fromEntries(
    Object.entries(rows).map(([rateName, byCase]) => [rateName, scalingFigures(byCase)]),
  )
  return { figures, raw: rows }
}

const numbers = (list, read) => list.map(read).filter(value => Number.isFinite(value))

/** Medians and growth of one rate's rows. */
function scalingFigures(byCase) {
  const observer = {}
  for (const mode of ['each', 'batch']) {
    const without = summary(numbers(byCase.insertWithout, row => row[mode].cpu))
    const withGate = summary(numbers(byCase.insertWith, row => row[mode].cpu))
    const wallWithout = summary(numbers(byCase.insertWithout, row => row[mode].ms))
    const wallWith = summary(numbers(byCase.insertWith, row => row[mode].ms))
    const overhead = without.median ? withGate.median / without.median - 1 : null
    const elements = byCase.insertWith[0] ? byCase.insertWith[0][mode].elements : null
    observer[mode] = { without, with: withGate, wallWithout, wallWith, overhead, elements }
  }
  const series = (names, read) =>
    names.map(size => ({ ...summary(numbers(byCase[read.prefix + size], read.value)), size }))
  const activation = series(ACTIVATION, { prefix: 'gated', value: row => row.cpu })
  const activationWall = series(ACTIVATION, { prefix: 'gated', value: row => row.ms })
  const preferences = series(SERVICES, { prefix: 'services', value: row => row.cpu })
  const preferencesWall = series(SERVICES, { prefix: 'services', value: row => row.ms })
  const growthOf = list => growth(list.map(point => ({ n: point.size, ms: point.median })))
  return {
    observer,
    activation: { cpu: activation, wall: activationWall, growth: growthOf(activation) },
    preferences: { cpu: preferences, wall: preferencesWall, growth: growthOf(preferences) },
  }
}
