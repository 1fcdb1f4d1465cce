// A coarse region hint from the device's time zone, for a page that knows no region from
// the site or its server. Coarse by nature: the time zone is a device setting, not a
// location (travellers, VPNs, a laptop set to its owner's home zone), and one zone spans
// several states (America/Los_Angeles is California, Washington, Oregon and Nevada), so it
// names a country at most, never a subdivision. Zones not listed give '' and the
// fail-closed `model.unknown` applies. Countries per zone from the IANA tz database's
// zone1970.tab / zone.tab (backward links such as Europe/Kiev included).

/** Time-zone suffixes per country, under the area given before the slash. */
const ZONES: { [area: string]: { [country: string]: string } } = {
  Europe: {
    AD: 'Andorra',
    AL: 'Tirane',
    AT: 'Vienna',
    AX: 'Mariehamn',
    BA: 'Sarajevo',
    BE: 'Brussels',
    BG: 'Sofia',
    BY: 'Minsk',
    CH: 'Zurich',
    CY: 'Nicosia',
    CZ: 'Prague',
    DE: 'Berlin Busingen',
    DK: 'Copenhagen',
    EE: 'Tallinn',
    ES: 'Madrid',
    FI: 'Helsinki',
    FR: 'Paris',
    GB: 'London Belfast',
    GG: 'Guernsey',
    GI: 'Gibraltar',
    GR: 'Athens',
    HR: 'Zagreb',
    HU: 'Budapest',
    IE: 'Dublin',
    IM: 'Isle_of_Man',
    IT: 'Rome',
    JE: 'Jersey',
    LI: 'Vaduz',
    LT: 'Vilnius',
    LU: 'Luxembourg',
    LV: 'Riga',
    MC: 'Monaco',
    MD: 'Chisinau Tiraspol',
    ME: 'Podgorica',
    MK: 'Skopje',
    MT: 'Malta',
    NL: 'Amsterdam',
    NO: 'Oslo',
    PL: 'Warsaw',
    PT: 'Lisbon',
    RO: 'Bucharest',
    RS: 'Belgrade',
    RU: 'Moscow Kaliningrad Samara Volgograd Saratov Ulyanovsk Astrakhan Kirov',
    SE: 'Stockholm',
    SI: 'Ljubljana',
    SK: 'Bratislava',
    SM: 'San_Marino',
    TR: 'Istanbul',
    UA: 'Kyiv Kiev Uzhgorod Zaporozhye',
    VA: 'Vatican',
  },
  Atlantic: {
    ES: 'Canary',
    FO: 'Faroe Faeroe',
    IS: 'Reykjavik',
    PT: 'Madeira Azores',
  },
  Africa: { ES: 'Ceuta' },
  Asia: { CY: 'Nicosia Famagusta' },
  America: {
    US:
      'New_York Detroit Chicago Denver Boise Phoenix Los_Angeles Anchorage Juneau Sitka ' +
      'Metlakatla Yakutat Nome Adak Menominee Indiana/Indianapolis Indiana/Vincennes ' +
      'Indiana/Winamac Indiana/Marengo Indiana/Petersburg Indiana/Vevay Indiana/Tell_City ' +
      'Indiana/Knox Kentucky/Louisville Kentucky/Monticello North_Dakota/Center ' +
      'North_Dakota/New_Salem North_Dakota/Beulah',
  },
  Pacific: { US: 'Honolulu' },
  US: {
    US: 'Eastern Central Mountain Pacific Alaska Hawaii Arizona Michigan Aleutian East-Indiana Indiana-Starke',
  },
}

/** The zone -> country table, built once from ZONES. */
let table: Map<string, string> | undefined
const countries = (): Map<string, string> => {
  if (table) return table
  table = new Map()
  for (const area in ZONES)
    for (const country in ZONES[area])
      for (const city of ZONES[area][country].split(' ')) table.set(`${area}/${city}`, country)
  return table
}

/** The device's time zone, or '' where Intl cannot say. */
function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || ''
  } catch {
    // No Intl time-zone support: no hint, and the fail-closed default applies.
    return ''
  }
}

/**
 * The ISO 3166-1 country a time zone belongs to, as a coarse region hint (`DE` for
 * `Europe/Berlin`, `US` for `America/Los_Angeles`), or '' for zones it does not know.
 * Only a hint for when neither the site nor its server gives a region: see the comment
 * at the top of this file for how coarse it is.
 * @example regionFromTimeZone('Europe/Paris') // 'FR'
 * @example regionFromTimeZone() // the device's zone: 'US' in New York
 */
export function regionFromTimeZone(timeZone?: string): string {
  const zone = timeZone ?? deviceTimeZone()
  return countries().get(zone) || ''
}
