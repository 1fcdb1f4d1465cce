// Builds dist/ (or $CONSENTRY_OUT): rollup bundles, then tsc declarations.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const out = process.env.CONSENTRY_OUT || 'dist'
rmSync(out, { recursive: true, force: true })
const bin = name => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
execFileSync(bin('rollup'), ['-c', '--silent'], { stdio: 'inherit', env: { ...process.env, CONSENTRY_OUT: out } })
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', `${out}/types`], { stdio: 'inherit' })
