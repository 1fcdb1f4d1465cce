// @vitest-environment node
// The autoconsent rule the package ships: reachable under its export, and shaped the way
// autoconsent needs it for a banner in a shadow root. What it does in a browser is proved by
// test/browser/autoconsent.browser.test.ts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const path = require.resolve('consentry/autoconsent/consentry.json')
const rule = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

/** Every value under `key` anywhere in the rule's steps. */
function selectorsUnder(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap(item => selectorsUnder(item, key))
  if (!value || typeof value !== 'object') return []
  const found: unknown[] = []
  for (const [name, inner] of Object.entries(value)) {
    if (name === key) found.push(inner)
    else found.push(...selectorsUnder(inner, key))
  }
  return found
}

describe('autoconsent rule (consentry/autoconsent/consentry.json)', () => {
  it('resolves through the package export to the file in autoconsent/', () => {
    expect(path.endsWith('/autoconsent/consentry.json')).toBe(true)
  })

  it('has the steps autoconsent requires of a JSON rule, under the name consentry', () => {
    expect(rule.name).toBe('consentry')
    for (const steps of ['detectCmp', 'detectPopup', 'optIn', 'optOut'])
      expect(Array.isArray(rule[steps]) && (rule[steps] as unknown[]).length > 0).toBe(true)
  })

  it('reaches every element through the host: a two-step selector that enters the shadow root', () => {
    const selectors = ['exists', 'visible', 'click', 'waitForThenClick', 'waitForVisible'].flatMap(
      key => selectorsUnder(rule, key),
    )
    expect(selectors.length).toBeGreaterThan(8)
    for (const selector of selectors) {
      expect(Array.isArray(selector) && selector.length).toBe(2)
      expect((selector as string[])[0]).toBe('#consentry-root')
    }
  })
})
