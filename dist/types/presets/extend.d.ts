import type { ConsentConfig } from '../core/types';
/** What a site changes in a preset: any key of a config, categories and services by name. */
export type PresetOverrides = Partial<ConsentConfig>;
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
export declare function extend<const Base extends ConsentConfig, const Over extends PresetOverrides>(base: Base, over: Over): Base & Over;
