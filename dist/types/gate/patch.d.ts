/** Calls the wrapped method or setter with `args` on the object it was called on. */
export type Original = (args: unknown[]) => unknown;
/**
 * Stands in for a method or setter: gets the original (to call, with the arguments or
 * others, or not at all), the object it was called on and the arguments; what it returns
 * is what the call returns.
 */
export type Around<T> = (original: Original, self: T, args: unknown[]) => unknown;
/** A browser constructor: `Audio`, `WebSocket`, `EventSource`. */
export type Constructor = new (...args: unknown[]) => object;
/** Wraps methods and setters of browser APIs, and puts them all back. */
export interface Patcher {
    /**
     * Wraps `key` of `target`: the setter when it is an accessor, else the method. Found on
     * `target` or up its prototype chain; the wrapper is an own property of `target`.
     */
    wrap<T extends object>(target: T, key: string, around: Around<T>): void;
    /**
     * Wraps the constructor `key` of `target`: `construct` gets the original and the
     * arguments and returns the object `new` gives. `instanceof` and the static constants
     * (`WebSocket.OPEN`) stay as they were.
     */
    wrapConstructor(target: object, key: string, construct: (native: Constructor, args: unknown[]) => object): void;
    /** Calls `seen` with each value the getter `key` of `target` (or its prototypes) returns. */
    afterGet<T extends object>(target: T, key: string, seen: (value: unknown, self: T) => void): void;
    /** Listens for `type` events on `target` in the capture phase, until `undo`. */
    listen(target: EventTarget, type: string, listener: (event: Event) => void): void;
    /** Puts back everything wrapped, newest first. */
    undo(): void;
}
/** A patcher whose `undo` restores own properties and deletes the ones it added. */
export declare function createPatcher(): Patcher;
