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

/** What the nanostores peer adds by itself: 1.3+ shares its update counter between
 * copies in `globalThis.nanostoresGlobal`, on purpose. Ours must add nothing beyond it. */
const NANOSTORES_OWN = ['nanostoresGlobal']

describe('importing in Node', () => {
  it('nanostores itself adds exactly its shared counter', () => {
    expect(importInNode('nanostores').added).toEqual(NANOSTORES_OWN)
  })

  it.each([
    './dist/index.js',
    './dist/ui.js',
    './dist/gate.js',
    './dist/presets.js',
    './dist/integrations.js',
    './dist/server.js',
  ])('%s neither throws nor defines a global of its own', specifier => {
    const { added, exports } = importInNode(specifier)
    expect(added.filter((name: string) => !NANOSTORES_OWN.includes(name))).toEqual([])
    expect(exports.length).toBeGreaterThan(0)
  })

  it('exports createConsent from the package entry', () => {
    expect(importInNode('./dist/index.js').exports).toContain('createConsent')
  })
})
