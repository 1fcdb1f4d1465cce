/** @jsxImportSource react */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ConsentGate,
  ConsentProvider,
  useConsent,
  useConsentContext,
  useConsentView,
} from '../../../src/bindings/react'
import Cookies from 'js-cookie'
import { createConsent, type Consent } from '../../../src/core/consent'
import { readDecision } from '../../../src/server'
import { config, embedSrc, freshConsent } from './fixtures'

type AppConsent = Consent<typeof config>

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function States({ consent }: { consent: AppConsent }) {
  const state = useConsent(consent)
  return <p>{JSON.stringify(state)}</p>
}

function Video({ consent }: { consent: AppConsent }) {
  return (
    <ConsentGate consent={consent} name="youtube">
      <video title="video" src={embedSrc} />
    </ConsentGate>
  )
}

describe('consentry/react', () => {
  it('useConsent(consent) renders every category and follows a choice', () => {
    const consent = freshConsent()
    render(<States consent={consent} />)
    expect(screen.getByText('{"necessary":true,"analytics":false,"marketing":false}')).toBeTruthy()
    act(() => consent.acceptAll())
    expect(screen.getByText('{"necessary":true,"analytics":true,"marketing":true}')).toBeTruthy()
  })

  it('useConsent(consent, name) renders again only when that name changes', () => {
    const consent = freshConsent()
    let renders = 0
    function Analytics() {
      renders++
      return <p>analytics: {String(useConsent(consent, 'analytics'))}</p>
    }
    render(<Analytics />)
    expect(renders).toBe(1)
    act(() => consent.set({ marketing: true }))
    expect(renders).toBe(1)
    act(() => consent.set({ analytics: true }))
    expect(renders).toBe(2)
    expect(screen.getByText('analytics: true')).toBeTruthy()
  })

  it('useConsentView shows the banner until the visitor decides', () => {
    const consent = freshConsent()
    function View() {
      return <p>view: {String(useConsentView(consent))}</p>
    }
    render(<View />)
    expect(screen.getByText('view: banner')).toBeTruthy()
    act(() => consent.rejectAll())
    expect(screen.getByText('view: null')).toBeTruthy()
  })

  it('ConsentGate holds the embed behind a placeholder with the gate’s texts', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    const placeholder = screen.getByRole('group', { name: 'YouTube' })
    expect(placeholder.className).toBe('consentry-held')
    expect(placeholder.textContent).toContain(
      'YouTube is blocked until you allow Marketing cookies.',
    )
    expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual([
      'Load once',
      'Always allow',
    ])
    expect(screen.queryByTitle('video')).toBeNull()
  })

  it('ConsentGate draws the gate’s placeholder: its parts, the UI’s theme and its stylesheet', () => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
    const dark = createConsent({ ...config, ui: { theme: 'dark' } } as const)
    render(<Video consent={dark} />)
    const placeholder = screen.getByRole('group', { name: 'YouTube' })
    expect(placeholder.className).toBe('consentry-held consentry-held-dark')
    expect(placeholder.title).toBe('YouTube is blocked until you allow Marketing cookies.')
    const content = placeholder.firstElementChild as HTMLElement
    expect(content.className).toBe('consentry-held-content')
    expect([...content.children].map(child => child.className || child.tagName)).toEqual([
      'P',
      'consentry-held-name',
      'consentry-held-buttons',
    ])
    expect(screen.getAllByRole('button').map(b => b.getAttribute('aria-label'))).toEqual([
      'Load once: YouTube',
      'Always allow: YouTube',
    ])
    // The gate's stylesheet is in the document, so the app's placeholder is dressed too.
    const rules = document.adoptedStyleSheets.flatMap(sheet => [...sheet.cssRules])
    expect(rules.some(rule => rule.cssText.includes('.consentry-held-content'))).toBe(true)
  })

  it('"Always allow" records consent for the service and shows the embed', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    fireEvent.click(screen.getByRole('button', { name: 'Always allow: YouTube' }))
    expect(screen.getByTitle('video').getAttribute('src')).toBe(embedSrc)
    expect(consent.get('youtube')).toBe(true)
    expect(consent.record?.services).toEqual({ youtube: true })
    expect(consent.record?.categories.marketing).toBe(false)
  })

  it('"Load once" shows the embed and records nothing', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    fireEvent.click(screen.getByRole('button', { name: 'Load once: YouTube' }))
    expect(screen.getByTitle('video')).toBeTruthy()
    expect(consent.record).toBeNull()
    expect(consent.get('youtube')).toBe(false)
  })

  it('ConsentGate shows the embed when the category is granted elsewhere, and hides it on withdrawal', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    act(() => consent.acceptAll())
    expect(screen.getByTitle('video')).toBeTruthy()
    act(() => consent.set({ marketing: false }))
    expect(screen.queryByTitle('video')).toBeNull()
    expect(screen.getByRole('group', { name: 'YouTube' })).toBeTruthy()
  })

  it('a fallback function gets the placeholder actions', () => {
    const consent = freshConsent()
    render(
      <ConsentGate
        consent={consent}
        name="analytics"
        fallback={({ allow }) => <button onClick={allow}>Enable charts</button>}
      >
        <p>charts</p>
      </ConsentGate>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Enable charts' }))
    expect(screen.getByText('charts')).toBeTruthy()
    expect(consent.record?.categories.analytics).toBe(true)
  })

  it('useConsentContext gives the provider’s consent and throws without one', () => {
    const consent = freshConsent()
    function Reader() {
      return <p>{useConsentContext<typeof config>().get('analytics') ? 'on' : 'off'}</p>
    }
    render(
      <ConsentProvider consent={consent}>
        <Reader />
      </ConsentProvider>,
    )
    expect(screen.getByText('off')).toBeTruthy()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Reader />)).toThrow('needs a <ConsentProvider> above')
  })
})

describe('consentry/react: server rendering and hydration', () => {
  const App = ({ consent, serverState }: { consent: AppConsent; serverState?: any }) => (
    <ConsentProvider consent={consent} serverState={serverState}>
      <Video consent={consent} />
    </ConsentProvider>
  )

  /** Server HTML in a container, hydrated with the browser's controller; errors collected. */
  function hydrate(html: string, consent: AppConsent, serverState?: unknown) {
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const errors: unknown[] = []
    const consoleError = vi.spyOn(console, 'error').mockImplementation(e => errors.push(e))
    act(() => {
      hydrateRoot(container, <App consent={consent} serverState={serverState} />, {
        onRecoverableError: e => errors.push(e),
      })
    })
    consoleError.mockRestore()
    return { container, errors }
  }

  it('renders what the server read from the cookie, and hydrates it without a mismatch', () => {
    const consent = freshConsent()
    consent.acceptAll()
    const serverState = readDecision(config, document.cookie)
    const html = renderToString(<App consent={consent} serverState={serverState} />)
    expect(html).toContain(`src="${embedSrc}"`)
    expect(html).not.toContain('consentry-held')
    const { container, errors } = hydrate(html, consent, serverState)
    expect(errors).toEqual([])
    expect(container.querySelector('video')?.getAttribute('src')).toBe(embedSrc)
  })

  it('renders the fail-closed placeholder without a server state, then the live state after hydration', () => {
    const consent = freshConsent()
    consent.acceptAll()
    const html = renderToString(<App consent={consent} />)
    expect(html).toContain('consentry-held')
    expect(html).not.toContain('<video')
    const { container, errors } = hydrate(html, consent)
    expect(errors).toEqual([])
    expect(container.querySelector('video')?.getAttribute('src')).toBe(embedSrc)
  })
})
