import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { css, mountUI } from '../../../src/ui'
import { change, cleanup, config, setup } from './helpers'

afterEach(cleanup)

/** Replaces the page's <body>, as Turbo, pjax and htmx boost do. */
const swapBody = () => {
  const body = document.createElement('body')
  body.innerHTML = '<main>next page</main>'
  document.documentElement.replaceChild(body, document.body)
  return body
}

describe('mountUI', () => {
  it('renders into an open shadow root on one host first in <body>, with an adopted stylesheet', () => {
    document.body.innerHTML = '<main>page</main>'
    const { host, root } = setup()
    expect(document.body.firstElementChild).toBe(host())
    expect(document.querySelectorAll('#consentry-root')).toHaveLength(1)
    expect(host()!.shadowRoot!.mode).toBe('open')
    expect(root().adoptedStyleSheets).toHaveLength(1)
    expect(root().querySelector('style')).toBeNull()
    expect(root().querySelector('#bt')!.textContent).toBe('Your privacy choices')
  })

  it('draws nothing at all for a returning visitor', () => {
    createConsent(config).acceptAll()
    setup()
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('waits for <body> when mounted from <head>, then draws at once', async () => {
    const body = document.body
    body.remove()
    const { host } = setup()
    expect(host()).toBeNull()
    document.documentElement.append(body)
    await new Promise(resolve => setTimeout(resolve))
    expect(body.firstElementChild).toBe(host())
  })

  it('moves into a new <body> when the site replaces it, and keeps working there', async () => {
    const { consent, host, ui, user } = setup()
    const body = swapBody()
    await new Promise(resolve => setTimeout(resolve))
    expect(body.firstElementChild).toBe(host())
    await user.click(ui().getByRole('button', { name: 'Reject all' }))
    expect(consent.record).toMatchObject({ method: 'reject-all' })
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
      // Preact's tree and the stylesheet share the root: a redraw keeps the sheet.
      expect(root().querySelectorAll('style')).toHaveLength(1)
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
    change(() => consent.showPreferences())
    root()
      .querySelectorAll('details')
      .forEach(d => (d.open = true))
    expect(root().querySelectorAll('[style]')).toHaveLength(0)
  })

  it('applies the theme as a class on the wrapper', () => {
    const dark = setup({ ...config, ui: { theme: 'dark' } })
    expect(dark.root().querySelector('.t')!.className).toBe('t dark')
    cleanup()
    const auto = setup({ ...config, ui: { theme: 'auto' } })
    expect(auto.root().querySelector('.t')!.className).toBe('t auto')
  })

  it('reads only the --consentry-* properties the documentation lists', () => {
    // The theming table: rows that start with a property name in backticks.
    const docs = ['README.md', ...(existsSync('docs') ? readdirSync('docs') : [])]
      .filter(name => name.endsWith('.md'))
      .map(name => readFileSync(name === 'README.md' ? name : 'docs/' + name, 'utf8'))
      .join('\n')
    const documented = [...docs.matchAll(/^\| `(--consentry-[\w-]+)` \|/gm)].map(m => m[1])
    const used = [...new Set(css.match(/--consentry-[\w-]+/g))].sort()
    expect(used).toEqual([...new Set(documented)].sort())
  })

  it('shows the banner content a site passes instead of the paragraph, with the same buttons', () => {
    const { ui, root } = setup(config, {
      bannerTitle: 'Cookies at Example',
      bannerContent: <p>Our own words.</p>,
    })
    expect(ui().getByRole('region', { name: 'Cookies at Example' })).toBeTruthy()
    expect(root().querySelector('#bd')!.textContent).toBe('Our own words.')
    expect(
      ui()
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Accept all', 'Reject all', 'Manage preferences'])
  })

  it('unmounts completely: host gone, page attributes restored, no more drawing', () => {
    const main = document.createElement('main')
    document.body.append(main)
    const { consent, unmount } = setup()
    change(() => consent.showPreferences())
    expect(main.hasAttribute('inert')).toBe(true)
    unmount()
    expect(document.getElementById('consentry-root')).toBeNull()
    expect(main.hasAttribute('inert')).toBe(false)
    change(() => consent.showPreferences())
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('mounts again after unmounting', () => {
    const consent = createConsent(config)
    change(() => mountUI(consent)())
    const unmount = mountUI(consent)
    expect(document.querySelectorAll('#consentry-root')).toHaveLength(1)
    change(unmount)
  })
})
