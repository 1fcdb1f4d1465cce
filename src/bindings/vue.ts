// consentry/vue: a composable and a component over the consent stores. Vue is an
// optional peer dependency; no other consentry entry imports it.
import {
  defineComponent,
  getCurrentInstance,
  getCurrentScope,
  h,
  hasInjectionContext,
  inject,
  onMounted,
  onScopeDispose,
  provide,
  readonly,
  shallowRef,
  type InjectionKey,
  type PropType,
  type Ref,
} from 'vue'
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

/** Vue's `h` takes its children as one array. */
const VUE_ELEMENTS = {
  h: (type: string, props: object | null, ...children: unknown[]) =>
    h(type, props, children as Parameters<typeof h>[2]),
  classProp: 'class' as const,
}

/** What `provideConsent` hands down. */
export interface ProvidedConsent {
  consent: AnyConsent
  serverState?: ServerState | null
}

/** The injection key, for `app.provide(consentKey, { consent, serverState })` (Nuxt plugins). */
export const consentKey: InjectionKey<ProvidedConsent> = Symbol('consentry')

const browser = typeof document === 'object'

/**
 * Hands `consent`, and what the server rendered from, to the components below (call it
 * in the root component's setup). With `serverState`, server rendering and hydration
 * both use it, and the live state follows once mounted.
 * @example provideConsent(consent, decision)
 */
export function provideConsent(consent: AnyConsent, serverState?: ServerState | null): void {
  provide(consentKey, { consent, serverState })
}

/**
 * The `consent` handed down by `provideConsent`; throws without one.
 * @example const consent = useConsentContext<typeof config>()
 */
export function useConsentContext<C extends ConsentConfig = ConsentConfig>(): Consent<C> {
  const provided = hasInjectionContext() ? inject(consentKey, null) : null
  if (!provided) throw new Error('consentry: useConsentContext() needs provideConsent() above')
  return provided.consent as unknown as Consent<C>
}

/** The server's state for this controller, if one was provided. */
const serverStateFor = (consent: AnyConsent): ServerState | null => {
  const provided = hasInjectionContext() ? inject(consentKey, null) : null
  if (provided && provided.consent === consent && provided.serverState) return provided.serverState
  return null
}

/**
 * Controllers whose server-rendered tree has mounted. Every component of that tree runs
 * its setup before any is mounted; one created later (a client-side navigation) starts
 * from the live state instead of a server state that may be out of date.
 */
const hydrated = new WeakSet<AnyConsent>()

/** A store to follow: `$consent`, `$decision` or `$view`. */
interface Listenable {
  listen(listener: () => void): () => void
}

/**
 * A read-only ref that follows `read()`: on the server the server's (or the fail-closed)
 * value; in the browser the live one, except that components hydrating a server
 * state show that state until they are mounted, so hydration agrees.
 */
function follow<T>(
  consent: AnyConsent,
  store: Listenable,
  read: () => T,
  fromServer: (state: ServerState) => T,
) {
  const server = serverStateFor(consent)
  if (!browser) return readonly(shallowRef(fromServer(server || closedState(consent.config))))
  const hydrating = !!server && !!getCurrentInstance() && !hydrated.has(consent)
  const value = shallowRef(hydrating ? fromServer(server) : read())
  const update = () => {
    value.value = read()
  }
  if (hydrating)
    onMounted(() => {
      hydrated.add(consent)
      update()
    })
  const unsubscribe = store.listen(update)
  if (getCurrentScope()) onScopeDispose(unsubscribe)
  return readonly(value)
}

/**
 * Every category's state as a ref, or one category's or service's grant.
 * @example const analytics = useConsent(consent, 'analytics') // Ref<boolean>
 */
export function useConsent<C extends ConsentConfig>(
  consent: Consent<C>,
): Readonly<Ref<ConsentState<CategoryOf<C>>>>
export function useConsent<C extends ConsentConfig>(
  consent: Consent<C>,
  name: CategoryOf<C> | ServiceOf<C>,
): Readonly<Ref<boolean>>
export function useConsent(consent: AnyConsent, name?: string) {
  if (name === undefined)
    return follow(
      consent,
      // Set after $decision: its listeners see the new category map.
      consent.$consent,
      () => consent.$consent.get(),
      state => state.categories,
    )
  return follow(
    consent,
    consent.$decision,
    () => consent.get(name),
    state => grantIn(state, name),
  )
}

/**
 * Which UI layer is open (`'banner'`, `'preferences'` or `null`), for a banner of your own.
 * @example const view = useConsentView(consent)
 */
export function useConsentView(consent: AnyConsent): Readonly<Ref<View>> {
  return follow<View>(consent, consent.$view, () => consent.$view.get(), viewIn)
}

/**
 * Renders its default slot only while `name` is granted; otherwise a click-to-load
 * placeholder ("Load once", "Always allow"), or the `fallback` slot, which gets
 * `{ allow, loadOnce }`.
 * @example <ConsentGate :consent="consent" name="youtube"><iframe src="..." /></ConsentGate>
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: {
    consent: { type: Object as PropType<AnyConsent>, required: true },
    name: { type: String, required: true },
  },
  setup(props, { slots }) {
    const granted = useConsent(props.consent, props.name as never)
    const loadedOnce = shallowRef(false)
    const actions = {
      allow: () => allow(props.consent, props.name),
      loadOnce: () => {
        loadedOnce.value = true
      },
    }
    return () => {
      if (granted.value || loadedOnce.value) return slots.default?.()
      if (slots.fallback) return slots.fallback(actions)
      return placeholderTree(VUE_ELEMENTS, props.consent, props.name, actions)
    }
  },
})

export type { ServerState } from './shared'
