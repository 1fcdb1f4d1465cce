import type { Model } from '../core/types'

/**
 * Where a visitor must opt in before anything optional runs: the 27 EU member states,
 * the rest of the EEA (IS, LI, NO), whose ePrivacy rules ask for prior consent to
 * non-essential cookies, and the UK (GB), whose PECR asks the same. ISO 3166-1 alpha-2;
 * a subdivision (`GB-SCT`) falls back to its country.
 */
export const EUROPE =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GB'.split(
    ' ',
  )

/** `model.regions` giving every European code above the opt-in model. */
export const optInEurope: { [region: string]: Model } = /* @__PURE__ */ Object.fromEntries(
  EUROPE.map(code => [code, 'opt-in']),
)
