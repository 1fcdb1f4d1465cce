// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../..', import.meta.url).pathname

/** Imports a module in a fresh Node process (no DOM) and reports what it added to globalThis. */
const importInNode = (specifier: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const before = Object.getOwnPropertyNames(globalThis)
        const m = await import(${JSON.stringify(specifier)})
        const added = Object.getOwnPropertyNames(globalThis).filter(k => !before.includes(k))
        console.log(JSON.stringify({ added, exports: Object.keys(m).sort() }))`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  )

describe('importing in Node', () => {
  it.each([
    './dist/index.js',
    './dist/ui.js',
    './dist/gate.js',
    './dist/presets.js',
    './dist/integrations.js',
    './dist/server.js',
  ])('%s neither throws nor defines a global', specifier => {
    const { added, exports } = importInNode(specifier)
    expect(added).toEqual([])
    expect(exports.length).toBeGreaterThan(0)
  })

  it('exports createConsent from the package entry', () => {
    expect(importInNode('./dist/index.js').exports).toContain('createConsent')
  })
})
