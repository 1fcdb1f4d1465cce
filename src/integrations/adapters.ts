import {
  type AnyConsent,
  fail,
  granted,
  hasOwn,
  onDecision,
  pageGlobals,
  serviceNames,
} from './shared'

/** A vendor's command function as its snippet defines it, with the queue our stub keeps. */
type VendorFunction = ((...args: unknown[]) => void) & { q?: IArguments[] }

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
    commands: isGranted => [['consent', isGranted(category) ? 'grant' : 'revoke']],
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
  const word = (on: boolean) => (on ? 'granted' : 'denied')
  return {
    name: 'clarity',
    global: 'clarity',
    stub: true,
    uses: [analytics, ads],
    commands: isGranted => [
      [
        'consentv2',
        { ad_Storage: word(isGranted(ads)), analytics_Storage: word(isGranted(analytics)) },
      ],
    ],
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
  for (const adapter of adapters) {
    for (const name of adapter.uses) {
      if (!names.includes(name))
        fail(
          'adapters.' + adapter.name,
          "'" + name + "' is not a category or service of this config",
        )
    }
  }
  /** The commands last sent to each vendor, as JSON, so that only a change is sent again. */
  const sent: { [adapterName: string]: string } = {}
  const apply = () => {
    const decision = consent.$decision.get()
    const globals = pageGlobals()
    for (const adapter of adapters) {
      const commands = adapter.commands(name => granted(decision, name))
      const key = JSON.stringify(commands)
      if (hasOwn(sent, adapter.name) && sent[adapter.name] === key) continue
      if (typeof globals[adapter.global] !== 'function') {
        if (!adapter.stub) continue
        globals[adapter.global] = queueStub()
      }
      const command = globals[adapter.global] as VendorFunction
      for (const args of commands) command(...args)
      sent[adapter.name] = key
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

/** The queue stub vendor snippets define: calls wait in `fn.q` until the vendor loads. */
function queueStub(): VendorFunction {
  const stub: VendorFunction = function () {
    if (!stub.q) stub.q = []
    // eslint-disable-next-line prefer-rest-params -- vendor loaders replay `arguments` objects
    stub.q.push(arguments)
  }
  return stub
}
