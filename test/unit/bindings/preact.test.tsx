import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { useLayoutEffect } from 'preact/hooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsentGate, useConsent, useConsentView } from '../../../src/bindings/preact'
import type { Consent } from '../../../src/core/consent'
import { config, embedSrc, freshConsent } from './fixtures'

type AppConsent = Consent<typeof config>

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function Video({ consent }: { consent: AppConsent }) {
  return (
    <ConsentGate consent={consent} name="youtube">
      <video title="video" src={embedSrc} />
    </ConsentGate>
  )
}

describe('consentry/preact', () => {
  it('useConsent(consent) follows a choice', async () => {
    const consent = freshConsent()
    function States() {
      return <p>{JSON.stringify(useConsent(consent))}</p>
    }
    render(<States />)
    expect(screen.getByText('{"necessary":true,"analytics":false,"marketing":false}')).toBeTruthy()
    await act(() => consent.acceptAll())
    expect(screen.getByText('{"necessary":true,"analytics":true,"marketing":true}')).toBeTruthy()
  })

  it('useConsent(consent, name) renders again only when that name changes', async () => {
    const consent = freshConsent()
    let renders = 0
    function Analytics() {
      renders++
      return <p>analytics: {String(useConsent(consent, 'analytics'))}</p>
    }
    render(<Analytics />)
    await act(() => consent.set({ marketing: true }))
    expect(renders).toBe(1)
    await act(() => consent.set({ analytics: true }))
    expect(renders).toBe(2)
    expect(screen.getByText('analytics: true')).toBeTruthy()
  })

  it('catches a change made between the first render and the subscription', () => {
    const consent = freshConsent()
    function Analytics() {
      return <p>analytics: {String(useConsent(consent, 'analytics'))}</p>
    }
    // Layout effects run before the hook's subscribing effect: the choice lands in between.
    function DecidesOnMount() {
      useLayoutEffect(() => consent.acceptAll(), [])
      return null
    }
    render(
      <>
        <Analytics />
        <DecidesOnMount />
      </>,
    )
    expect(screen.getByText('analytics: true')).toBeTruthy()
  })

  it('useConsentView shows the banner until the visitor decides', async () => {
    const consent = freshConsent()
    function View() {
      return <p>view: {String(useConsentView(consent))}</p>
    }
    render(<View />)
    expect(screen.getByText('view: banner')).toBeTruthy()
    await act(() => consent.rejectAll())
    expect(screen.getByText('view: null')).toBeTruthy()
  })

  it('ConsentGate: "Always allow" records the service and shows the embed', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    expect(screen.getByRole('group', { name: 'YouTube' }).textContent).toContain(
      'YouTube is blocked until you allow Marketing cookies.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Always allow: YouTube' }))
    expect(screen.getByTitle('video').getAttribute('src')).toBe(embedSrc)
    expect(consent.record?.services).toEqual({ youtube: true })
  })

  it('ConsentGate: "Load once" shows the embed and records nothing', () => {
    const consent = freshConsent()
    render(<Video consent={consent} />)
    fireEvent.click(screen.getByRole('button', { name: 'Load once: YouTube' }))
    expect(screen.getByTitle('video')).toBeTruthy()
    expect(consent.record).toBeNull()
  })
})
