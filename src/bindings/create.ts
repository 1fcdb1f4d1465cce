// The React and Preact bindings are one implementation: both frameworks have the same
// hooks and the same createElement, so each entry hands its own functions to
// createBindings and types the result with its own node type. Nothing here imports a
// framework, so neither entry brings the other's code.
import type { Consent, ConsentState, View } from '../core/consent'
import type { CategoryOf, ConsentConfig, ServiceOf } from '../core/types'
import {
  allow,
  closedState,
  grantIn,
  placeholderTree,
  viewIn,
  type AnyConsent,
  type ServerState,
} from './shared'

/** What `ConsentProvider` hands down. */
export interface Provided {
  consent: AnyConsent
  serverState?: ServerState | null
}

/** A framework's context object (React's and Preact's both have a `Provider`). */
export interface ContextLike {
  Provider: unknown
}

/** The few functions of React or Preact that the bindings use. */
export interface Framework<Context extends ContextLike> {
  createElement: (type: unknown, props: object | null, ...children: unknown[]) => unknown
  createContext: (value: Provided | null) => Context
  useContext: (context: Context) => Provided | null
  useState: (initial: boolean) => [boolean, (value: boolean) => void]
  useSyncExternalStore: <T>(
    subscribe: (onChange: () => void) => () => void,
    getSnapshot: () => T,
    getServerSnapshot: () => T,
  ) => T
}

/** `useConsent(consent)` for every category's state, `useConsent(consent, name)` for one. */
export interface UseConsent {
  /**
   * Every category's state; the component renders again when a category changes.
   * @example const { analytics } = useConsent(consent)
   */
  <C extends ConsentConfig>(consent: Consent<C>): ConsentState<CategoryOf<C>>
  /**
   * One category's or service's grant; the component renders again only when it changes.
   * @example const analytics = useConsent(consent, 'analytics')
   */
  <C extends ConsentConfig>(consent: Consent<C>, name: CategoryOf<C> | ServiceOf<C>): boolean
}

/** What a custom placeholder (`fallback` as a function) can do. */
export interface PlaceholderActions {
  /** Records consent for the gate's category or service, as "Always allow" does. */
  allow: () => void
  /** Shows the content on this page view without recording anything. */
  loadOnce: () => void
}

/** Props of `ConsentProvider`. */
export interface ConsentProviderProps<C extends ConsentConfig, Node> {
  consent: Consent<C>
  /** What the server rendered from (`readDecision(...)` from `consentry/server`). */
  serverState?: ServerState | null
  children?: Node
}

/** Props of `ConsentGate`. */
export interface ConsentGateProps<C extends ConsentConfig, Node> {
  consent: Consent<C>
  /** The category or service the content needs. */
  name: CategoryOf<C> | ServiceOf<C>
  /** Shown instead of the built-in placeholder: a node, or a function of the actions. */
  fallback?: Node | ((actions: PlaceholderActions) => Node)
  /** What loads once granted: an embed, a map, a video, a chat widget. */
  children?: Node
}

/** The hooks and components of one framework. */
export interface Bindings<Node> {
  /**
   * Hands `consent`, and what the server rendered from, to the hooks below it. With
   * `serverState`, server rendering and hydration both use it; without, both use the
   * fail-closed state (only required categories granted) and the browser updates at once.
   * @example <ConsentProvider consent={consent} serverState={decision}><App /></ConsentProvider>
   */
  ConsentProvider: <C extends ConsentConfig>(props: ConsentProviderProps<C, Node>) => Node
  /**
   * The `consent` of the nearest `ConsentProvider`; throws without one.
   * @example const consent = useConsentContext<typeof config>()
   */
  useConsentContext: <C extends ConsentConfig = ConsentConfig>() => Consent<C>
  useConsent: UseConsent
  /**
   * Which UI layer is open (`'banner'`, `'preferences'` or `null`), for a banner of your own.
   * @example if (useConsentView(consent) == 'banner') return <MyBanner />
   */
  useConsentView: (consent: AnyConsent) => View
  /**
   * Renders `children` only while `name` is granted; otherwise a click-to-load placeholder
   * ("Load once", "Always allow"), or `fallback`.
   * @example <ConsentGate consent={consent} name="youtube"><iframe src="https://www.youtube-nocookie.com/embed/xyz" /></ConsentGate>
   */
  ConsentGate: <C extends ConsentConfig>(props: ConsentGateProps<C, Node>) => Node
}

/** One subscribe function per controller: a new one each render would resubscribe each render. */
interface Subscriptions {
  categories: (onChange: () => void) => () => void
  decision: (onChange: () => void) => () => void
  view: (onChange: () => void) => () => void
}
const subscriptions = new WeakMap<AnyConsent, Subscriptions>()
const subscriptionsOf = (consent: AnyConsent): Subscriptions => {
  const known = subscriptions.get(consent)
  if (known) return known
  const created: Subscriptions = {
    // $consent is set after $decision: its listeners see the new category map.
    categories: onChange => consent.$consent.listen(() => onChange()),
    // $decision changes with every category and service; a name's grant is a boolean,
    // so the framework skips the renders where it stayed the same.
    decision: onChange => consent.$decision.listen(() => onChange()),
    view: onChange => consent.$view.listen(() => onChange()),
  }
  subscriptions.set(consent, created)
  return created
}

/**
 * Builds the hooks and components over one framework's functions.
 * @example export const { useConsent, ConsentGate } = createBindings<ReactNode, Context>({ createElement, ... })
 */
export function createBindings<Node, Context extends ContextLike>(
  framework: Framework<Context>,
): Bindings<Node> {
  const { createElement: h, useContext, useState, useSyncExternalStore } = framework
  const context = framework.createContext(null)

  /** What the server rendered from: the provider's state for this controller, else fail-closed. */
  const useServerState = (consent: AnyConsent): ServerState => {
    const provided = useContext(context)
    if (provided && provided.consent === consent && provided.serverState)
      return provided.serverState
    return closedState(consent.config)
  }

  const useConsent = (consent: AnyConsent, name?: string) => {
    const server = useServerState(consent)
    const subscriptions = subscriptionsOf(consent)
    if (name === undefined)
      return useSyncExternalStore(
        subscriptions.categories,
        () => consent.$consent.get(),
        () => server.categories,
      )
    return useSyncExternalStore(
      subscriptions.decision,
      () => consent.get(name),
      () => grantIn(server, name),
    )
  }

  const useConsentView = (consent: AnyConsent): View => {
    const server = useServerState(consent)
    return useSyncExternalStore(
      subscriptionsOf(consent).view,
      () => consent.$view.get(),
      () => viewIn(server),
    )
  }

  const ConsentProvider = (props: ConsentProviderProps<ConsentConfig, unknown>) => {
    const value: Provided = { consent: props.consent, serverState: props.serverState }
    return h(context.Provider, { value }, props.children)
  }

  const useConsentContext = () => {
    const provided = useContext(context)
    if (!provided) throw new Error('consentry: useConsentContext() needs a <ConsentProvider> above')
    return provided.consent
  }

  const ConsentGate = (props: ConsentGateProps<ConsentConfig, unknown>) => {
    const { consent, name, fallback } = props
    const granted = useConsent(consent, name)
    const [loadedOnce, setLoadedOnce] = useState(false)
    if (granted || loadedOnce) return props.children ?? null
    const actions: PlaceholderActions = {
      allow: () => allow(consent, name),
      loadOnce: () => setLoadedOnce(true),
    }
    if (typeof fallback === 'function')
      return (fallback as (a: PlaceholderActions) => unknown)(actions)
    if (fallback !== undefined) return fallback
    return placeholderTree({ h, classProp: 'className' }, consent, name, actions)
  }

  // The implementations take any config; the interface gives each app its own names.
  return {
    ConsentProvider,
    useConsentContext,
    useConsent,
    useConsentView,
    ConsentGate,
  } as unknown as Bindings<Node>
}
