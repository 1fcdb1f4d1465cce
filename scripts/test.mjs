// `npm test`: everything, in order, failing on the first broken step:
// types (with the compile-only type tests), the formatter's check, the linter, a fresh build compared to the committed
// dist/, unit and browser tests (vitest), and the size budgets.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const bin = name => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
// Tests that passed so far, for the closing line when a later step fails.
let passed = 0
const step = (title, cmd, args, env = {}) => {
  console.log(`\n== ${title}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) {
    console.error(`\n${title}: failed`)
    summary(passed, 1)
    process.exit(r.status || 1)
  }
}
const summary = (passed, failed) => console.log(`\ntests: ${passed} passed, ${failed} failed`)

step('types', bin('tsc'), ['-p', '.'])
step('format (prettier --check; `npm run format` fixes)', bin('prettier'), [
  '--check',
  '--log-level=warn',
  '.',
])
step('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.'])
step('dist is what `npm run build` makes', process.execPath, ['scripts/check-dist.mjs'])
rmSync('.tmp/vitest.json', { force: true })
const args = [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
  ...process.argv.slice(2),
]
const vitest = spawnSync(bin('vitest'), args, { stdio: 'inherit' })
let failed = vitest.status === 0 ? 0 : 1
if (existsSync('.tmp/vitest.json')) {
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'))
  passed = report.numPassedTests
  // vitest failing without a failed test (a crash, a broken setup file) counts as one failure.
  const crashed = vitest.status !== 0 && !report.numFailedTests
  failed = report.numFailedTests + (crashed ? 1 : 0)
  // A run that found no tests at all is a broken run, not a green one.
  if (!report.numTotalTests && !failed) failed = 1
}
if (failed) {
  summary(passed, failed)
  process.exit(1)
}
step('size budgets', process.execPath, ['scripts/size.mjs'])
// The size budgets count as one more passed test.
passed++
summary(passed, 0)
