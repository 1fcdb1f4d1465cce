import type { Consent } from '../core/consent';
import type { Decision } from '../core/types';
import { type HostRule, type Unit } from './units';
/** What every part of a running gate shares: the config read once, the decision, the gate's bookkeeping. */
export interface GateContext {
    readonly consent: Consent;
    /** Categories and services by name. */
    readonly units: Map<string, Unit>;
    readonly hostRules: readonly HostRule[];
    /** The decision in force. */
    decision(): Decision;
    /** Whether a category or service is granted now. */
    granted(name: string): boolean;
    /** Whether an element's marks are granted now. */
    wanted(el: Element): boolean;
    /** The service whose hosts cover a URL, if any. */
    serviceOf(url: unknown): string | undefined;
    /**
     * Finished with, never touched again: scripts that ran (with the first of their clones)
     * and the gate's copies of them, frames loaded once.
     */
    readonly done: WeakSet<Element>;
    /** Where a clone of a marked script came from: it runs at most once with its source. */
    readonly clonedFrom: WeakMap<Element, Element>;
    /** The script a clone (of a clone...) was first made from; the element itself otherwise. */
    origin(el: Element): Element;
    /** Runs the gate's own DOM writes: the hooks let them through as they are. */
    asGate<T>(write: () => T): T;
    /** True while the gate itself writes. */
    writing(): boolean;
}
/** The context of a gate over `consent`. */
export declare function createContext(consent: Consent): GateContext;
