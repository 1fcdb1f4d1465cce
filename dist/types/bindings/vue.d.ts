import { type InjectionKey, type PropType, type Ref } from 'vue';
import type { Consent, ConsentState, View } from '../core/consent';
import type { CategoryOf, ConsentConfig, ServiceOf } from '../core/types';
import { type AnyConsent, type ServerState } from './shared';
/** What `provideConsent` hands down. */
export interface ProvidedConsent {
    consent: AnyConsent;
    serverState?: ServerState | null;
}
/** The injection key, for `app.provide(consentKey, { consent, serverState })` (Nuxt plugins). */
export declare const consentKey: InjectionKey<ProvidedConsent>;
/**
 * Hands `consent`, and what the server rendered from, to the components below (call it
 * in the root component's setup). With `serverState`, server rendering and hydration
 * both use it, and the live state follows once mounted.
 * @example provideConsent(consent, decision)
 */
export declare function provideConsent(consent: AnyConsent, serverState?: ServerState | null): void;
/**
 * The `consent` handed down by `provideConsent`; throws without one.
 * @example const consent = useConsentContext<typeof config>()
 */
export declare function useConsentContext<C extends ConsentConfig = ConsentConfig>(): Consent<C>;
/**
 * Every category's state as a ref, or one category's or service's grant.
 * @example const analytics = useConsent(consent, 'analytics') // Ref<boolean>
 */
export declare function useConsent<C extends ConsentConfig>(consent: Consent<C>): Readonly<Ref<ConsentState<CategoryOf<C>>>>;
export declare function useConsent<C extends ConsentConfig>(consent: Consent<C>, name: CategoryOf<C> | ServiceOf<C>): Readonly<Ref<boolean>>;
/**
 * Which UI layer is open (`'banner'`, `'preferences'` or `null`), for a banner of your own.
 * @example const view = useConsentView(consent)
 */
export declare function useConsentView(consent: AnyConsent): Readonly<Ref<View>>;
/**
 * Renders its default slot only while `name` is granted; otherwise a click-to-load
 * placeholder ("Load once", "Always allow"), or the `fallback` slot, which gets
 * `{ allow, loadOnce }`.
 * @example <ConsentGate :consent="consent" name="youtube"><iframe src="..." /></ConsentGate>
 */
export declare const ConsentGate: import("vue").DefineComponent<import("vue").ExtractPropTypes<{
    consent: {
        type: PropType<AnyConsent>;
        required: true;
    };
    name: {
        type: StringConstructor;
        required: true;
    };
}>, () => unknown, {}, {}, {}, import("vue").ComponentOptionsMixin, import("vue").ComponentOptionsMixin, {}, string, import("vue").PublicProps, Readonly<import("vue").ExtractPropTypes<{
    consent: {
        type: PropType<AnyConsent>;
        required: true;
    };
    name: {
        type: StringConstructor;
        required: true;
    };
}>> & Readonly<{}>, {}, {}, {}, {}, string, import("vue").ComponentProvideOptions, true, {}, any>;
export type { ServerState } from './shared';
