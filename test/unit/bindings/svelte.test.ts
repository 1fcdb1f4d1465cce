// Svelte needs no binding: a nanostore has `subscribe(run)` returning the unsubscribe
// function, which is Svelte's store contract, so `$categories` in a component just works.
// This compiles a real Svelte 5 component and mounts it in happy-dom.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compile } from 'svelte/compiler'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { freshConsent } from './fixtures'

// happy-dom's URL is not Node's: build the path with node:path.
const ROOT = join(import.meta.dirname, '../../..') + '/'

const source = `<script>
  let { consent } = $props()
  // Top-level store variables get the $ prefix; consent.$consent is a nanostores atom.
  const categories = consent.$consent
</script>

<p>analytics: {$categories.analytics ? 'on' : 'off'}</p>
<button onclick={() => consent.acceptAll()}>Accept all</button>
`

/** Compiles the component for the browser and imports it with the client runtime. */
async function load() {
  const { js } = compile(source, { filename: 'Consent.svelte', generate: 'client' })
  mkdirSync(`${ROOT}.tmp/svelte`, { recursive: true })
  const file = `${ROOT}.tmp/svelte/Consent.js`
  writeFileSync(file, js.code)
  // Svelte's package maps `svelte` to its server build outside a browser bundler; the
  // client entry, by file, is what a browser bundle would import.
  const client = await import(pathToFileURL(`${ROOT}node_modules/svelte/src/index-client.js`).href)
  const component = await import(pathToFileURL(file).href)
  return { ...client, Component: component.default }
}

afterEach(() => vi.unstubAllGlobals())

describe('Svelte store contract', () => {
  it('a compiled Svelte 5 component reading $categories updates on a choice', async () => {
    const consent = freshConsent()
    const { mount, unmount, flushSync, Component } = await load()
    const target = document.createElement('div')
    document.body.append(target)
    const app = mount(Component, { target, props: { consent } })
    flushSync()
    expect(target.querySelector('p')?.textContent).toBe('analytics: off')
    target.querySelector('button')!.click()
    flushSync()
    expect(target.querySelector('p')?.textContent).toBe('analytics: on')
    expect(consent.record?.method).toBe('accept-all')
    unmount(app)
    // Unmounting unsubscribes: no listener is left on the store.
    expect(consent.$consent.lc).toBe(0)
  })
})
