import type { ConsentConfig, CookiePattern, Decision } from '../core/types';
/** What a category or service leaves behind and how to switch it off. */
export interface Traces {
    cookies?: readonly CookiePattern[];
    storage?: readonly CookiePattern[];
    onRevoke?: () => void;
}
/** A category or a service, as the gate needs it. */
export interface Unit {
    /** Shown on placeholders: the config's label, else the name. */
    label: string;
    /** The category it is (a category's own name) or belongs to (a service's). */
    category: string;
    /** Its `cookies`, `storage` and `onRevoke`. */
    traces: Traces;
}
/** One entry of a service's `hosts`, normalised. */
export interface HostRule {
    host: string;
    service: string;
}
/**
 * Every category and service by name. A Map: a name like `constructor` or `toString`
 * finds only what the config defines, never something inherited.
 */
export declare function readUnits(config: ConsentConfig): Map<string, Unit>;
/**
 * A `hosts` entry as the host name the URL parser would make of it: lower case, `*.` or
 * a leading dot dropped, a trailing dot dropped, IDN and full-width dots mapped. A value
 * that is a URL or has a port (`https://tracker.test/x`, `tracker.test:80`) counts for its
 * host, which fails closed: more is held, never less. Empty when nothing is left.
 * @example normalizeHost('*.Tracker.Test.') // 'tracker.test'
 */
export declare function normalizeHost(entry: unknown): string;
/** Every service's `hosts`, normalised; entries that name no host are left out. */
export declare function readHostRules(config: ConsentConfig): HostRule[];
/**
 * The service whose `hosts` cover a URL's host, resolved against the page's base URL;
 * none for a URL that cannot be parsed or has no host (`data:`, `blob:` of the page).
 */
export declare function serviceForUrl(rules: readonly HostRule[], url: unknown): string | undefined;
/**
 * Whether a category or service is granted under a decision. Anything the decision does
 * not hold as its own property (unknown, or inherited like `toString`) is not.
 */
export declare function isGranted(decision: Decision, name: string): boolean;
/**
 * Whether an element's marks are granted. A named service decides: it follows its
 * category unless the visitor chose it apart ("Always allow"). `!` inverts. What names
 * nothing stays held.
 */
export declare function isWanted(decision: Decision, el: Element): boolean;
