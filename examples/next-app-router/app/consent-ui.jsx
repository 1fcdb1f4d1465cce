'use client'
import { ConsentGate, useConsent, useConsentView } from 'consentry/react'
import { consent } from './consent'

/** A banner of the app's own, rendered on the server when the visitor must be asked. */
export function Banner() {
  if (useConsentView(consent) !== 'banner') return null
  return (
    <section aria-label="Cookie consent" className="banner">
      <p>We use cookies for analytics and to show embedded videos, only with your consent.</p>
      <button type="button" onClick={() => consent.acceptAll()}>
        Accept all
      </button>
      <button type="button" onClick={() => consent.rejectAll()}>
        Reject all
      </button>
    </section>
  )
}

export function AnalyticsStatus() {
  const analytics = useConsent(consent, 'analytics')
  return <p data-testid="analytics">Analytics: {analytics ? 'on' : 'off'}</p>
}

export function Video() {
  return (
    <ConsentGate consent={consent} name="video">
      <iframe title="Intro video" src="/embed.html" width="320" height="180" />
    </ConsentGate>
  )
}

export function CookieSettings() {
  return (
    <button type="button" onClick={() => consent.reset()}>
      Cookie settings
    </button>
  )
}
