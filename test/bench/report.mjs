// The Markdown report of `npm run bench`: every figure comes from the run's results
// object, none is typed here.

const RATE_LABEL = { desktop: 'desktop', x4: 'CPU 4x' }

function fixed(value, digits = 1) {
  return value == null ? '-' : value.toFixed(digits)
}

/** "median (p90)" of a summary. */
function spread(summary, digits = 1) {
  if (!summary || summary.median == null) return '-'
  return `${fixed(summary.median, digits)} (${fixed(summary.p90, digits)})`
}

function table(header, rows) {
  const line = cells => '| ' + cells.join(' | ') + ' |'
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'))
  return [line(header), line(align), ...rows.map(line)].join('\n')
}

export function machineLine(results) {
  const { machine, versions } = results
  const load = list => list.join(' / ')
  return (
    `Run of ${results.date} on ${machine.cpu} (${machine.cores} cores, ${machine.os}), ` +
    `Chromium ${machine.chromium} headless, Node ${machine.node}. ` +
    `Load average (1 / 5 / 15 min) ${load(machine.loadavg.before)} before, ` +
    `${load(machine.loadavg.after)} after. ` +
    `${results.runs} fresh loads per variant and CPU rate, variants interleaved; the run took ` +
    `${results.seconds} s. consentry ${versions.consentry} (${results.dist}/consentry.js), ` +
    `orejime ${versions.orejime}, vanilla-cookieconsent ${versions.cookieconsent}.`
  )
}

export function targetsTable(results) {
  const rows = results.targets.map(target => {
    const verdict = target.pass == null ? 'not measured' : target.pass ? '**pass**' : '**FAIL**'
    return [
      RATE_LABEL[target.rate],
      target.name,
      target.goal,
      fixed(target.measured, 2),
      target.detail,
      verdict,
    ]
  })
  return table(['CPU', 'Target', 'Goal', 'Measured', 'From', 'Result'], rows)
}

export function sideBySide(results, rate) {
  const figures = results.figures[rate]
  const rows = Object.entries(figures).map(([name, f]) => {
    const isBare = name === 'none'
    const back = f.returning
    return [
      results.labels[name],
      spread(f.content),
      spread(f.visible),
      isBare ? '-' : `${fixed(f.overhead.median)} (${fixed(f.overhead.p90)})`,
      isBare ? '-' : spread(f.scriptCpu),
      isBare ? '-' : spread(f.scriptWall),
      spread(f.tbt, 0),
      fixed(f.shift.max, 4),
      isBare ? '-' : spread(f.clickToGated),
      back.loads ? spread(back.scriptCpu, 2) : '-',
      back.loads ? `${back.uiRan} / ${back.loads}` : '-',
      fixed(results.sizes[name].gzip / 1000, 2),
    ]
  })
  const header = [
    RATE_LABEL[rate],
    "page's headline visible",
    'banner visible',
    'overhead over bare page',
    'SDK script CPU',
    'SDK script wall',
    'TBT',
    'layout shift (worst)',
    'click -> gated',
    'returning: SDK script CPU',
    'returning: UI ran',
    'gzip KB',
  ]
  return table(header, rows)
}

function longTasks(results) {
  const figures = results.figures.x4
  const rows = Object.entries(figures)
    .filter(([name, f]) => name !== 'none' && f.loads)
    .map(([name, f]) => [
      results.labels[name],
      spread(f.loadTaskWall),
      spread(f.loadTaskScriptWall),
      spread(f.loadTaskScriptCpu),
      spread(f.clickTaskWall),
      spread(f.clickTaskCpu),
      spread(f.clickScriptCpu),
    ])
  const header = [
    'CPU 4x',
    'longest load task running SDK script, wall',
    'most SDK script in one load task, wall',
    'same, CPU',
    'longest task from click to gated, wall',
    'same, CPU',
    'SDK script in the click, CPU',
  ]
  return table(header, rows)
}

function clocks(results) {
  const rows = []
  for (const rate of Object.keys(results.figures)) {
    const figures = results.figures[rate]
    const bare = figures.none
    for (const [name, f] of Object.entries(figures)) {
      if (name === 'none' || !f.loads) continue
      const older = f.laidOut.median - bare.bodyFrame.median
      const newer = f.visible.median - bare.content.median
      rows.push([
        `${results.labels[name]}, ${RATE_LABEL[rate]}`,
        fixed(bare.bodyFrame.median),
        fixed(f.laidOut.median),
        fixed(older),
        fixed(bare.content.median),
        fixed(f.visible.median),
        fixed(newer),
        spread(f.heldAtZero),
      ])
    }
  }
  const header = [
    'variant',
    'bare page: first frame after <body>',
    'first frame with a button laid out (any opacity)',
    'clock without opacity',
    'bare page: headline visible',
    'first frame with a button visible (opacity > 0)',
    'clock with opacity (the one reported)',
    'laid out at opacity 0, per load',
  ]
  return table(header, rows)
}

function profileTables(profile, visit) {
  if (!profile) return `No profile of the ${visit} was taken.`
  // The start of the function's line, so it can be found in the readable bundle.
  const named = entry =>
    `${entry.name}, line ${entry.line}: \`${entry.code.replaceAll('|', '\\|')}\``
  const rows = profile.byTotal.map(entry => [
    named(entry),
    fixed(entry.total) + ' %',
    fixed(entry.self) + ' %',
  ])
  const selfRows = profile.bySelf.map(entry => [named(entry), fixed(entry.self) + ' %'])
  return [
    `### ${visit} (${profile.loads} loads, ${profile.samples} samples with the drop-in on the stack)`,
    '',
    table([`${visit}: function, line in the readable bundle`, 'total', 'self'], rows),
    '',
    table([`${visit}: hottest by self time`, 'self'], selfRows),
  ].join('\n')
}

function profileSection(profile) {
  if (!profile) return 'No profile was taken.'
  if (profile.error) return `The readable build failed, so no profile was taken: ${profile.error}`
  return [
    "V8's sampling profiler (50 µs) over desktop loads of the drop-in built from src/ by the " +
      'same rollup config without the minifier, so functions keep their names. Shares of the ' +
      "samples with the drop-in on the stack (the milliseconds are the trace's, in the " +
      'tables above). Total: samples with the function on the stack; self: in the function ' +
      "itself, which includes the browser's work it calls synchronously (DOM, style, cookie " +
      'reads).',
    '',
    profileTables(profile.first, 'First visit'),
    '',
    profileTables(profile.returning, 'Returning visit'),
  ].join('\n')
}

function sizes(results) {
  const rows = []
  for (const [name, size] of Object.entries(results.sizes))
    for (const file of size.files)
      rows.push([results.labels[name], file.path, String(file.raw), String(file.gzip)])
  return table(['library', 'file', 'bytes', 'gzip -9 bytes'], rows)
}

/** `from -> to: ratio (per 10x)` for every step of a growth series. */
function growthText(steps) {
  const parts = steps.map(
    step => `${step.from} -> ${step.to}: ${fixed(step.ratio, 2)}x (${fixed(step.per10x)}x per 10x)`,
  )
  return parts.join(', ')
}

function scalingSection(results) {
  if (!results.scaling) return 'Not measured in this run (BENCH_ONLY=peers).'
  const rows = []
  const growthRows = []
  for (const [rate, figures] of Object.entries(results.scaling)) {
    for (const [mode, label] of [
      ['each', 'one by one (10,000 mutation records)'],
      ['batch', 'in one detached container attached once'],
    ]) {
      const observer = figures.observer[mode]
      rows.push([
        `${RATE_LABEL[rate]}, ${label}`,
        spread(observer.without),
        spread(observer.with),
        observer.overhead == null ? '-' : fixed(observer.overhead * 100) + ' %',
        spread(observer.wallWithout),
        spread(observer.wallWith),
      ])
    }
    for (const [key, label, unit] of [
      ['activation', 'acceptAll() to the last gated script', 'scripts'],
      ['preferences', 'showPreferences() to the dialog laid out', 'services'],
    ]) {
      const series = figures[key]
      const points = series.cpu.map(point => `${point.size} ${unit}: ${spread(point)}`)
      const wall = series.wall.map(point => `${fixed(point.median)}`)
      growthRows.push([
        `${RATE_LABEL[rate]}, ${label}`,
        points.join('; '),
        wall.join(' / '),
        growthText(series.growth),
      ])
    }
  }
  return [
    'The observer page (test/bench/pages.mjs, `inserts`) has the same ordinary content and ' +
      'inserts 2,000 rows of five elements (20 of them images with a first-party `src`, ' +
      "which go through the gate's hooks), with and without the drop-in (three categories " +
      'whose services have `hosts`): once appending every element on its own, each row ' +
      'attached before its children (10,000 mutation records, the target), once in a ' +
      'detached container attached in one go. Each figure is the main-thread CPU time ' +
      '(script, CDP `Performance.getMetrics` in the threadTicks domain) of the insert and ' +
      'every observer callback after it, run from a page timer; the overhead is the ratio of ' +
      'medians minus one. Wall time of the same step beside it.',
    '',
    table(
      [
        'inserting 10,000 elements',
        'CPU without the drop-in',
        'CPU with it',
        'overhead',
        'wall without',
        'wall with',
      ],
      rows,
    ),
    '',
    'Activation and the dialog: pages with 10, 100 and 1,000 gated inline scripts, and with ' +
      '5, 50 and 200 services; CPU of the whole step (task time), medians (p90). Linear ' +
      'growth is 10x per 10x; the target allows 14x.',
    '',
    table(['case', 'CPU, ms', 'wall medians, ms', 'growth of the CPU medians'], growthRows),
  ].join('\n')
}

/** The whole report. */
export function markdown(results) {
  const parts = [
    '# consentry beside its peers',
    '',
    'Generated by `npm run bench` (test/bench/run.mjs); do not edit by hand.',
    '',
    machineLine(results),
    '',
    '## Targets',
    '',
    'Each target is a ratio of medians within this run (consentry over the peer), so a ' +
      'loaded machine slows every variant alike. Script times are main-thread CPU time, ' +
      'which leaves out the time the renderer waited for a core; the wall figures are beside ' +
      'them in the tables.',
    '',
    targetsTable(results),
    '',
    '## Side by side',
    '',
    'Medians, p90 in brackets, ms unless stated. "Banner visible" is from navigation start to ' +
      'the first animation frame in which a button of the banner passes ' +
      '`checkVisibility({ opacityProperty: true, visibilityProperty: true })` and lies in the ' +
      'viewport (for the bare page: its headline); the headline column is the same test on the ' +
      "page's own headline, so it shows how long a library holds back the page itself. " +
      "The overhead is the median minus the bare page's median (its p90 over the differences within each round). TBT: the sum of each " +
      'long task beyond 50 ms until three frames after load. Click -> gated: from the click on ' +
      "Accept all (the event's timeStamp) to the gated script's first statement. Returning: " +
      "a fresh context holding the record the round's first visit stored.",
    '',
    sideBySide(results, 'desktop'),
    '',
    sideBySide(results, 'x4'),
    '',
    '## Long tasks at CPU 4x',
    '',
    "From each load's trace: main-thread tasks that ran any of the library's script.",
    '',
    longTasks(results),
    '',
    '## Two clocks: with and without opacity',
    '',
    'The banner clock stops at the first frame in which a button of the banner is visible ' +
      'with its opacity, minus the first frame in which the bare page shows its headline. ' +
      'Stopping instead at the first frame with the button laid out in the viewport, whatever ' +
      "its opacity, minus the bare page's first frame after <body>, is what the benchmark " +
      'measured before it tested opacity; the two differ by the frames a banner spends laid ' +
      'out at opacity 0 (an entry fade that has not started). Both, from the same loads:',
    '',
    clocks(results),
    '',
    '## Scaling: the observer, activation and the dialog (consentry only)',
    '',
    scalingSection(results),
    '',
    "## Where consentry's script time goes",
    '',
    profileSection(results.profile),
    '',
    '## How it is measured',
    '',
    '- One page body for every variant (header, headline, thirty paragraphs, footer) and one ' +
      'gated script from `stats.tracker.test` (mapped to 127.0.0.1), marked up as each library ' +
      'documents; the libraries as their documentation installs them from a script tag.',
    '- Every load: a fresh browser context, 1280x800, CDP `Emulation.setCPUThrottlingRate` for ' +
      '4x; the in-page probe (an init script) polls with requestAnimationFrame.',
    '- SDK script time: a Chromium trace of the load; the outermost script events of the ' +
      "library's files on the renderer's main thread (compile, EvaluateScript, module " +
      'evaluation, FunctionCall callbacks), summed as thread time (CPU) and as duration (wall).',
    '- Returning visitor: "UI ran" counts the loads in which the library\'s UI root or ' +
      'banner appeared in the DOM at any frame.',
    "- Bytes: gzip -9 of the library's own files that a first visit loads (the site's config " +
      'not included).',
    '',
    '## Files',
    '',
    sizes(results),
    '',
  ]
  if (results.notes.length) parts.push('## Notes', '', ...results.notes.map(n => '- ' + n), '')
  return parts.join('\n')
}
