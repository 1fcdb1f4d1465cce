// Where the drop-in's bytes go: builds dist/consentry.js in memory, as rollup.config.mjs
// does, once whole and once with each part replaced by an empty stand-in, and reports
// what each part adds (gzip -9 and brotli 11, the way scripts/size.mjs measures).
// Parts overlap in what gzip shares between them, so the shares do not add up exactly.
// `node scripts/parts.mjs` prints a table; `--json` prints the figures; `--write` puts the
// table into docs/performance.md between its parts markers.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { rollup } from 'rollup'
import configs from '../rollup.config.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const drop = configs.find(c => c.output.file && c.output.file.endsWith('/consentry.js'))
const DROP_IN_ENTRY = resolve(ROOT, drop.input)
const CONFIG_MODULE = resolve(ROOT, 'src/core/config')
const NO_CHECK = '\0no-check'
const gzip = buf => gzipSync(buf, { level: 9 }).length
const brotli = buf =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

/**
 * Each part: a name, what it is, and the modules replaced (path -> stand-in source) or,
 * for the config check, the drop-in's one call of it. A stand-in keeps the exports the
 * rest imports, so the build is the real one minus that part.
 */
export const PARTS = [
  {
    name: 'UI',
    what: 'Preact, the banner, dialog, reopen control and stylesheet (mountUI)',
    stub: {
      'src/ui/index.ts':
        'export const mountUI = () => () => {}; export const textsFor = () => ({})',
    },
  },
  {
    name: 'UI stylesheet',
    what: 'the CSS inside the UI',
    stub: { 'src/ui/styles.ts': "export const css = ''" },
  },
  {
    name: 'gating',
    what: 'activation, observer, hooks, placeholders, clean-up, network guard (startGate)',
    stub: { 'src/gate/index.ts': 'export const startGate = () => () => {}' },
  },
  {
    name: 'placeholders',
    what: 'the notice in a held frame (part of gating)',
    stub: { 'src/gate/placeholder.ts': 'export const placeholder = () => {}' },
  },
  {
    name: 'cookie clean-up',
    what: "deleting a denied service's cookies (part of gating)",
    stub: { 'src/gate/cleanup.ts': 'export const cleanUp = () => {}' },
  },
  {
    name: 'network guard',
    what: 'gate.network: fetch, XHR, sendBeacon (part of gating)',
    stub: { 'src/gate/network.ts': 'export const guardNetwork = () => {}' },
  },
  {
    name: 'presets',
    what: 'the five configs behind data-preset',
    stub: { 'src/presets/all.ts': 'export const presets = {}' },
  },
  {
    name: 'config check',
    what: 'validateConfig: every key, type and typo, with its path',
    noValidate: true,
  },
  {
    name: 'js-cookie',
    what: 'the cookie writer',
    stub: {
      'node_modules/js-cookie/dist/js.cookie.mjs':
        'export default { set() {}, get() {}, remove() {} }',
    },
  },
]

/** The drop-in's code with one part replaced by its stand-in (`part` null: the whole). */
export async function bundleWithout(part) {
  const stubs = {}
  const partStubs = (part && part.stub) || {}
  for (const path of Object.keys(partStubs)) stubs[resolve(ROOT, path)] = partStubs[path]
  const skipCheck = !!(part && part.noValidate)
  const stand = {
    name: 'stand-in',
    resolveId(id, importer) {
      // The drop-in's own call of the check; createConsent skips it in production anyway.
      const fromEntry = importer === DROP_IN_ENTRY
      if (skipCheck && fromEntry && resolve(dirname(importer), id) === CONFIG_MODULE)
        return NO_CHECK
      return null
    },
    load(id) {
      if (id === NO_CHECK) return 'export const validateConfig = c => c'
      return stubs[id] ?? null
    },
  }
  const bundle = await rollup({
    input: resolve(ROOT, drop.input),
    plugins: [stand, ...drop.plugins],
    onwarn() {},
  })
  const { output } = await bundle.generate({ ...drop.output, file: undefined })
  await bundle.close()
  return output[0].code
}

/** The sizes of the drop-in with one part replaced by its stand-in (`part` null: the whole). */
async function build(part) {
  const buf = Buffer.from(await bundleWithout(part))
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) }
}

/** The parts as a Markdown table with the whole build's sizes above it. */
export function partsTable({ whole, rows, withoutPresetsAndCheck: both }) {
  const presets = rows.find(r => r.name === 'presets')
  return [
    `Built from \`src/\` as \`npm run build\` builds it: ${whole.gzip} B gzip, ${whole.brotli} B brotli, ${whole.raw} B raw. Each row is that minus the same build with the part replaced by an empty stand-in (gzip shares text between parts, so the rows do not add up exactly):`,
    '',
    '| Part | What it is | gzip | brotli | raw |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map(r => `| ${r.name} | ${r.what} | ${r.gzip} B | ${r.brotli} B | ${r.raw} B |`),
    '',
    `Without the presets: ${whole.gzip - presets.gzip} B gzip, ${whole.brotli - presets.brotli} B brotli. Without both the presets and the config check (the core, UI, gating and English texts alone): ${both.gzip} B gzip, ${both.brotli} B brotli.`,
  ].join('\n')
}

export async function parts() {
  const whole = await build(null)
  const rows = []
  for (const part of PARTS) {
    const without = await build(part)
    rows.push({
      name: part.name,
      what: part.what,
      gzip: whole.gzip - without.gzip,
      brotli: whole.brotli - without.brotli,
      raw: whole.raw - without.raw,
    })
  }
  const presets = PARTS.find(p => p.name === 'presets')
  const both = await build({ stub: presets.stub, noValidate: true })
  return { whole, rows, withoutPresetsAndCheck: both }
}

/** Replaces what stands between `<!-- parts:start -->` and `<!-- parts:end -->` in `file`. */
function writeInto(file, body) {
  const start = '<!-- parts:start -->'
  const end = '<!-- parts:end -->'
  const text = readFileSync(file, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} ... ${end}`)
  writeFileSync(file, text.slice(0, from) + `${start}\n${body}\n` + text.slice(to))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await parts()
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
  else if (process.argv.includes('--write')) {
    const stamp = `Measured ${new Date().toISOString()} by \`node scripts/parts.mjs --write\`.`
    writeInto(resolve(ROOT, 'docs/performance.md'), `${stamp} ${partsTable(result)}`)
  } else console.log(partsTable(result))
}
