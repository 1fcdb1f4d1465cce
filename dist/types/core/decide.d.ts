import type { ConsentConfig, ConsentRecord, Decision, Model, Signals } from './types';
export declare const DAY = 86400000;
/**
 * The model that applies in a region. A plain model (`model: 'opt-out'`) applies to
 * every visitor. With per-region models: exact (`US-CA`), then country (`US`), then the
 * default. With no region known, `unknown` if the config sets it, else `opt-in`: a visitor
 * whose region is unknown may be one who must be asked first, so the default fails closed.
 * @example modelFor({ categories, model: { default: 'opt-out' } }, undefined) // 'opt-in'
 */
export declare function modelFor(config: ConsentConfig, region?: string): Model;
/** The signals the site honours right now. */
export interface Honoured {
    /** The first signal that is on and in `enforce` mode. */
    enforced: 'dnt' | 'gpc' | undefined;
    /** A signal in `default-deny` mode is on. */
    denied: boolean;
}
/** Which signals the site honours right now: the first one in `enforce` mode, and
 * whether one in `default-deny` mode is on. The one place that reads signal modes. */
export declare function honoured(config: ConsentConfig, signals: Signals): Honoured;
/** Days a record lasts: a refusal of anything optional is asked again sooner. */
export declare const lifetimeDays: (config: ConsentConfig, record: ConsentRecord) => number;
/**
 * What applies to every category and service, and whether the visitor must be asked.
 * Pure: the same inputs always give the same answer. The maps have no prototype, so a
 * category named `constructor` is as plain as any other name.
 * @example decide(config, null, { dnt: false, gpc: false }, 'DE', Date.now()).ask // true
 */
export declare function decide(config: ConsentConfig, record: ConsentRecord | null, signals: Signals, region: string | undefined, now: number): Decision;
