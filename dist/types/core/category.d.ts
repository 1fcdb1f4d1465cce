import type { CategoryConfig } from './types';
/**
 * Do Not Track and Global Privacy Control apply to the category: `signalsApply`, else
 * `usedForTracking` or the deprecated `tracking`. A required category is never affected.
 * @example signalsApply({ usedForTracking: true }) // true
 */
export declare function signalsApply(category: CategoryConfig): boolean;
/**
 * The category tracks visitors (what `describePolicy` says, and what `thirdPartyTracking:
 * false` refuses): `usedForTracking`, else the deprecated `tracking`.
 * @example usedForTracking({ tracking: true, usedForTracking: false }) // false
 */
export declare function usedForTracking(category: CategoryConfig): boolean;
/**
 * An optional category whose services are all `disabled` (or that lists an empty
 * `services`) has nothing in use: it is never granted, and the UI shows it as not in use.
 * A category without `services` is in use: its own scripts and cookies are the category.
 * @example inUse({ services: { adsense: { disabled: true } } }) // false
 */
export declare function inUse(category: CategoryConfig): boolean;
