// @vitest-environment node
// The bindings on a server: importing them does nothing, rendering needs no DOM, and
// each framework stays inside its own entry.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToString as renderReact } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString as renderVue } from 'vue/server-renderer'
import * as react from 'consentry/react'
import * as vue from 'consentry/vue'
import { createConsent } from 'consentry'
import { config } from './fixtures'

const ROOT = join(import.meta.dirname, '../../..')
const DIST = join(ROOT, 'dist')

describe('bindings on the server', () => {
  it('importing consentry/react, /preact and /vue in Node adds no global of its own', () => {
    // The frameworks and nanostores first: Vue itself defines __VUE_*__ globals when it
    // loads, and nanostores (a peer dependency) its nanostoresGlobal.
    const script = `await Promise.all(['react', 'preact', 'preact/hooks', 'vue', 'nanostores'].map(m => import(m)))
      const before = Object.getOwnPropertyNames(globalThis)
      for (const name of ['react', 'preact', 'vue']) await import('./dist/' + name + '.js')
      console.log(JSON.stringify(Object.getOwnPropertyNames(globalThis).filter(k => !before.includes(k))))`
    const added = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(JSON.parse(added)).toEqual([])
  })

  it('React renders the fail-closed placeholder in Node, with no document', () => {
    expect(typeof document).toBe('undefined')
    const consent = createConsent(config)
    const html = renderReact(
      createElement(react.ConsentGate, { consent, name: 'youtube', children: 'the video' }),
    )
    expect(html).toContain('YouTube is blocked until you allow Marketing cookies.')
    expect(html).not.toContain('the video')
  })

  it('React renders what the server state grants', () => {
    const consent = createConsent(config)
    const serverState = {
      categories: { necessary: true, analytics: false, marketing: true },
      services: { youtube: true },
      ask: false,
    }
    const html = renderReact(
      createElement(react.ConsentProvider, {
        consent,
        serverState,
        children: createElement(react.ConsentGate, {
          consent,
          name: 'youtube',
          children: 'the video',
        }),
      }),
    )
    expect(html).toBe('the video')
  })

  it('Vue renders the fail-closed placeholder in Node', async () => {
    const consent = createConsent(config)
    const app = createSSRApp({
      render: () => h(vue.ConsentGate, { consent, name: 'youtube' }, () => 'the video'),
    })
    const html = await renderVue(app)
    expect(html).toContain('YouTube is blocked until you allow Marketing cookies.')
    expect(html).not.toContain('the video')
  })

  it('no entry but its own imports React or Vue, and only the Preact ones import Preact hooks', () => {
    const files = [
      ...readdirSync(DIST).filter(f => f.endsWith('.js')),
      ...readdirSync(join(DIST, 'chunks')).map(f => 'chunks/' + f),
    ]
    const importers = (pattern: RegExp) =>
      files.filter(f => pattern.test(readFileSync(join(DIST, f), 'utf8'))).sort()
    expect(importers(/from 'react'|from "react"/)).toEqual(['react.js'])
    expect(importers(/from 'vue'|from "vue"/)).toEqual(['vue.js'])
    // consentry/ui is Preact components; consentry/preact is the hooks for Preact apps.
    expect(importers(/from 'preact\/hooks'|from "preact\/hooks"/)).toEqual(['preact.js', 'ui.js'])
  })
})
