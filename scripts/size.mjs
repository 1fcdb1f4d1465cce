// Size budgets from package.json "size": gzip -9 and brotli (max quality) of each file.
// `--json` prints the measured sizes; `--write` puts the table into README.md, and
// without it the run fails when README.md's table is not what was measured.
import { readFileSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { rollup } from 'rollup'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const gzip = buf => gzipSync(buf, { level: 9 }).length
const brotli = buf =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const parse = limit => Math.round(parseFloat(limit) * (/kb/i.test(limit) ? 1000 : 1))

/** An ESM entry as a bundler user gets it in production: dependencies included, minified. */
async function bundled(file, imports) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: id => (id === 'entry' ? id : null),
        load: id => (id === 'entry' ? `export { ${imports} } from './${file}'` : null),
      },
      resolve(),
      // What every production bundler does (nanostores and createConsent read it).
      { name: 'env', transform: code => code.replaceAll('process.env.NODE_ENV', '"production"') },
      terser({ compress: { passes: 2 } }),
    ],
  })
  const { output } = await bundle.generate({ format: 'es' })
  return Buffer.from(output[0].code)
}

const results = []
for (const budget of pkg.size) {
  const buf = budget.import ? await bundled(budget.path, budget.import) : readFileSync(budget.path)
  results.push({ ...budget, gzipped: gzip(buf), brotlied: brotli(buf), raw: buf.length })
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2))
  process.exit(0)
}
const kb = n => (n / 1000).toFixed(2) + ' KB'
const table = [
  '| bundle | gzip | brotli | budget (gzip) |',
  '|---|---|---|---|',
  ...results.map(r => `| ${r.name} | ${kb(r.gzipped)} | ${kb(r.brotlied)} | ${r.gzip} |`),
].join('\n')
const START = '<!-- sizes:start -->'
const END = '<!-- sizes:end -->'
const readme = readFileSync('README.md', 'utf8')
const block = `${START}\nMeasured by \`npm test\` (\`scripts/size.mjs\`: gzip -9 and brotli 11 of the built files; 1 KB = 1000 bytes):\n\n${table}\n${END}`
const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length)

// Figures quoted in prose (the README's first screen) sit between
// `<!-- size:PATH -->` and `<!-- /size -->`, so they are written from the same run.
const QUOTED = /<!-- size:([^ ]+) -->[^<]*<!-- \/size -->/g
const quote = (_match, path) => {
  const result = results.find(r => r.path === path)
  if (!result) throw new Error(`README.md quotes the size of ${path}, which has no budget`)
  return `<!-- size:${path} -->${kb(result.gzipped)}<!-- /size -->`
}
const written = readme.replace(current, block).replace(QUOTED, quote)
let failed = 0
if (process.argv.includes('--write')) writeFileSync('README.md', written)
else if (written !== readme) {
  failed++
  console.error(
    'README.md size table is stale: run `node scripts/size.mjs --write` and commit README.md',
  )
}
for (const r of results) {
  const over = []
  if (r.gzip && r.gzipped > parse(r.gzip)) over.push(`gzip ${r.gzipped} B > ${r.gzip}`)
  if (r.brotli && r.brotlied > parse(r.brotli)) over.push(`brotli ${r.brotlied} B > ${r.brotli}`)
  console.log(
    `${over.length ? 'FAIL' : 'ok  '} ${r.name}: ${r.gzipped} B gzip (limit ${r.gzip}), ${r.brotlied} B brotli${r.brotli ? ` (limit ${r.brotli})` : ''}`,
  )
  if (over.length) {
    failed++
    console.error(`     over budget: ${over.join(', ')}`)
  }
}
process.exit(failed ? 1 : 0)
