/** How a site asks: nothing optional before a yes, everything optional until a no, or a notice only. */
export type Model = 'opt-in' | 'opt-out' | 'notice';
/** What a browser privacy signal does, while it is on, to the categories it applies to. */
export type SignalMode = 'ignore' | 'default-deny' | 'enforce';
/** A cookie name to match: an exact name, a `*` glob, a RegExp, or a `/source/flags` string (for JSON). */
export type CookiePattern = string | RegExp;
/** How the visitor reached a decision. */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'signal';
/** The browser privacy signals, read once per page view (and again on bfcache restore). */
export interface Signals {
    dnt: boolean;
    gpc: boolean;
}
/** One cookie a service sets, described for the preferences dialog. */
export interface CookieInfo {
    name: string;
    purpose?: string;
    lifetime?: string;
}
/** A vendor inside a category: what it sets, where it loads from. */
export interface ServiceConfig {
    label?: string;
    description?: string;
    /** Cookies deleted when the service is denied. */
    cookies?: readonly CookiePattern[];
    /** Cookies listed in the preferences dialog. */
    cookieInfo?: readonly CookieInfo[];
    /** localStorage / sessionStorage keys removed when the service is denied. */
    storage?: readonly string[];
    /** Hosts its scripts, frames and pixels load from (`example.com` also covers subdomains). */
    hosts?: readonly string[];
    /** The vendor is a third party (sets cookies or collects data on its own behalf). */
    thirdParty?: boolean;
    /** Present in the config but not in use: always denied, shown as not in use. */
    disabled?: boolean;
    /** Called when consent for this service is withdrawn during the page view. */
    onRevoke?: () => void;
}
/** A purpose visitors can grant or deny. */
export interface CategoryConfig {
    /** Always granted: the site cannot work without it. */
    required?: boolean;
    /** Do Not Track and Global Privacy Control apply to it (default: `usedForTracking`). */
    signalsApply?: boolean;
    /** It tracks visitors: the policy text says so, and `thirdPartyTracking: false` applies. */
    usedForTracking?: boolean;
    /**
     * @deprecated Both `signalsApply` and `usedForTracking` at once; still honoured. Write
     * the one you mean (`{ usedForTracking: true }` does what `{ tracking: true }` did).
     */
    tracking?: boolean;
    label?: string;
    description?: string;
    cookies?: readonly CookiePattern[];
    cookieInfo?: readonly CookieInfo[];
    storage?: readonly string[];
    services?: {
        readonly [name: string]: ServiceConfig;
    };
}
/** Every text the UI shows; each can be overridden by `texts`. */
export interface Texts {
    title: string;
    /** The banner's paragraph under the `opt-in` model: nothing optional runs before a yes. */
    body: string;
    /** The banner's paragraph under the `opt-out` model: what already runs, and how to say no. */
    bodyOptOut: string;
    /** The banner's paragraph under the `notice` model: it informs, nothing waits for a yes. */
    bodyNotice: string;
    /** The purposes the optional categories serve; `{list}` becomes their labels. */
    purposes: string;
    /** The third parties among the services; `{list}` becomes their labels. */
    partners: string;
    policy: string;
    acceptAll: string;
    rejectAll: string;
    manage: string;
    prefsTitle: string;
    prefsBody: string;
    save: string;
    close: string;
    saved: string;
    required: string;
    locked: string;
    notInUse: string;
    services: string;
    cookies: string;
    reopen: string;
    ok: string;
    held: string;
    loadOnce: string;
    allowAlways: string;
}
/** The site's consent policy. */
export interface ConsentConfig {
    categories: {
        readonly [name: string]: CategoryConfig;
    };
    /** Raise to ask every visitor again. */
    revision?: number;
    model?: Model | {
        default: Model;
        regions?: {
            readonly [region: string]: Model;
        };
        unknown?: Model;
    };
    /** ISO 3166 region of the visitor (`DE`, `US-CA`), if the site knows it. */
    region?: string;
    signals?: {
        dnt?: SignalMode;
        gpc?: SignalMode;
        /** Write no consent cookie at all while an honoured signal is on. */
        cookieless?: boolean;
    };
    cookie?: {
        name?: string;
        domain?: string;
        path?: string;
        sameSite?: 'Lax' | 'Strict' | 'None';
    };
    /** Days a grant lasts, and days before a refusal is asked again. */
    lifetime?: {
        consent?: number;
        refusal?: number;
    };
    /** `false` refuses services marked `thirdParty` in categories `usedForTracking`. */
    thirdPartyTracking?: boolean;
    policyUrl?: string;
    lang?: string;
    texts?: Partial<Texts>;
    ui?: {
        layout?: 'bar' | 'box' | 'modal';
        theme?: 'light' | 'dark' | 'auto';
        reopen?: boolean;
        nonce?: string;
    };
    gate?: {
        /** Refuse fetch, XMLHttpRequest and sendBeacon to denied hosts. */
        network?: boolean;
    };
    reloadOnWithdraw?: boolean;
    /** Google Consent Mode v2; options are checked by the integration that reads them. */
    consentMode?: boolean | {
        readonly [key: string]: unknown;
    };
    /** Consent receipts sent to `endpoint`; other options are checked by the integration. */
    receipts?: {
        endpoint: string;
        readonly [key: string]: unknown;
    };
    /** `consentry_ready` / `consentry_update` events in `window.dataLayer`. */
    dataLayer?: boolean | {
        readonly [key: string]: unknown;
    };
}
/** Category names of a config. */
export type CategoryOf<C extends ConsentConfig> = Extract<keyof C['categories'], string>;
/** Service names of a config, across all its categories. */
export type ServiceOf<C extends ConsentConfig> = {
    [K in keyof C['categories']]: C['categories'][K] extends {
        services: infer S;
    } ? Extract<keyof S, string> : never;
}[keyof C['categories']];
/** What the visitor said; stored in the consent cookie. */
export interface ConsentRecord {
    /** Random consent id, no personal data. */
    id: string;
    /** Decision time, ms since epoch. */
    time: number;
    revision: number;
    method: Method;
    categories: {
        [name: string]: boolean;
    };
    services: {
        [name: string]: boolean;
    };
}
/** What applies now, per category and service, and whether to ask. */
export interface Decision {
    categories: {
        [name: string]: boolean;
    };
    services: {
        [name: string]: boolean;
    };
    /** Categories locked off by a signal in `enforce` mode, with the signal. */
    locked: {
        [name: string]: 'dnt' | 'gpc';
    };
    /** The visitor must be shown the banner. */
    ask: boolean;
    model: Model;
    /** The record applies (current revision, not expired). */
    valid: boolean;
}
