/**
 * Wraps methods or setters of `target` (`keys`, space-separated): `f` gets the arguments
 * (which it may change), the object and the key; it returns `[value]` to answer in place of
 * the original, or nothing to call the original with the arguments.
 */
export type Hook = (target: any, keys: string, f: (args: any[], self: any, key: string) => unknown[] | false | void | 0) => void;
/**
 * A `hook` that records every change in `undo`. An inherited property becomes an own
 * one, and is deleted again on undo.
 */
export declare const hooker: (undo: (() => void)[]) => Hook;
