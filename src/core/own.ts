/*
 * Own-property lookups. Category, service and region names come from configs, cookies
 * and page code: `map.constructor` or `'toString' in map` must never find
 * Object.prototype's members.
 */

/** `map` has `key` itself, not through its prototype. */
export const hasOwn = (map: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(map, key)

/** `map[key]` when `map` has it itself, else undefined. */
export const ownValue = <T>(map: { readonly [key: string]: T }, key: string): T | undefined => {
  if (!hasOwn(map, key)) return undefined
  return map[key]
}
