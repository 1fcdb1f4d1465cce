/** `map` has `key` itself, not through its prototype. */
export declare const hasOwn: (map: object, key: string) => boolean;
/** `map[key]` when `map` has it itself, else undefined. */
export declare const ownValue: <T>(map: {
    readonly [key: string]: T;
}, key: string) => T | undefined;
