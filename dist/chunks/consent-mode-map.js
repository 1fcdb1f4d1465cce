import { h as hasOwn } from './own.js';

// Which Consent Mode v2 types each category or service drives. In the core because two
// parts read it: the Consent Mode integration, and the gate, which tells Google of a
// withdrawal at once (src/gate/vendors.ts); the gate imports nothing but the core.
/** The seven Consent Mode v2 types, in the order every command lists them. */
const CONSENT_TYPES = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
];
/** The default mapping by category name; a `required` category not named here gets security_storage. */
const DEFAULTS = {
    necessary: ['security_storage'],
    preferences: ['functionality_storage', 'personalization_storage'],
    functional: ['functionality_storage', 'personalization_storage'],
    analytics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
/**
 * The mapping in force for a config: the defaults for its category names, then `options.map`.
 * @example mapping(config).analytics // ['analytics_storage']
 */
function mapping(config, options = {}) {
    const map = {};
    for (const name of Object.keys(config.categories)) {
        if (hasOwn(DEFAULTS, name))
            map[name] = DEFAULTS[name];
        else
            map[name] = config.categories[name].required ? ['security_storage'] : [];
    }
    return { ...map, ...options.map };
}

export { CONSENT_TYPES as C, mapping as m };
