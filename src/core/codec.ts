import type { ConsentRecord, Method } from './types'

/*
 * The consent cookie value, version 1:
 *   1.<id>.<time base36>.<revision>.<method>.<categories>.<services>.<check>
 * where each list is `name:1~name:0` and <check> is two base36 digits over the rest,
 * so a truncated or garbled value is never mistaken for a shorter valid one. Names are
 * validated to [A-Za-z][\w-]*, and every character used here is a cookie-octet
 * (RFC 6265 section 4.1.1), so the value needs no percent-encoding.
 */
const METHODS: Method[] = ['accept-all', 'reject-all', 'custom', 'signal']
const ENTRY = '[A-Za-z][\\w-]{0,39}:[01]'
const LIST = ENTRY + '(~' + ENTRY + ')*'
/** The whole grammar; whatever it lets through must also re-encode to the same string. */
const FORMAT = RegExp(
  '^1\\.[\\w-]{8,40}\\.[0-9a-z]{1,11}\\.\\d{1,9}\\.[0-3]\\.' +
    LIST +
    '\\.(' +
    LIST +
    ')?\\.[0-9a-z]{2}$',
)
/** The longest value written or read: browsers keep at least 4096 bytes per cookie
 * (RFC 6265 section 6.1), name and attributes included. */
export const MAX_VALUE_LENGTH = 3000

const encodeMap = (map: { [name: string]: boolean }) =>
  Object.keys(map)
    .map(name => name + ':' + (map[name] ? '1' : '0'))
    .join('~')

/** Two base36 digits over the value: catches truncation and stray edits, not forgery. */
const checkDigits = (value: string) => {
  let hash = 7
  for (let i = 0; i < value.length; i++) hash = (hash * 31 + value.charCodeAt(i)) % 1296
  return hash.toString(36).padStart(2, '0')
}

/**
 * Serialises a record for the consent cookie. Throws a RangeError when the value would be
 * longer than the decoder accepts: it could never be read back.
 * @example encodeRecord(record) // '1.k3j9x0aa.lq2x1c.2.a.necessary:1~analytics:0.'
 */
export function encodeRecord(record: ConsentRecord): string {
  const fields = [
    '1',
    record.id,
    record.time.toString(36),
    String(record.revision),
    String(METHODS.indexOf(record.method)),
    encodeMap(record.categories),
    encodeMap(record.services),
  ]
  const body = fields.join('.')
  const value = body + '.' + checkDigits(body)
  if (value.length > MAX_VALUE_LENGTH)
    throw new RangeError(
      'consent record of ' + value.length + ' characters (' + MAX_VALUE_LENGTH + ' at most)',
    )
  return value
}

/** The cookie value of a record, or null for one too large to be read back. */
export function encodeIfReadable(record: ConsentRecord): string | null {
  try {
    return encodeRecord(record)
  } catch {
    return null
  }
}

/** A name-to-grant map without a prototype, so `map.constructor` is not Object's. */
const decodeMap = (text: string) => {
  const map: { [name: string]: boolean } = Object.create(null) as { [name: string]: boolean }
  if (!text) return map
  for (const entry of text.split('~')) {
    const name = entry.slice(0, -2)
    map[name] = entry.slice(-1) === '1'
  }
  return map
}

/**
 * Reads a consent cookie value. Anything that is not exactly a version 1 record,
 * tampered, truncated or oversized, is `null` ("ask again"); it never throws.
 */
export function decodeRecord(value: unknown): ConsentRecord | null {
  if (typeof value !== 'string') return null
  if (value.length > MAX_VALUE_LENGTH) return null
  if (!FORMAT.test(value)) return null
  const [, id, time, revision, method, categories, services] = value.split('.')
  const record: ConsentRecord = {
    id,
    time: parseInt(time, 36),
    revision: Number(revision),
    method: METHODS[Number(method)],
    categories: decodeMap(categories),
    services: decodeMap(services),
  }
  // Re-encoding checks the check digits, and refuses what only a forger writes: a name
  // listed twice, a leading zero.
  if (encodeRecord(record) !== value) return null
  return record
}

/** A random consent id from the platform CSPRNG (no personal data). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, byte => (byte & 63).toString(36).padStart(2, '0')).join('')
}
