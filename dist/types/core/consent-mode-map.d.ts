import type { ConsentConfig } from './types';
/** One Consent Mode v2 type. */
export type ConsentType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';
/** The seven Consent Mode v2 types, in the order every command lists them. */
export declare const CONSENT_TYPES: readonly ConsentType[];
/** Every Consent Mode type, granted or denied. */
export type ConsentModeState = {
    [K in ConsentType]: 'granted' | 'denied';
};
/** Options of `consentMode` (the config key of the same name, or the second argument). */
export interface ConsentModeOptions {
    /**
     * Which types follow which category (or service), merged over the defaults name by name;
     * `[]` unmaps a name. A type follows every name mapped to it: granted only when all are.
     */
    map?: {
        readonly [name: string]: readonly ConsentType[];
    };
    /**
     * `'basic'` (default): Google tags are gated like any other service and load only after
     * consent. `'advanced'`: the site loads them ungated, and while consent is denied they send
     * Google cookieless pings. Whether that is lawful before consent depends on the jurisdiction
     * (some EU data-protection authorities hold that it is not): a decision for counsel, not a
     * default. This SDK sends the same commands in both; `describePolicy` discloses advanced mode.
     */
    mode?: 'basic' | 'advanced';
    /** Milliseconds Google tags wait for an `update` before using the default (default 500). */
    waitForUpdate?: number;
    /** Redact ad click identifiers while `ad_storage` is denied (default true). */
    adsDataRedaction?: boolean;
    /** Pass ad click identifiers through link URLs while storage is denied (default false). */
    urlPassthrough?: boolean;
}
/** Which Consent Mode types each category (or service) drives. */
export type ConsentModeMap = {
    [name: string]: readonly ConsentType[];
};
/**
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
export declare function mapping(config: ConsentConfig, options?: ConsentModeOptions): ConsentModeMap;
