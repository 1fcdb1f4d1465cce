import { ConsentGate, useConsent } from 'consentry/react'
import { consent } from './consent'

function AnalyticsStatus() {
  // Renders again only when analytics changes.
  const analytics = useConsent(consent, 'analytics')
  return <p data-testid="analytics">Analytics: {analytics ? 'on' : 'off'}</p>
}

export function App() {
  return (
    <main>
      <h1>consentry with Vite and React</h1>
      <AnalyticsStatus />
      <ConsentGate consent={consent} name="video">
        <iframe title="Intro video" src="/embed.html" width="320" height="180" />
      </ConsentGate>
      <p>
        <button type="button" onClick={() => consent.showPreferences()}>
          Cookie settings
        </button>
      </p>
    </main>
  )
}
