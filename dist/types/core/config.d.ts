import type { ConsentConfig } from './types';
/** Thrown for an invalid config; the message names the path and what was expected. */
export declare class ConsentConfigError extends Error {
    /** Path of the offending value, such as `categories.analytics.cookies[0]`. */
    path: string;
    constructor(path: string, message: string);
}
/** http(s) or relative: a `javascript:` link must never reach the page. */
export declare const safeUrl: (v: string) => boolean;
/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
export declare const toRegExp: (s: string) => RegExp;
/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
export declare function validateConfig<C extends ConsentConfig>(config: C): C;
