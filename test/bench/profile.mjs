// Where consentry's first-visit script time goes: V8's sampling CPU profiler over a few
// desktop loads of a readable build of the drop-in (the same rollup build as
// dist/consentry.js without the minifier, so every function keeps its source name).
// Reported per function as a share of the samples that have the drop-in on the stack:
// self (samples in the function itself) and total (samples with the function anywhere on
// the stack, each sample counted once per function). Shares, not milliseconds: on a loaded
// machine the sampler neither keeps its interval nor tells running from descheduled, so the
// milliseconds come from the trace (the report's script-time columns) and the shares from here.
import { rollup } from 'rollup'

const ROOT = new URL('../..', import.meta.url).pathname
const INTERVAL_US = 50

/**
 * The drop-in built from src/ by the repository's rollup config with the minifier left out;
 * null (with the reason) when the build fails, so the run still writes its results.
 */
export async function readableBuild() {
  const cwd = process.cwd()
  try {
    // The config resolves src/ from the working directory, as `npm run build` runs it.
    process.chdir(ROOT)
    const { default: configs } = await import(ROOT + 'rollup.config.mjs')
    const dropIn = configs.find(config => String(config.output.file).endsWith('/consentry.js'))
    const plugins = dropIn.plugins.filter(plugin => plugin.name !== 'terser')
    const bundle = await rollup({ input: dropIn.input, plugins })
    const { output } = await bundle.generate({ ...dropIn.output, file: undefined })
    await bundle.close()
    return { code: output[0].code, error: null }
  } catch (error) {
    return { code: null, error: error.message.split('\n')[0] }
  } finally {
    process.chdir(cwd)
  }
}

/** Starts V8's sampling profiler on `page`; resolves with a function that stops it. */
export async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    return profile
  }
}

/** Adds the profile's samples of functions in `path` to `totals` (self and total counts). */
export function addSamples(totals, profile, path) {
  const nodes = new Map(profile.nodes.map(node => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes)
    for (const child of node.children || []) parents.set(child, node.id)
  const keyOf = frame => `${frame.functionName}@${frame.lineNumber}`
  const add = (frame, key) => {
    const id = keyOf(frame)
    const entry = totals.functions.get(id) || {
      name: frame.functionName || '(anonymous)',
      line: frame.lineNumber + 1,
      self: 0,
      total: 0,
    }
    entry[key]++
    totals.functions.set(id, entry)
  }
  for (let i = 0; i < profile.samples.length; i++) {
    const leaf = nodes.get(profile.samples[i])
    if (leaf.callFrame.url.endsWith(path)) {
      add(leaf.callFrame, 'self')
      totals.self++
    }
    // A recursive function is on the stack once per sample, however deep.
    const onStack = new Map()
    for (let id = leaf.id; id != null; id = parents.get(id)) {
      const frame = nodes.get(id).callFrame
      if (frame.url.endsWith(path)) onStack.set(keyOf(frame), frame)
    }
    for (const frame of onStack.values()) add(frame, 'total')
    if (onStack.size) totals.inFile++
  }
}

/**
 * The totals as percentages of the samples with the drop-in on the stack, hottest first;
 * each function with the start of its line in `source` (the readable build).
 */
export function summarise(totals, loads, source, top = 15) {
  const share = count => (totals.inFile ? Math.round((count / totals.inFile) * 1000) / 10 : 0)
  const lines = source.split('\n')
  const list = [...totals.functions.values()].map(entry => ({
    name: entry.name,
    line: entry.line,
    code: (lines[entry.line - 1] || '').trim().slice(0, 60),
    self: share(entry.self),
    total: share(entry.total),
  }))
  return {
    loads,
    // Samples with any of the file's functions on the stack (callees in the browser included).
    samples: totals.inFile,
    bySelf: [...list].sort((a, b) => b.self - a.self).slice(0, top),
    byTotal: [...list].sort((a, b) => b.total - a.total).slice(0, top),
  }
}

export const emptyTotals = () => ({ functions: new Map(), self: 0, inFile: 0 })
