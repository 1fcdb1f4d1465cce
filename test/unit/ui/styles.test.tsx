import { afterEach, describe, expect, it } from 'vitest'
import { css } from '../../../src/ui'
import { cleanup, config, setup } from './helpers'

afterEach(cleanup)

describe('styles', () => {
  it('renders into an open shadow root on one host first in <body>, with an adopted stylesheet', () => {
    document.body.append(document.createElement('main'))
    const { host, root } = setup()
    expect(document.querySelectorAll('#consentry-root')).toHaveLength(1)
    expect(document.body.firstElementChild).toBe(host())
    expect(root().mode).toBe('open')
    expect(root().adoptedStyleSheets).toHaveLength(1)
    expect(root().querySelector('style')).toBeNull()
  })

  it('falls back to a <style> with the configured nonce where adoptedStyleSheets is missing', () => {
    const proto = ShadowRoot.prototype
    const original = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets')!
    Object.defineProperty(proto, 'adoptedStyleSheets', { configurable: true, get: () => undefined })
    try {
      const { root } = setup({ ...config, ui: { nonce: 'r4nd0m' } })
      const style = root().querySelector('style')!
      expect(style.getAttribute('nonce')).toBe('r4nd0m')
      expect(style.textContent).toBe(css)
    } finally {
      Object.defineProperty(proto, 'adoptedStyleSheets', original)
    }
  })

  it('prefers the nonce passed to mountUI', () => {
    const proto = ShadowRoot.prototype
    const original = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets')!
    Object.defineProperty(proto, 'adoptedStyleSheets', { configurable: true, get: () => undefined })
    try {
      const { root } = setup({ ...config, ui: { nonce: 'config' } }, { nonce: 'option' })
      expect(root().querySelector('style')!.getAttribute('nonce')).toBe('option')
    } finally {
      Object.defineProperty(proto, 'adoptedStyleSheets', original)
    }
  })

  it('never writes a style attribute, in the banner or in the dialog', () => {
    const { consent, root } = setup({ ...config, ui: { reopen: true } })
    expect(root().querySelectorAll('[style]')).toHaveLength(0)
    consent.showPreferences()
    root()
      .querySelectorAll('details')
      .forEach(d => (d.open = true))
    expect(root().querySelectorAll('[style]')).toHaveLength(0)
  })

  it('applies the theme as a class on the wrapper', () => {
    expect(
      setup({ ...config, ui: { theme: 'dark' } })
        .root()
        .querySelector('.t')!.className,
    ).toBe('t dark')
    cleanup()
    expect(
      setup({ ...config, ui: { theme: 'auto' } })
        .root()
        .querySelector('.t')!.className,
    ).toBe('t auto')
  })

  it('documents every --consentry-* property it reads', async () => {
    const used = [...new Set(css.match(/--consentry-[\w-]+/g))].sort()
    expect(used).toEqual([
      '--consentry-accent',
      '--consentry-bg',
      '--consentry-border',
      '--consentry-button-bg',
      '--consentry-button-text',
      '--consentry-font',
      '--consentry-max-width',
      '--consentry-radius',
      '--consentry-text',
      '--consentry-z-index',
    ])
  })

  it('unmounts completely: host gone, page attributes restored', () => {
    const main = document.createElement('main')
    document.body.append(main)
    const { consent, unmount } = setup()
    consent.showPreferences()
    expect(main.hasAttribute('inert')).toBe(true)
    unmount()
    expect(document.getElementById('consentry-root')).toBeNull()
    expect(main.hasAttribute('inert')).toBe(false)
    consent.showPreferences()
    expect(document.getElementById('consentry-root')).toBeNull()
  })
})
