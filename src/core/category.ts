import type { CategoryConfig } from './types'

/*
 * What a category's flags mean, in one place. `tracking: true` (deprecated) once said two
 * things at once: "Do Not Track and GPC apply here" and "this category tracks visitors".
 * A category can be the first without the second (settings a site promises not to store
 * under Do Not Track), so each now has its own key, and `tracking` keeps meaning both.
 */

/**
 * Do Not Track and Global Privacy Control apply to the category: `signalsApply`, else
 * `usedForTracking` or the deprecated `tracking`. A required category is never affected.
 * @example signalsApply({ usedForTracking: true }) // true
 */
export function signalsApply(category: CategoryConfig): boolean {
  if (category.required) return false
  if (category.signalsApply !== undefined) return category.signalsApply
  return !!(category.usedForTracking || category.tracking)
}

/**
 * The category tracks visitors (what `describePolicy` says, and what `thirdPartyTracking:
 * false` refuses): `usedForTracking`, else the deprecated `tracking`.
 * @example usedForTracking({ tracking: true, usedForTracking: false }) // false
 */
export function usedForTracking(category: CategoryConfig): boolean {
  if (category.usedForTracking !== undefined) return category.usedForTracking
  return !!category.tracking
}

/**
 * An optional category whose services are all `disabled` (or that lists an empty
 * `services`) has nothing in use: it is never granted, and the UI shows it as not in use.
 * A category without `services` is in use: its own scripts and cookies are the category.
 * @example inUse({ services: { adsense: { disabled: true } } }) // false
 */
export function inUse(category: CategoryConfig): boolean {
  if (category.required || !category.services) return true
  return Object.values(category.services).some(service => !service.disabled)
}
