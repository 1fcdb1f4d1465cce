import { readDecision, regionFromHeaders } from 'consentry/server'
import { headers } from 'next/headers'
import { config } from './consent-config'
import { Providers } from './providers'

// An inline icon: the example serves no favicon file.
export const metadata = { title: 'consentry + Next.js App Router', icons: { icon: 'data:,' } }

/**
 * A server component: it reads the consent cookie (and the CDN's region headers) of this
 * request, so the first HTML already shows the banner or not, and the embeds that are
 * allowed. The browser's controller reads the same cookie, so hydration agrees.
 */
export default async function RootLayout({ children }) {
  const requestHeaders = await headers()
  const region = regionFromHeaders(requestHeaders)
  const decision = readDecision({
    config,
    cookie: requestHeaders.get('cookie'),
    headers: requestHeaders,
    region,
  })
  const serverState = {
    categories: decision.categories,
    services: decision.services,
    ask: decision.ask,
  }
  return (
    // The browser's controller reads the region from here.
    <html lang="en" data-consent-region={region || undefined}>
      <body>
        <Providers serverState={serverState}>{children}</Providers>
      </body>
    </html>
  )
}
