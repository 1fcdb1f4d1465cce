// Where the drop-in's time goes, for a target that is missed: a Chromium trace split into
// compile / top-level run / callbacks, and the hottest functions of a sampling profile,
// each shown with the start of its (minified) source so it can be found in the build.

/** Main-thread and background time attributed to `sdk` in a trace, in ms. */
export function traceSummary(trace, sdk) {
  const of = e => {
    const data = (e.args && (e.args.data || e.args)) || {}
    return String(data.url || data.fileName || '')
  }
  const total = name =>
    trace.traceEvents
      .filter(e => e.name === name && e.ph === 'X' && of(e).endsWith(sdk))
      .reduce((a, e) => a + (e.dur || 0), 0) / 1000
  return {
    // Top-level run of the file, compile on the main thread included.
    evaluate: total('EvaluateScript'),
    compile: total('v8.compile'),
    // Streamed while the file downloads, off the main thread.
    backgroundParse: total('v8.parseOnBackground'),
    // Observer, event, frame and timer callbacks defined in the file.
    callbacks: total('FunctionCall'),
  }
}

/**
 * Self time per function of `sdk` in a V8 CPU profile, hottest first.
 * @param {string} source the file's text, to quote each function's first characters
 */
export function hotFunctions(profile, source, sdk, top = 8) {
  const nodes = new Map(profile.nodes.map(n => [n.id, n]))
  const self = new Map()
  // A sample's time is the gap to the next sample.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i]
    self.set(id, (self.get(id) || 0) + profile.timeDeltas[i + 1])
  }
  const lines = source.split('\n')
  const offset = (line, column) =>
    lines.slice(0, line).reduce((a, l) => a + l.length + 1, 0) + column
  const byFunction = new Map()
  let inSdk = 0
  for (const [id, us] of self) {
    const { callFrame: f } = nodes.get(id)
    if (!f.url.endsWith(sdk)) continue
    inSdk += us
    const at = offset(f.lineNumber, f.columnNumber)
    const key = f.functionName + '@' + at
    const entry = byFunction.get(key) || {
      name: f.functionName || '(anonymous)',
      at,
      ms: 0,
      code: source.slice(at, at + 70),
    }
    entry.ms += us / 1000
    byFunction.set(key, entry)
  }
  return {
    sampledMs: inSdk / 1000,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
  }
}

/**
 * Main-thread tasks (RunTask on a renderer's main thread) in a trace, with wall and CPU
 * (thread) duration in ms. With `sdk`: only tasks that run script from that file, and
 * `sdkCpu`, the CPU time of that file's script inside the task (the rest is the page's,
 * such as the parsing the same task does).
 */
export function tasksOf(trace, sdk) {
  const events = trace.traceEvents
  const main = new Set(
    events
      .filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
      .map(e => e.pid + ':' + e.tid),
  )
  const on = e => main.has(e.pid + ':' + e.tid)
  const tasks = events.filter(e => e.name === 'RunTask' && e.ph === 'X' && on(e))
  const of = e => {
    const data = (e.args && (e.args.data || e.args)) || {}
    return String(data.url || '')
  }
  const marks = sdk
    ? events.filter(
        e =>
          e.ph === 'X' &&
          on(e) &&
          (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
          of(e).endsWith(sdk),
      )
    : []
  const inside = (t, m) => m.pid === t.pid && m.tid === t.tid && m.ts >= t.ts && m.ts < t.ts + t.dur
  return tasks
    .map(t => {
      const mine = marks.filter(m => inside(t, m))
      // Nested marks (a callback inside the top-level run) would count twice: keep the outermost.
      const outer = mine.filter(
        m =>
          !mine.some(o => o !== m && o.ts <= m.ts && m.ts + m.dur <= o.ts + o.dur && o.dur > m.dur),
      )
      return {
        wall: t.dur / 1000,
        cpu: (t.tdur ?? t.dur) / 1000,
        sdkCpu: outer.reduce((a, m) => a + (m.tdur ?? m.dur), 0) / 1000,
        sdk: mine.length > 0,
      }
    })
    .filter(t => !sdk || t.sdk)
}
