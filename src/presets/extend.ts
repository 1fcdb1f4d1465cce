import type { ConsentConfig } from '../core/types'

/** What a site changes in a preset: any key of a config, categories and services by name. */
export type PresetOverrides = Partial<ConsentConfig>

const plain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v == 'object' && Object.getPrototypeOf(v) == Object.prototype

const merge = (base: any, over: any): any => {
  if (!plain(base) || !plain(over)) return over
  const out: Record<string, unknown> = { ...base }
  // Overrides may come from page JSON: a `__proto__` key must not reach the setter.
  for (const key in over) if (key != '__proto__') out[key] = merge(base[key], over[key])
  return out
}

/**
 * A preset with a site's changes on top. Plain objects merge key by key (categories,
 * services, texts, signals, model regions); everything else is replaced, arrays
 * included, so a site can narrow a service's `hosts`. Neither argument is changed.
 * @example
 * const config = extend(presets.livechat, {
 *   policyUrl: '/privacy',
 *   categories: { social: { services: { twitter: { disabled: true } } } },
 * })
 */
export function extend<const Base extends ConsentConfig, const Over extends PresetOverrides>(
  base: Base,
  over: Over,
): Base & Over {
  return merge(base, over)
}
