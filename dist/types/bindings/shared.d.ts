import type { Consent, View } from '../core/consent';
import type { ConsentConfig, Decision } from '../core/types';
/**
 * What the server knew when it rendered the page: pass `readDecision(...)` from
 * `consentry/server` (any object with these fields), so the first render in the browser
 * shows what the server showed and hydration agrees.
 */
export type ServerState = Pick<Decision, 'categories' | 'services' | 'ask'>;
/** The consent controller, with any config: bindings take every app's own. */
export type AnyConsent = Consent<ConsentConfig>;
/**
 * The state a server renders when it was told nothing: required categories granted,
 * everything else denied, no banner. Unknown means no consent; the browser shows the
 * real state right after hydration. One object per config, so React sees a stable snapshot.
 */
export declare function closedState(config: ConsentConfig): ServerState;
/** One category's or service's grant in a state; a name it does not know is denied. */
export declare function grantIn(state: ServerState, name: string): boolean;
/** The UI layer a server state implies: the banner when the visitor must be asked. */
export declare function viewIn(state: ServerState): View;
/** The placeholder's words for `name`, in the page's language (the gate's own texts). */
export interface PlaceholderTexts {
    /** The service's (or category's) label: the placeholder's accessible name. */
    label: string;
    /** Why the content is held. */
    text: string;
    loadOnce: string;
    allowAlways: string;
}
/**
 * The texts of the click-to-load placeholder for a category or service: the same words
 * as the gate's placeholders for held frames.
 * @example placeholderTexts(consent, 'youtube').text // 'YouTube is blocked until you allow Marketing cookies.'
 */
export declare function placeholderTexts(consent: AnyConsent, name: string): PlaceholderTexts;
/**
 * Records consent for one category or service, as the gate's "Always allow" does.
 * Category and service names are distinct, so each half ignores the name it does not know.
 */
export declare function allow(consent: AnyConsent, name: string): void;
/** A framework's element factory, and the prop that carries CSS classes in it. */
export interface ElementFactory {
    h: (type: string, props: object | null, ...children: unknown[]) => unknown;
    classProp: 'className' | 'class';
}
/** What the placeholder's buttons do. */
export interface PlaceholderButtons {
    loadOnce: () => void;
    allow: () => void;
}
/**
 * The gate's placeholder markup and classes (src/gate/placeholder.ts), in a framework's
 * elements, so that one stylesheet, the gate's, dresses both: the theme, and the compact
 * form in a small box. No ids: a server and a browser would count them differently.
 */
export declare function placeholderTree(factory: ElementFactory, consent: AnyConsent, name: string, buttons: PlaceholderButtons): unknown;
