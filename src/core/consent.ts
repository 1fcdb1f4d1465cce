import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores'
import { decodeRecord, encodeIfReadable, newId } from './codec'
import { inUse } from './category'
import { ConsentConfigError, safeUrl, validateConfig } from './config'
import { decide, honoured } from './decide'
import { dispatchEvents } from './events'
import { hasOwn } from './own'
import { persistRecord, type RecordEntry } from './persist'
import { readSignals } from './signals'
import { readRecord } from './storage'
import { connectTabs } from './tabs'
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
  /** Grants every category (those locked by a signal, or with nothing in use, stay denied). */
  acceptAll(): void
  /** Denies every optional category. */
  rejectAll(): void
  /** Forgets the choice (deletes the consent cookie) and asks again. */
  reset(): void
  /**
   * Calls `listener` now and whenever a category or a service changes; returns the
   * unsubscribe function. A decision that changes no grant (Accept all twice) calls nothing.
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

/** A choice as the actions take it: names left out (or undefined) keep their state. */
type Choice = { readonly [name: string]: boolean | undefined }

/** Every check, with messages naming the field, outside production builds (the drop-in
 * runs them itself). A production bundle keeps only the check that protects visitors: no
 * link to a javascript: URL. thirdPartyTracking: false is enforced by decide() either way.
 * Bundlers replace exactly `process.env.NODE_ENV`, which is why it is not wrapped in a
 * `typeof process` test: that would keep the full check in every browser bundle. Like
 * nanostores, this module needs a bundler, or `process.env.NODE_ENV` defined (docs/core.md). */
function checkConfig(config: ConsentConfig): void {
  if (process.env.NODE_ENV !== 'production') {
    validateConfig(config)
    return
  }
  if (config.policyUrl && !safeUrl(config.policyUrl))
    throw new ConsentConfigError('policyUrl', 'expected an http(s) or relative URL')
}

/** The config's region, else `<html data-consent-region>`, else unknown (''). */
function readRegion(config: ConsentConfig, browser: boolean): string {
  if (config.region) return config.region
  if (!browser) return ''
  return document.documentElement.getAttribute('data-consent-region') || ''
}

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * `$decision`: decide() over the record, the signals and the time. A new decision with
 * the same values as the last is not a change: the store keeps the old object, and each
 * map (`categories`, `services`) keeps its identity unless it changed, so `$consent`
 * and framework bindings re-render only on a real change.
 */
function decisionStore(
  config: ConsentConfig,
  region: string,
  $record: ReadableAtom<ConsentRecord | null>,
  $signals: ReadableAtom<Signals>,
  $now: ReadableAtom<number>,
): ReadableAtom<Decision> {
  let last: Decision | undefined
  return computed([$record, $signals, $now], (record, signals, now) => {
    const next = decide(config, record, signals, region, now)
    if (last) {
      if (sameValues(last.categories, next.categories)) next.categories = last.categories
      if (sameValues(last.services, next.services)) next.services = last.services
      if (sameValues(last, next)) return last
    }
    last = next
    return next
  })
}

/**
 * Creates the consent controller for a site's policy. Actions (`set`, `acceptAll`...)
 * only compute a record and put it in the stores; effects subscribe to them. In a
 * browser those effects read and write the consent cookie, send decisions to other tabs
 * on a `BroadcastChannel`, and dispatch `consentry:ready` and `consentry:change` on
 * `document`; it also listens to `visibilitychange` and `pageshow` to re-read the cookie
 * and the signals. Outside a browser it touches nothing.
 * @example
 * const consent = createConsent({ categories: { necessary: { required: true }, analytics: { usedForTracking: true } } })
 */
export function createConsent<const Config extends ConsentConfig>(config: Config): Consent<Config> {
  checkConfig(config)
  const browser = typeof document === 'object'
  const region = readRegion(config, browser)

  const $signals = atom<Signals>(readSignals())
  const cookieless = () => {
    if (!config.signals?.cookieless) return false
    const { enforced, denied } = honoured(config, $signals.get())
    return !!enforced || denied
  }
  // Inputs: the record and where it came from, the signals, the time decisions are made at.
  const $entry = atom<RecordEntry>({
    record: browser && !cookieless() ? readRecord(config) : null,
    source: 'cookie',
  })
  const $now = atom(Date.now())
  // State: what the visitor said, what applies, which UI layer is open.
  const $record = computed($entry, entry => entry.record)
  const $decision = decisionStore(config, region, $record, $signals, $now)
  const $consent = computed(
    $decision,
    decision => decision.categories as ConsentState<CategoryOf<Config>>,
  )
  const $view = atom<View>($decision.get().ask ? 'banner' : null)

  // Effects, in the order they run on a change: the cookie, other tabs, DOM events. The
  // gate, the UI and the integrations subscribe after them.
  const persistence = browser ? persistRecord(config, $entry, cookieless) : { inMemory: true }

  const decideNow = (method: Method, categories: Choice, services: Choice = {}) => {
    const current = $decision.get()
    const previous = $record.get()
    const record: ConsentRecord = {
      id: previous?.id || newId(),
      time: Date.now(),
      revision: config.revision || 0,
      method,
      categories: {},
      services: {},
    }
    // A custom choice keeps the services the visitor set before, unless it names them.
    const keepServices = method === 'custom' && current.valid && previous
    for (const name of Object.keys(config.categories)) {
      const category = config.categories[name]
      const wanted = hasOwn(categories, name) ? categories[name] : undefined
      // Locked by a signal, or nothing in use: stored as denied whatever was asked for.
      const grantable = inUse(category) && !current.locked[name]
      const granted = category.required || (grantable && (wanted ?? current.categories[name]))
      record.categories[name] = !!granted
      for (const service of Object.keys(category.services || {})) {
        let value = hasOwn(services, service) ? services[service] : undefined
        if (value === undefined && keepServices && hasOwn(previous.services, service))
          value = previous.services[service]
        // Keep only services that differ from their category: smaller cookie, same meaning.
        if (value !== undefined && value !== granted) record.services[service] = value
      }
    }
    $now.set(record.time)
    $entry.set({ record, source: 'visitor' })
    $view.set(null)
  }

  const everyCategory = (granted: boolean) => {
    const choice: { [name: string]: boolean } = {}
    for (const name of Object.keys(config.categories)) choice[name] = granted
    return choice
  }

  /** Opens the banner when the visitor must be asked, closes it when no longer. */
  const settleView = () => {
    const view = $view.get()
    if ($decision.get().ask) {
      if (!view) $view.set('banner')
    } else if (view === 'banner') {
      $view.set(null)
    }
  }

  /** A record read from the cookie replaces ours only when it differs. */
  const applyStored = (record: ConsentRecord | null) => {
    if (sameValues(record, $record.get())) return
    $entry.set({ record, source: 'cookie' })
  }

  const refresh = () => {
    $signals.set(readSignals())
    $now.set(Date.now())
    const cookielessNow = cookieless()
    // A choice kept in memory (the cookie could not be written) stays until a signal
    // change makes cookies usable again.
    if (!persistence.inMemory || cookielessNow) {
      persistence.inMemory = cookielessNow
      if (!cookielessNow) applyStored(readRecord(config))
    }
    settleView()
  }

  /** Another tab decided. The newer record wins (ties broken by value), and a tab holding
   * an older one stores the winner again (the cookie writer does). */
  const receiveFromTab = (value: string) => {
    $now.set(Date.now())
    const theirs = decodeRecord(value)
    const ours = $record.get()
    if (value === '') {
      $entry.set({ record: null, source: 'tab' })
    } else if (theirs) {
      const newer =
        !ours ||
        theirs.time > ours.time ||
        (theirs.time === ours.time && value > (encodeIfReadable(ours) ?? ''))
      if (newer) $entry.set({ record: theirs, source: 'tab' })
    }
    settleView()
  }

  const get = (name?: string) => {
    const decision = $decision.get()
    if (name === undefined) return $consent.get()
    if (hasOwn(decision.categories, name)) return decision.categories[name]
    if (hasOwn(decision.services, name)) return decision.services[name]
    return false
  }

  const consent: Consent<Config> = {
    config,
    get: get as Consent<Config>['get'],
    set: (categories, services) => decideNow('custom', categories, services),
    acceptAll: () => decideNow('accept-all', everyCategory(true)),
    rejectAll: () => decideNow('reject-all', everyCategory(false)),
    reset: () => {
      $now.set(Date.now())
      $entry.set({ record: null, source: 'visitor' })
      $view.set('banner')
    },
    subscribe: listener => {
      let called: Decision | undefined
      return $decision.subscribe(decision => {
        const unchanged =
          called &&
          called.categories === decision.categories &&
          called.services === decision.services
        if (unchanged) return
        called = decision
        listener(decision.categories as ConsentState<CategoryOf<Config>>, $record.get())
      })
    },
    whenGranted: name =>
      new Promise(resolve => {
        const stop = $decision.subscribe(() => {
          if (!get(name)) return
          resolve()
          // subscribe calls at once: defer the unsubscribe until `stop` exists.
          queueMicrotask(() => stop())
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
      return $signals.get()
    },
    $consent,
    $decision,
    $record,
    $view,
  }

  if (browser) {
    connectTabs(config, $entry, receiveFromTab)
    dispatchEvents($decision, $record)
    // Another tab without BroadcastChannel, and pages restored from the back/forward cache.
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) refresh()
    })
    addEventListener('pageshow', event => {
      if (event.persisted) refresh()
    })
  }
  return consent
}
