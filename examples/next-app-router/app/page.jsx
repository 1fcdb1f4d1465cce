import { AnalyticsStatus, Banner, CookieSettings, Video } from './consent-ui'

export default function Page() {
  return (
    <main>
      <Banner />
      <h1>consentry with the Next.js App Router</h1>
      <AnalyticsStatus />
      <Video />
      <p>
        <CookieSettings />
      </p>
    </main>
  )
}
