import { type ReadableAtom, type WritableAtom } from 'nanostores';
import type { CategoryOf, ConsentConfig, ConsentRecord, Decision, ServiceOf, Signals } from './types';
/** Which layer of the UI is open. */
export type View = 'banner' | 'preferences' | null;
/** Granted or denied, per category. */
export type ConsentState<C extends string = string> = {
    [K in C]: boolean;
};
/** The consent controller returned by `createConsent`. */
export interface Consent<Config extends ConsentConfig = ConsentConfig> {
    /** The validated config. */
    readonly config: Config;
    /**
     * Every category's state, or one category's (or service's) state.
     * @example consent.get('analytics') // false
     */
    get(): ConsentState<CategoryOf<Config>>;
    get(name: CategoryOf<Config> | ServiceOf<Config>): boolean;
    /**
     * Records a custom choice; categories left out keep their current state.
     * @example consent.set({ analytics: true }, { youtube: false })
     */
    set(categories: Partial<ConsentState<CategoryOf<Config>>>, services?: Partial<ConsentState<ServiceOf<Config>>>): void;
    /** Grants every category (those locked by a signal, or with nothing in use, stay denied). */
    acceptAll(): void;
    /** Denies every optional category. */
    rejectAll(): void;
    /** Forgets the choice (deletes the consent cookie) and asks again. */
    reset(): void;
    /**
     * Calls `listener` now and whenever a category or a service changes; returns the
     * unsubscribe function. A decision that changes no grant (Accept all twice) calls nothing.
     * @example const off = consent.subscribe((state, record) => console.log(state.analytics))
     */
    subscribe(listener: (state: ConsentState<CategoryOf<Config>>, record: ConsentRecord | null) => void): () => void;
    /**
     * Resolves once the category (or service) is granted.
     * @example await consent.whenGranted('analytics'); startAnalytics()
     */
    whenGranted(name: CategoryOf<Config> | ServiceOf<Config>): Promise<void>;
    /** Opens the banner. */
    show(): void;
    /** Opens the preferences dialog. */
    showPreferences(): void;
    /** Closes the banner or dialog without recording anything. */
    hide(): void;
    /** Re-reads the stored record and the signals (another tab, bfcache restore). */
    refresh(): void;
    /** The stored record, or null. */
    readonly record: ConsentRecord | null;
    /** Do Not Track and Global Privacy Control as read on this page view. */
    readonly signals: Signals;
    /** Category states, for framework bindings (`useStore(consent.$consent)`). */
    readonly $consent: ReadableAtom<ConsentState<CategoryOf<Config>>>;
    /** The full decision: categories, services, locks, whether to ask. */
    readonly $decision: ReadableAtom<Decision>;
    /** The stored record. */
    readonly $record: ReadableAtom<ConsentRecord | null>;
    /** Which UI layer is open; the UI renders it, the API sets it. */
    readonly $view: WritableAtom<View>;
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
export declare function createConsent<const Config extends ConsentConfig>(config: Config): Consent<Config>;
