import type { ConsentConfig, ConsentRecord, Decision, Signals } from '../core/types';
/** Web `Headers` (or anything with the same `get`). */
type WebHeaders = {
    get(name: string): string | null;
};
/** Node's `IncomingHttpHeaders`: lower-case keys, repeated headers as arrays. */
type NodeHeaders = {
    readonly [name: string]: string | readonly string[] | undefined;
};
/** Request headers: web `Headers`, or Node's `IncomingHttpHeaders` (lower-case keys). */
export type HeadersLike = WebHeaders | NodeHeaders;
/** One header's value, '' when it is absent; repeated Node headers are joined as HTTP joins them. */
export declare function headerValue(headers: HeadersLike | null | undefined, name: string): string;
/** The values of every cookie named `name` in a `Cookie` header, in header order. */
export declare function cookieValues(cookieHeader: string | null | undefined, name: string): string[];
/** What the helpers read a request through: the config, and the request's cookies and headers. */
export interface RequestOptions {
    /** The site's consent config, the same the page gives the SDK. */
    config: ConsentConfig;
    /** The request's `Cookie` header (default: the `cookie` entry of `headers`). */
    cookie?: string | null;
    /** The request's headers: web `Headers` or Node's `req.headers`. */
    headers?: HeadersLike | null;
    /** The region the page tells the SDK (`<html data-consent-region>`), if any. */
    region?: string;
}
/**
 * The consent record in a `Cookie` header, decoded exactly as the browser decodes it:
 * anything tampered, truncated or foreign is null. With two cookies of that name (host
 * and parent domain, or two paths), the newest that decodes wins, as in the browser.
 * @example readConsent({ config, headers: req.headers })?.categories.analytics
 */
export declare function readConsent(options: RequestOptions): ConsentRecord | null;
/** @deprecated The 0.1 form; use `readConsent({ config, cookie })`. */
export declare function readConsent(cookieHeader: string | null | undefined, config: ConsentConfig): ConsentRecord | null;
/**
 * Do Not Track and Global Privacy Control from request headers. Only `Sec-GPC: 1`
 * counts (GPC spec, "The Sec-GPC header field for HTTP requests": 1 is its only value), and only `DNT: 1`.
 * @example readSignals(request.headers) // { dnt: false, gpc: true }
 */
export declare function readSignals(headers: HeadersLike | null | undefined): Signals;
/**
 * What applies to a request: the browser's own `decide()` over the cookie, the signal
 * headers and the region (the site's own, e.g. from its CDN's country header).
 * @example readDecision({ config, headers: req.headers, region: 'DE' }).categories.analytics
 */
export declare function readDecision(options: RequestOptions): Decision;
/** @deprecated The 0.1 form; use `readDecision({ config, cookie, headers, region })`. */
export declare function readDecision(config: ConsentConfig, cookieHeader: string | null | undefined, headers?: HeadersLike | null, region?: string): Decision;
/**
 * Whether the page will show the banner, so a server-rendered page can reserve its place
 * or render it at once instead of flashing it in. Pass the region the page will tell
 * the SDK (`<html data-consent-region>`), if any.
 * @example if (needsBanner({ config, headers: req.headers })) html = html.replace('<body>', '<body class="consent-pending">')
 */
export declare function needsBanner(options: RequestOptions): boolean;
/** @deprecated The 0.1 form; use `needsBanner({ config, cookie, headers, region })`. */
export declare function needsBanner(config: ConsentConfig, cookieHeader: string | null | undefined, headers?: HeadersLike | null, region?: string): boolean;
/** Options of `consentCookieHeader`. */
export interface CookieHeaderOptions {
    /** The record to re-issue (from `readConsent`). */
    record: ConsentRecord;
    /** The site's consent config. */
    config: ConsentConfig;
    /** Add `Secure` (default true; always with `SameSite=None`). Browsers accept it on http://localhost too. */
    secure?: boolean;
    /** The current time, for `Max-Age` (default `Date.now()`). */
    now?: number;
}
/**
 * A `Set-Cookie` value that re-issues the consent cookie from the server. Safari caps
 * cookies written by `document.cookie` at 7 days; one set by an HTTP response keeps its
 * lifetime. The name, path, domain and SameSite are the browser's, so it replaces that
 * cookie rather than adding a second, and the expiry is computed from the decision time,
 * so re-issuing never makes a choice last longer than the policy says. Never HttpOnly:
 * the SDK reads it.
 * @example
 * const record = readConsent({ config, headers: req.headers })
 * if (record) res.setHeader('set-cookie', consentCookieHeader({ record, config }))
 */
export declare function consentCookieHeader(options: CookieHeaderOptions): string;
/** @deprecated The 0.1 form; use `consentCookieHeader({ record, config, secure, now })`. */
export declare function consentCookieHeader(record: ConsentRecord, config: ConsentConfig, options?: Omit<CookieHeaderOptions, 'record' | 'config'>): string;
export {};
