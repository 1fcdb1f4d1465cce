import { type AnyConsent, fail, granted, onDecision, serviceNames } from './shared'

/** A vendor's own consent API, told what applies whenever it changes. */
export interface Adapter {
  /** Vendor name, used in error paths (`adapters.meta-pixel`). */
  name: string
  /** The vendor's global command function (`fbq`, `clarity`). */
  global: string
  /**
   * Define the vendor's queue stub (`fn.q`) when the page has none yet. Only for vendors
   * whose snippet keeps an existing stub: Clarity's does; Meta's returns early if `fbq`
   * exists, so a stub of ours would stop the pixel from ever loading.
   */
  stub?: boolean
  /** Category or service names the commands read; each must exist in the config. */
  uses: string[]
  /** The commands that tell the vendor what applies, each a list of arguments. */
  commands(granted: (name: string) => boolean): unknown[][]
}

/**
 * Meta Pixel: `fbq('consent', 'grant' | 'revoke')` following one category or service.
 * Keep the pixel revoked until then: gate its snippet (`data-consent="marketing"`) or put
 * `fbq('consent', 'revoke')` before `fbq('init', ...)`.
 * @example attachAdapters(consent, [metaPixel({ category: 'marketing' })])
 */
export function metaPixel({ category = 'marketing' }: { category?: string } = {}): Adapter {
  return {
    name: 'meta-pixel',
    global: 'fbq',
    uses: [category],
    commands: g => [['consent', g(category) ? 'grant' : 'revoke']],
  }
}

/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })`.
 * @example attachAdapters(consent, [clarity({ analytics: 'analytics', ads: 'marketing' })])
 */
export function clarity({
  analytics = 'analytics',
  ads = 'marketing',
}: { analytics?: string; ads?: string } = {}): Adapter {
  const v = (on: boolean) => (on ? 'granted' : 'denied')
  return {
    name: 'clarity',
    global: 'clarity',
    stub: true,
    uses: [analytics, ads],
    commands: g => [['consentv2', { ad_Storage: v(g(ads)), analytics_Storage: v(g(analytics)) }]],
  }
}

/**
 * Tells each vendor what applies now, again once the page has loaded (for vendor snippets
 * placed after ours), and on every change; a command is sent again only when it differs.
 * Returns a stop function.
 * @example attachAdapters(consent, [metaPixel(), clarity()])
 */
export function attachAdapters(consent: AnyConsent, adapters: Adapter[]): () => void {
  const config = consent.config
  const names = serviceNames(config).concat(Object.keys(config.categories))
  for (const a of adapters)
    for (const name of a.uses)
      names.includes(name) ||
        fail('adapters.' + a.name, "'" + name + "' is not a category or service of this config")
  const sent: { [name: string]: string } = {}
  const apply = () => {
    const d = consent.$decision.get()
    const w = window as any
    for (const a of adapters) {
      const commands = a.commands(name => granted(d, name))
      const key = JSON.stringify(commands)
      if (sent[a.name] == key) continue
      if (typeof w[a.global] != 'function') {
        if (!a.stub) continue
        const fn: any = (w[a.global] = function () {
          ;(fn.q = fn.q || []).push(arguments)
        })
      }
      for (const args of commands) w[a.global](...args)
      sent[a.name] = key
    }
  }
  const off = onDecision(consent, apply)
  document.addEventListener('DOMContentLoaded', apply)
  addEventListener('load', apply)
  return () => {
    off()
    document.removeEventListener('DOMContentLoaded', apply)
    removeEventListener('load', apply)
  }
}
