// Which Consent Mode v2 types each category or service drives. In the core because two
// parts read it: the Consent Mode integration, and the gate, which tells Google of a
// withdrawal at once (src/gate/vendors.ts); the gate imports nothing but the core.
import { hasOwn } from './own'
import type { ConsentConfig } from './types'

/** One Consent Mode v2 type. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** The seven Consent Mode v2 types, in the order every command lists them. */
export const CONSENT_TYPES: readonly ConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

/** Every Consent Mode type, granted or denied. */
export type ConsentModeState = { [K in ConsentType]: 'granted' | 'denied' }

/** Options of `consentMode` (the config key of the same name, or the second argument). */
export interface ConsentModeOptions {
  /**
   * Which types follow which category (or service), merged over the defaults name by name;
   * `[]` unmaps a name. A type follows every name mapped to it: granted only when all are.
   */
  map?: { readonly [name: string]: readonly ConsentType[] }
  /**
   * `'basic'` (default): Google tags are gated like any other service and load only after
   * consent. `'advanced'`: the site loads them ungated, and while consent is denied they send
   * Google cookieless pings. Whether that is lawful before consent depends on the jurisdiction
   * (some EU data-protection authorities hold that it is not): a decision for counsel, not a
   * default. This SDK sends the same commands in both; `describePolicy` discloses advanced mode.
   */
  mode?: 'basic' | 'advanced'
  /** Milliseconds Google tags wait for an `update` before using the default (default 500). */
  waitForUpdate?: number
  /** Redact ad click identifiers while `ad_storage` is denied (default true). */
  adsDataRedaction?: boolean
  /** Pass ad click identifiers through link URLs while storage is denied (default false). */
  urlPassthrough?: boolean
}

/** The default mapping by category name; a `required` category not named here gets security_storage. */
const DEFAULTS: { [name: string]: ConsentType[] } = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
}

/** Which Consent Mode types each category (or service) drives. */
export type ConsentModeMap = { [name: string]: readonly ConsentType[] }

/**
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
export function mapping(config: ConsentConfig, options: ConsentModeOptions = {}): ConsentModeMap {
  const map: ConsentModeMap = {}
  for (const name of Object.keys(config.categories)) {
    if (hasOwn(DEFAULTS, name)) map[name] = DEFAULTS[name]
    else map[name] = config.categories[name].required ? ['security_storage'] : []
  }
  return { ...map, ...options.map }
}
