import type { Signals } from './types';
/**
 * Reads Do Not Track and Global Privacy Control. Outside a browser both are off.
 * @example readSignals() // { dnt: false, gpc: true }
 */
export declare function readSignals(): Signals;
