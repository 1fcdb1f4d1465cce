import { hasOwn } from '../core/own'
import type { ConsentConfig } from '../core/types'

/** What a site changes in a preset: any key of a config, categories and services by name. */
export type PresetOverrides = Partial<ConsentConfig>

type PlainObject = { [key: string]: unknown }

/** A plain object literal (or page JSON), not an array, RegExp or class instance. */
const plain = (value: unknown): value is PlainObject => {
  if (!value || typeof value !== 'object') return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

const merge = (base: unknown, over: unknown): unknown => {
  if (!plain(base) || !plain(over)) return over
  const merged: PlainObject = { ...base }
  for (const key of Object.keys(over)) {
    // Overrides may come from page JSON: a `__proto__` key must not reach the setter.
    if (key === '__proto__') continue
    // Own keys only: an override named `constructor` must not merge into Object's.
    const baseValue = hasOwn(base, key) ? base[key] : undefined
    merged[key] = merge(baseValue, over[key])
  }
  return merged
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
  return merge(base, over) as Base & Over
}
