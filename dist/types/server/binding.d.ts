/** Options of the receiver's `binding` and of `bindingCookieHeader`. */
export interface BindingOptions {
    /**
     * The server's secret, 32 characters or more, never sent to browsers. An array rotates
     * secrets: the first signs new tokens, every one is accepted.
     */
    secret: string | readonly string[];
    /** The cookie's name (default `consentry_binding`). */
    cookie?: string;
    /** Add `Secure` (default true). */
    secure?: boolean;
    /** The cookie's lifetime in days (default 400, the longest browsers keep a cookie). */
    maxAgeDays?: number;
}
/** The token for one consent id: HMAC-SHA-256 of it under the first secret, base64url. */
export declare function bindingToken(options: BindingOptions, consentId: string): Promise<string>;
/**
 * Whether a `Cookie` header carries a valid token for this consent id, under any of the
 * secrets. `crypto.subtle.verify` compares in constant time.
 */
export declare function hasBinding(options: BindingOptions, cookieHeader: string | null | undefined, consentId: string): Promise<boolean>;
/**
 * The `Set-Cookie` value of the HttpOnly cookie that binds a consent id to this browser.
 * The receiver sets it with the first receipt of a consent id and renews it with every
 * bound one. A page handler may renew it beside `consentCookieHeader`, but only where the
 * request already proves the binding: a server cannot tell a visitor who lost the cookie
 * from someone who only knows the consent id.
 * @example
 * if (await hasBinding(binding, req.headers.cookie, record.id))
 *   res.setHeader('set-cookie', await bindingCookieHeader(binding, record.id))
 */
export declare function bindingCookieHeader(options: BindingOptions, consentId: string): Promise<string>;
/** Checks the options once, when the receiver is made, so a short secret fails at start-up. */
export declare function checkBinding(options: BindingOptions): void;
