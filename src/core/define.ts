import type { ConsentConfig } from './types'

/**
 * Declares a config in its own `const` with its literal types kept (`'enforce'`, not
 * `string`), so it can be passed to `createConsent` later and category names still type
 * `get`, `set` and `whenGranted`. Returns the config unchanged. `satisfies ConsentConfig`
 * on a literal does the same.
 * @example
 * const config = defineConfig({ categories: { analytics: { usedForTracking: true } }, signals: { gpc: 'enforce' } })
 * createConsent(config).get('analytics')
 */
export function defineConfig<const Config extends ConsentConfig>(config: Config): Config {
  return config
}
