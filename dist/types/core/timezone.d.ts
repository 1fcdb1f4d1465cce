/**
 * The ISO 3166-1 country a time zone belongs to, as a coarse region hint (`DE` for
 * `Europe/Berlin`, `US` for `America/Los_Angeles`), or '' for zones it does not know.
 * Only a hint for when neither the site nor its server gives a region: see the comment
 * at the top of this file for how coarse it is.
 * @example regionFromTimeZone('Europe/Paris') // 'FR'
 * @example regionFromTimeZone() // the device's zone: 'US' in New York
 */
export declare function regionFromTimeZone(timeZone?: string): string;
