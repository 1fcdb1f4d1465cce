import type { Consent, ConsentState, View } from '../core/consent';
import type { CategoryOf, ConsentConfig, ServiceOf } from '../core/types';
import { type AnyConsent, type ServerState } from './shared';
/** What `ConsentProvider` hands down. */
export interface Provided {
    consent: AnyConsent;
    serverState?: ServerState | null;
}
/** A framework's context object (React's and Preact's both have a `Provider`). */
export interface ContextLike {
    Provider: unknown;
}
/** The few functions of React or Preact that the bindings use. */
export interface Framework<Context extends ContextLike> {
    createElement: (type: unknown, props: object | null, ...children: unknown[]) => unknown;
    createContext: (value: Provided | null) => Context;
    useContext: (context: Context) => Provided | null;
    useState: (initial: boolean) => [boolean, (value: boolean) => void];
    useSyncExternalStore: <T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot: () => T) => T;
}
/** `useConsent(consent)` for every category's state, `useConsent(consent, name)` for one. */
export interface UseConsent {
    /**
     * Every category's state; the component renders again when a category changes.
     * @example const { analytics } = useConsent(consent)
     */
    <C extends ConsentConfig>(consent: Consent<C>): ConsentState<CategoryOf<C>>;
    /**
     * One category's or service's grant; the component renders again only when it changes.
     * @example const analytics = useConsent(consent, 'analytics')
     */
    <C extends ConsentConfig>(consent: Consent<C>, name: CategoryOf<C> | ServiceOf<C>): boolean;
}
/** What a custom placeholder (`fallback` as a function) can do. */
export interface PlaceholderActions {
    /** Records consent for the gate's category or service, as "Always allow" does. */
    allow: () => void;
    /** Shows the content on this page view without recording anything. */
    loadOnce: () => void;
}
/** Props of `ConsentProvider`. */
export interface ConsentProviderProps<C extends ConsentConfig, Node> {
    consent: Consent<C>;
    /** What the server rendered from (`readDecision(...)` from `consentry/server`). */
    serverState?: ServerState | null;
    children?: Node;
}
/** Props of `ConsentGate`. */
export interface ConsentGateProps<C extends ConsentConfig, Node> {
    consent: Consent<C>;
    /** The category or service the content needs. */
    name: CategoryOf<C> | ServiceOf<C>;
    /** Shown instead of the built-in placeholder: a node, or a function of the actions. */
    fallback?: Node | ((actions: PlaceholderActions) => Node);
    /** What loads once granted: an embed, a map, a video, a chat widget. */
    children?: Node;
}
/** The hooks and components of one framework. */
export interface Bindings<Node> {
    /**
     * Hands `consent`, and what the server rendered from, to the hooks below it. With
     * `serverState`, server rendering and hydration both use it; without, both use the
     * fail-closed state (only required categories granted) and the browser updates at once.
     * @example <ConsentProvider consent={consent} serverState={decision}><App /></ConsentProvider>
     */
    ConsentProvider: <C extends ConsentConfig>(props: ConsentProviderProps<C, Node>) => Node;
    /**
     * The `consent` of the nearest `ConsentProvider`; throws without one.
     * @example const consent = useConsentContext<typeof config>()
     */
    useConsentContext: <C extends ConsentConfig = ConsentConfig>() => Consent<C>;
    useConsent: UseConsent;
    /**
     * Which UI layer is open (`'banner'`, `'preferences'` or `null`), for a banner of your own.
     * @example if (useConsentView(consent) == 'banner') return <MyBanner />
     */
    useConsentView: (consent: AnyConsent) => View;
    /**
     * Renders `children` only while `name` is granted; otherwise a click-to-load placeholder
     * ("Load once", "Always allow"), or `fallback`.
     * @example <ConsentGate consent={consent} name="youtube"><iframe src="https://www.youtube-nocookie.com/embed/xyz" /></ConsentGate>
     */
    ConsentGate: <C extends ConsentConfig>(props: ConsentGateProps<C, Node>) => Node;
}
/**
 * Builds the hooks and components over one framework's functions.
 * @example export const { useConsent, ConsentGate } = createBindings<ReactNode, Context>({ createElement, ... })
 */
export declare function createBindings<Node, Context extends ContextLike>(framework: Framework<Context>): Bindings<Node>;
