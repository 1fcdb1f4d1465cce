// Builds dist/ (or $CONSENTRY_OUT): rollup bundles, then tsc declarations.
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'

// Build beside the target and swap it in, so a test reading dist/ never sees half a build.
const out = process.env.CONSENTRY_OUT || 'dist'
const tmp = `${out}.building-${process.pid}`
const bin = name => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
try {
  execFileSync(bin('rollup'), ['-c', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, CONSENTRY_OUT: tmp },
  })
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', `${tmp}/types`], {
    stdio: 'inherit',
  })
  rmSync(out, { recursive: true, force: true })
  renameSync(tmp, out)
} catch {
  // rollup and tsc have printed their errors (stdio: inherit); leave no half-built folder.
  rmSync(tmp, { recursive: true, force: true })
  process.exit(1)
}
