// Reads a Chromium performance trace (the Tracing domain, as DevTools records one) for the
// time a library's own scripts take on the renderer's main thread.
//
// A script's time is the trace's script events whose URL is one of the library's files:
// compiling it, evaluating it (a classic script's EvaluateScript) and every callback into a
// function defined in it (FunctionCall: timers, events, observers, animation frames). A
// module's evaluation (v8.evaluateModule) names no URL: it counts when the library's own
// module was compiled on that thread, which is exact here because the bench pages hold no
// other module script. Events nest (a compile inside an
// evaluation, a callback run from inside another), so only the outermost ones count, and
// each is counted twice over: `wall` (its duration) and `cpu` (its thread time, which leaves
// out the time the renderer sat descheduled on a busy machine).

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.produceCache',
])
const COMPILE_EVENTS = new Set(['v8.compile', 'v8.compileModule'])
const NO_TASK = { wall: 0, cpu: 0, scriptWall: 0, scriptCpu: 0 }

/** The URL a trace event is about, or '' when it names none. */
function urlOf(event) {
  const args = event.args || {}
  const data = args.data || args
  return String(data.url || data.fileName || '')
}

/** Renderer main threads ("CrRendererMain"), as "pid:tid" keys. */
function mainThreads(events) {
  const threads = new Set()
  for (const event of events) {
    const isName = event.ph === 'M' && event.name === 'thread_name'
    if (isName && event.args.name === 'CrRendererMain') threads.add(event.pid + ':' + event.tid)
  }
  return threads
}

const threadOf = event => event.pid + ':' + event.tid
const ms = microseconds => microseconds / 1000

/** The events of `list` not inside another one of `list` on the same thread. */
function outermost(list) {
  const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const result = []
  const openUntil = new Map()
  for (const event of sorted) {
    const thread = threadOf(event)
    const end = event.ts + event.dur
    if (openUntil.has(thread) && event.ts < openUntil.get(thread)) continue
    openUntil.set(thread, end)
    result.push(event)
  }
  return result
}

const wallOf = list => ms(list.reduce((total, event) => total + event.dur, 0))
// Thread time is missing on some events; their duration stands in, an upper bound.
const cpuOf = list => ms(list.reduce((total, event) => total + (event.tdur ?? event.dur), 0))

/**
 * The script time of the files whose URL ends with one of `paths`, on the main thread,
 * and the main-thread tasks that ran it.
 * @param {{ traceEvents: object[] }} trace
 * @param {string[]} paths
 */
export function scriptTime(trace, paths) {
  const events = trace.traceEvents
  const main = mainThreads(events)
  const onMain = event => main.has(threadOf(event))
  const ours = event => {
    const url = urlOf(event)
    return paths.some(path => url.endsWith(path))
  }
  const isScript = event => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && onMain(event)
  const named = events.filter(event => isScript(event) && ours(event))
  const moduleThreads = new Set(
    named.filter(event => event.name === 'v8.compileModule').map(event => threadOf(event)),
  )
  const modules = events.filter(
    event =>
      isScript(event) && event.name === 'v8.evaluateModule' && moduleThreads.has(threadOf(event)),
  )
  const scripts = [...named, ...modules]
  const outer = outermost(scripts)
  const compile = outermost(scripts.filter(event => COMPILE_EVENTS.has(event.name)))
  const callbacks = outer.filter(event => event.name === 'FunctionCall')
  const tasks = events.filter(
    event => event.ph === 'X' && event.name === 'RunTask' && onMain(event),
  )
  const inside = (task, event) =>
    threadOf(task) === threadOf(event) && event.ts >= task.ts && event.ts < task.ts + task.dur
  // Per task that ran any of the library's script: the task's length and the script's share.
  const withScript = tasks
    .map(task => {
      const mine = outer.filter(event => inside(task, event))
      return {
        wall: ms(task.dur),
        cpu: ms(task.tdur ?? task.dur),
        scriptWall: wallOf(mine),
        scriptCpu: cpuOf(mine),
        mine,
      }
    })
    .filter(task => task.mine.length)
    .map(({ mine: _mine, ...task }) => task)
  const most = key =>
    withScript.reduce((best, task) => (task[key] > best[key] ? task : best), NO_TASK)
  return {
    wall: wallOf(outer),
    cpu: cpuOf(outer),
    compileCpu: cpuOf(compile),
    callbacksCpu: cpuOf(callbacks),
    events: outer.length,
    // The longest task that ran any of it, and the tasks with the most of it.
    longestTask: most('wall'),
    mostScriptTask: most('scriptWall'),
    mostScriptCpuTask: most('scriptCpu'),
  }
}

/** The longest main-thread task in a trace (any script: after a click, all of it is the click's). */
export function longestTask(trace) {
  const events = trace.traceEvents
  const main = mainThreads(events)
  let longest = { wall: 0, cpu: 0 }
  for (const event of events) {
    const isTask = event.ph === 'X' && event.name === 'RunTask' && main.has(threadOf(event))
    if (isTask && ms(event.dur) > longest.wall) {
      longest = { wall: ms(event.dur), cpu: ms(event.tdur ?? event.dur) }
    }
  }
  return longest
}
