import { ConsentConfigError } from './error';
import type { ConsentConfig } from './types';
export { ConsentConfigError };
/** http(s) or relative: a `javascript:` link must never reach the page. Asks the URL
 * parser itself, which strips tabs, newlines and leading control characters (WHATWG URL
 * "basic URL parser") that a hand-written scheme test would miss: `java\tscript:`. */
export declare const safeUrl: (url: string) => boolean;
/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
export declare const toRegExp: (source: string) => RegExp;
/** Every key of `Texts`; the UI's English defaults have the same keys. */
export declare const TEXT_KEYS: string[];
/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
export declare function validateConfig<C extends ConsentConfig>(config: C): C;
