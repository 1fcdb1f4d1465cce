import type { ConsentConfig, CookiePattern } from '../core/types';
import { type Test } from '../gate/match';
import type { ConfigPlace } from './types';
/** One pattern of the config, with where it is and the text it was written as. */
export interface PatternEntry {
    place: ConfigPlace;
    pattern: string;
    test: Test;
}
/** One `hosts` entry of a service. */
export interface HostEntry {
    place: ConfigPlace;
    host: string;
}
/** A config, indexed for the questions the scan asks. */
export interface ConfigIndex {
    config: ConsentConfig | null;
    consentCookie: string;
    hosts: HostEntry[];
    cookies: PatternEntry[];
    storage: PatternEntry[];
    /** Services marked `disabled`: never reported stale, since they are listed on purpose. */
    disabled: Set<string>;
    hostPlace(host: string): ConfigPlace | null;
    cookiePlace(name: string): ConfigPlace | null;
    storagePlace(key: string): ConfigPlace | null;
}
/** How a pattern was written: RegExp as `/source/flags`, the JSON form configs accept. */
export declare function patternText(pattern: CookiePattern): string;
/** Indexes a config (or none: then nothing is covered). */
export declare function indexConfig(config: ConsentConfig | null): ConfigIndex;
/**
 * Reads `--config FILE`: JSON (RegExp patterns written as `"/re/flags"` strings), or an
 * ES module whose default export (or `config` export) is the config.
 */
export declare function readConfigFile(file: string): Promise<ConsentConfig>;
