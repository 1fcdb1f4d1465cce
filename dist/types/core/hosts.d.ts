/**
 * The host an entry of `hosts` names, in the form the browser gives a URL's host; `null`
 * for an entry that is not a host name.
 * @example normalizeHost('WWW.Tracker.test.') // 'www.tracker.test'
 * @example normalizeHost('https://tracker.test/x') // null
 */
export declare function normalizeHost(entry: string): string | null;
