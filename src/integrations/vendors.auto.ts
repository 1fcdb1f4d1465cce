// Drop-in `vendors.js`, loaded right after `consentry.js` (and `consent-mode.js`): tag-manager
// events and vendor consent APIs. Config `dataLayer: true` turns on `consentry_ready` and
// `consentry_update` in window.dataLayer; attributes on its own tag pick the vendors:
//   <script src="vendors.js" data-meta-pixel="marketing" data-clarity="analytics" data-clarity-ads="marketing"></script>
// An attribute's value is the category (or service) the vendor follows; empty means the default.
import { attachAdapters, clarity, metaPixel, type Adapter } from './adapters'
import { dataLayerEvents } from './datalayer'
import type { AnyConsent } from './shared'

const consent: AnyConsent | undefined = (window as any).consent
const tag = document.currentScript
const attr = (name: string) => (tag && tag.getAttribute('data-' + name)) || undefined
if (consent)
  try {
    const layer = consent.config.dataLayer
    if (layer) dataLayerEvents(consent, layer === true ? {} : (layer as {}))
    const adapters: Adapter[] = []
    if (tag && tag.hasAttribute('data-meta-pixel'))
      adapters.push(metaPixel({ category: attr('meta-pixel') }))
    if (tag && tag.hasAttribute('data-clarity'))
      adapters.push(clarity({ analytics: attr('clarity'), ads: attr('clarity-ads') }))
    attachAdapters(consent, adapters)
  } catch (e) {
    console.error(e)
  }
