import { atom, type ReadableAtom, type WritableAtom } from 'nanostores'
import { ConsentConfigError, safeUrl, validateConfig } from './config'
import { decodeRecord, encodeRecord, newId } from './codec'
import { decide, honoured } from './decide'
import { readSignals } from './signals'
import { clearRecord, readRecord, writeRecord } from './storage'
import type {
  CategoryOf,
  ConsentConfig,
  ConsentRecord,
  Decision,
  Method,
  ServiceOf,
  Signals,
} from './types'

/** Which layer of the UI is open. */
export type View = 'banner' | 'preferences' | null

/** Granted or denied, per category. */
export type ConsentState<C extends string = string> = { [K in C]: boolean }

/** The consent controller returned by `createConsent`. */
export interface Consent<Config extends ConsentConfig = ConsentConfig> {
  /** The validated config. */
  readonly config: Config
  /**
   * Every category's state, or one category's (or service's) state.
   * @example consent.get('analytics') // false
   */
  get(): ConsentState<CategoryOf<Config>>
  get(name: CategoryOf<Config> | ServiceOf<Config>): boolean
  /**
   * Records a custom choice; categories left out keep their current state.
   * @example consent.set({ analytics: true }, { youtube: false })
   */
  set(
    categories: Partial<ConsentState<CategoryOf<Config>>>,
    services?: Partial<ConsentState<ServiceOf<Config>>>,
  ): void
  /** Grants every category (those locked by a signal stay denied). */
  acceptAll(): void
  /** Denies every optional category. */
  rejectAll(): void
  /** Forgets the choice (deletes the consent cookie) and asks again. */
  reset(): void
  /**
   * Calls `listener` now and on every change; returns the unsubscribe function.
   * @example const off = consent.subscribe((state, record) => console.log(state.analytics))
   */
  subscribe(
    listener: (state: ConsentState<CategoryOf<Config>>, record: ConsentRecord | null) => void,
  ): () => void
  /**
   * Resolves once the category (or service) is granted.
   * @example await consent.whenGranted('analytics'); startAnalytics()
   */
  whenGranted(name: CategoryOf<Config> | ServiceOf<Config>): Promise<void>
  /** Opens the banner. */
  show(): void
  /** Opens the preferences dialog. */
  showPreferences(): void
  /** Closes the banner or dialog without recording anything. */
  hide(): void
  /** Re-reads the stored record and the signals (another tab, bfcache restore). */
  refresh(): void
  /** The stored record, or null. */
  readonly record: ConsentRecord | null
  /** Do Not Track and Global Privacy Control as read on this page view. */
  readonly signals: Signals
  /** Category states, for framework bindings (`useStore(consent.$consent)`). */
  readonly $consent: ReadableAtom<ConsentState<CategoryOf<Config>>>
  /** The full decision: categories, services, locks, whether to ask. */
  readonly $decision: ReadableAtom<Decision>
  /** The stored record. */
  readonly $record: ReadableAtom<ConsentRecord | null>
  /** Which UI layer is open; the UI renders it, the API sets it. */
  readonly $view: WritableAtom<View>
}

/**
 * Creates the consent controller for a site's policy. Touches nothing outside
 * `document.cookie` (and `BroadcastChannel` for other tabs).
 * @example
 * const consent = createConsent({ categories: { necessary: { required: true }, analytics: { tracking: true } } })
 */
export function createConsent<const Config extends ConsentConfig>(config: Config): Consent<Config> {
  // Every check, with messages naming the field, outside production builds (the drop-in
  // runs them itself). A production bundle (the bundler sets process.env.NODE_ENV, as
  // nanostores also expects) keeps only the check that protects visitors: no link to a
  // javascript: URL. thirdPartyTracking: false is enforced by decide() either way.
  if (process.env.NODE_ENV != 'production') validateConfig(config)
  else if (config.policyUrl && !safeUrl(config.policyUrl))
    throw new ConsentConfigError('policyUrl', 'expected an http(s) or relative URL')
  const browser = typeof document == 'object'
  const region =
    config.region ||
    (browser ? document.documentElement.getAttribute('data-consent-region') || '' : '')
  let signals = readSignals()
  const cookieless = () => {
    const h = honoured(config, signals)
    return !!(config.signals && config.signals.cookieless && (h.enforced || h.denied))
  }
  // When the cookie cannot be written, the choice lives in memory for this page view.
  let inMemory = cookieless()
  const $record = atom<ConsentRecord | null>(browser && !inMemory ? readRecord(config) : null)
  const compute = () => decide(config, $record.get(), signals, region, Date.now())
  const $decision = atom<Decision>(compute())
  const $consent = atom($decision.get().categories as ConsentState<CategoryOf<Config>>)
  const $view = atom<View>(null)
  const channel =
    browser && typeof BroadcastChannel == 'function' ? new BroadcastChannel('consentry') : null

  const fire = (type: string) =>
    browser &&
    document.dispatchEvent(
      new CustomEvent('consentry:' + type, {
        detail: { state: $consent.get(), record: $record.get() },
      }),
    )
  const key = () =>
    JSON.stringify([$decision.get().categories, $decision.get().services, $record.get()])
  let last = key()
  const update = () => {
    const d = compute()
    // The category map keeps its identity unless a category changed, so bindings re-render only then.
    if (JSON.stringify(d.categories) == JSON.stringify($consent.get()))
      d.categories = $consent.get()
    $decision.set(d)
    $consent.set(d.categories as ConsentState<CategoryOf<Config>>)
    if (last != (last = key())) fire('change')
  }

  const save = (
    method: Method,
    categories: { [k: string]: boolean | undefined },
    services: { [k: string]: boolean | undefined } = {},
  ) => {
    const current = $decision.get()
    const previous = $record.get()
    const record: ConsentRecord = {
      id: (previous && previous.id) || newId(),
      time: Date.now(),
      revision: config.revision || 0,
      method,
      categories: {},
      services: {},
    }
    for (const name in config.categories) {
      const cat = config.categories[name]
      const granted =
        cat.required || (!current.locked[name] && (categories[name] ?? current.categories[name]))
      record.categories[name] = !!granted
      for (const s in cat.services || {}) {
        const value =
          services[s] ??
          (method == 'custom' && current.valid && previous ? previous.services[s] : undefined)
        // Keep only services that differ from their category: smaller cookie, same meaning.
        if (value !== undefined && value !== granted) record.services[s] = value
      }
    }
    inMemory = cookieless() || !writeRecord(config, record)
    $record.set(record)
    $view.set(null)
    update()
    if (channel) channel.postMessage(encodeRecord(record))
  }

  const all = (granted: boolean) => {
    const map: { [k: string]: boolean } = {}
    for (const name in config.categories) map[name] = granted
    return map
  }

  const settle = () => {
    update()
    const view = $view.get()
    if ($decision.get().ask) view || $view.set('banner')
    else if (view == 'banner') $view.set(null)
  }

  const refresh = () => {
    signals = readSignals()
    if (!inMemory || cookieless()) {
      inMemory = cookieless()
      $record.set(inMemory ? $record.get() : readRecord(config))
    }
    settle()
  }

  // Another tab decided. Its record travels in the message: re-reading document.cookie
  // could see the old value, since one tab's cookie write is not ordered before another
  // tab's read. The newer record wins (ties broken by value), and a tab holding an older
  // one writes the winner again, so the cookie ends on it whichever write landed last.
  if (channel)
    channel.onmessage = (e: MessageEvent) => {
      const theirs = decodeRecord(e.data)
      const ours = $record.get()
      if (!theirs) {
        if (e.data === '') $record.set(null)
      } else if (
        !ours ||
        theirs.time > ours.time ||
        (theirs.time == ours.time && e.data > encodeRecord(ours))
      ) {
        if (!inMemory) writeRecord(config, theirs)
        $record.set(theirs)
      }
      settle()
    }

  const consent: Consent<Config> = {
    config,
    get: ((name?: string) => {
      const d = $decision.get()
      return name === undefined
        ? $consent.get()
        : !!(name in d.categories ? d.categories[name] : d.services[name])
    }) as Consent<Config>['get'],
    set: (categories, services) => save('custom', categories, services),
    acceptAll: () => save('accept-all', all(true)),
    rejectAll: () => save('reject-all', all(false)),
    reset: () => {
      clearRecord(config)
      $record.set(null)
      update()
      $view.set('banner')
      if (channel) channel.postMessage('')
    },
    subscribe: listener => $consent.subscribe(state => listener(state, $record.get())),
    whenGranted: name =>
      new Promise(resolve => {
        const off = $decision.subscribe(() => {
          if (consent.get(name)) {
            resolve()
            // Subscribe calls at once: defer the unsubscribe until `off` exists.
            queueMicrotask(() => off())
          }
        })
      }),
    show: () => $view.set('banner'),
    showPreferences: () => $view.set('preferences'),
    hide: () => $view.set(null),
    refresh,
    get record() {
      return $record.get()
    },
    get signals() {
      return signals
    },
    $consent,
    $decision,
    $record,
    $view,
  }
  if (browser) {
    // Listeners in scripts after ours would miss a synchronous event.
    if (document.readyState == 'loading')
      document.addEventListener('DOMContentLoaded', () => fire('ready'))
    else queueMicrotask(() => fire('ready'))
    // Another tab without BroadcastChannel, and pages restored from the back/forward cache.
    document.addEventListener('visibilitychange', () => document.hidden || refresh())
    addEventListener('pageshow', e => e.persisted && refresh())
  }
  if ($decision.get().ask) $view.set('banner')
  return consent
}
