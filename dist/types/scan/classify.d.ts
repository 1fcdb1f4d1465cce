import type { KnownCookie, Party, TrackerInfo } from './types';
/** Answers host questions; `lookup` is null-safe when no database is installed. */
export interface Classifier {
    /** The database used, or null. */
    database: {
        name: string;
        version: string;
    } | null;
    /** The registrable domain of a host (`www.shop.co.uk` -> `shop.co.uk`); the host itself when it has none. */
    domainOf(host: string): string;
    tracker(host: string): TrackerInfo | null;
}
/** Loads tldts (required) and the tracker database (optional: without it, hosts are classified by the config alone). */
export declare function createClassifier(): Promise<Classifier>;
/** First party when both belong to the same registrable domain. */
export declare function partyOf(domain: string, site: string): Party;
/** The host a cookie's `Domain` stands for (`.example.com` -> `example.com`). */
export declare const cookieHost: (domain: string) => string;
/** What a cookie name is known for, or null. */
export declare function knownCookie(name: string): KnownCookie | null;
