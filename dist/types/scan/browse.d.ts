import type { Browser } from 'playwright-core';
import type { ConsentConfig } from '../core/types';
import type { CookieSetter, StateName } from './types';
/** A cookie as the browser holds it at the end of a state. */
export interface RawCookie {
    name: string;
    domain: string;
    path: string;
    /** Seconds since the epoch; -1 for a session cookie. */
    expires: number;
    httpOnly: boolean;
    secure: boolean;
    sameSite: string;
    setBy: CookieSetter;
}
export interface RawRequest {
    url: string;
    host: string;
    type: string;
}
export interface RawState {
    decided: boolean;
    note: string | null;
    cookies: RawCookie[];
    local: {
        origin: string;
        key: string;
    }[];
    session: {
        origin: string;
        key: string;
    }[];
    requests: RawRequest[];
    screenshot: Buffer | null;
}
export interface RawPage {
    url: string;
    consentry: boolean;
    /** The page's `window.consent.config`, read before any choice. */
    config: ConsentConfig | null;
    states: {
        [state in StateName]: RawState;
    };
}
export interface BrowseOptions {
    /** Pages to visit at most, the start page included. */
    pages: number;
    /** Called after every state: states done, states planned so far, and what was done. */
    progress(done: number, total: number, label: string): void;
}
/** A failure the person running the scan must hear about, in one line. */
export declare class ScanError extends Error {
}
/** The first http(s) URL in a stack that is not the hook itself: the script that wrote. */
export declare function scriptFromStack(stack: string): string | null;
/** The cookie name in a `document.cookie` write or a `Set-Cookie` value. */
export declare function cookieNameOf(written: string): string;
/** The host of a URL; '' for one that has none or does not parse. */
export declare function hostOf(url: string): string;
/**
 * Crawls up to `options.pages` same-origin pages from `startUrl`, breadth first, each in
 * the three states. A page other than the first that fails to load is skipped.
 */
export declare function crawl(browser: Browser, startUrl: string, options: BrowseOptions): Promise<{
    pages: RawPage[];
    skipped: {
        url: string;
        reason: string;
    }[];
}>;
