/** Replaces a property of `target`: `make` gets the old descriptor and returns the fields to change. */
export type Patch = (target: any, key: string, make: (old: PropertyDescriptor) => PropertyDescriptor) => void;
/**
 * A `patch` that records every change in `undo`. An inherited property becomes an own
 * one, and is deleted again on undo.
 */
export declare const patcher: (undo: (() => void)[]) => Patch;
