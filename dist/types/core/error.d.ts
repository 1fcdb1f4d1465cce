/** Thrown for an invalid config; the message names the path and what was expected. */
export declare class ConsentConfigError extends Error {
    /** Path of the offending value, such as `categories.analytics.cookies[0]`. */
    path: string;
    constructor(path: string, message: string);
}
