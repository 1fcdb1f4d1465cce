// dist/vendors.js, loaded right after consentry.js (and consent-mode.js): tag-manager
// events and vendor consent APIs. Config `dataLayer: true` turns on `consentry_ready` and
// `consentry_update` in window.dataLayer; attributes on its own tag pick the vendors:
//   <script src="vendors.js" data-meta-pixel="marketing" data-clarity="analytics" data-clarity-ads="marketing"></script>
// An attribute's value is the category (or service) the vendor follows; empty means the default.
import { attachAdapters, clarity, metaPixel, type Adapter } from '../integrations/adapters'
import { dataLayerEvents, type DataLayerOptions } from '../integrations/datalayer'
import './window'

const consent = window.consent
const tag = document.currentScript
/** `data-<name>` of our own tag, or undefined when absent or empty. */
const attribute = (name: string) => tag?.getAttribute('data-' + name) || undefined
const has = (name: string) => !!tag && tag.hasAttribute('data-' + name)

if (consent) {
  try {
    const layer = consent.config.dataLayer
    // The integration checks its own options and throws a ConsentConfigError for bad ones.
    if (layer) dataLayerEvents(consent, (layer === true ? {} : layer) as DataLayerOptions)
    const adapters: Adapter[] = []
    if (has('meta-pixel')) adapters.push(metaPixel({ category: attribute('meta-pixel') }))
    if (has('clarity'))
      adapters.push(clarity({ analytics: attribute('clarity'), ads: attribute('clarity-ads') }))
    attachAdapters(consent, adapters)
  } catch (error) {
    console.error(error)
  }
}
