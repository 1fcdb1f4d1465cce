import type { Receipt } from '../integrations/receipts'

/** A receipt that does not match the schema; `field` names the offending path. */
export class ReceiptError extends Error {
  field: string
  constructor(field: string, message: string) {
    super(field + ': ' + message)
    this.name = 'ReceiptError'
    this.field = field
  }
}

const bad = (field: string, message: string): never => {
  throw new ReceiptError(field, message)
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v == 'object' && !Array.isArray(v)

/** Same shapes as the browser side: consent ids from the codec, names from the config validator. */
const CONSENT_ID = /^[\w-]{8,40}$/
const RECEIPT_ID = /^[\w.-]{8,64}$/
const NAME = /^[A-Za-z][\w-]{0,39}$/
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal', 'withdrawal']

const text = (v: unknown, field: string, max: number) =>
  (typeof v == 'string' && v.length <= max) ||
  bad(field, `expected a string of at most ${max} characters`)
const grants = (v: unknown, field: string, max: number) => {
  if (!isObject(v)) bad(field, 'expected an object of name: true | false')
  const names = Object.keys(v as object)
  if (names.length > max) bad(field, `expected at most ${max} entries`)
  for (const name of names) {
    if (!NAME.test(name))
      bad(
        field + '.' + name.slice(0, 40),
        'expected a name of letters, digits, _ or - starting with a letter',
      )
    if (typeof (v as any)[name] != 'boolean') bad(field + '.' + name, 'expected true or false')
  }
}

/** Every field of a receipt, each checked; nothing else is accepted, so no IP or user agent can slip in. */
const FIELDS: { [K in keyof Receipt]-?: (v: unknown, field: string) => unknown } = {
  id: (v, f) =>
    (typeof v == 'string' && RECEIPT_ID.test(v)) ||
    bad(f, 'expected 8 to 64 characters of letters, digits, _ . or -'),
  consentId: (v, f) =>
    (typeof v == 'string' && CONSENT_ID.test(v)) ||
    bad(f, 'expected a consent id (8 to 40 characters of letters, digits, _ or -)'),
  time: (v, f) =>
    (Number.isSafeInteger(v) && (v as number) > 0) || bad(f, 'expected a time in ms since 1970'),
  revision: (v, f) =>
    (Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e9) ||
    bad(f, 'expected a whole number from 0'),
  policyUrl: (v, f) =>
    v === null ||
    (text(v, f, 2048) && /^https?:\/\//i.test(v as string)) ||
    bad(f, 'expected an http(s) URL or null'),
  categories: (v, f) => grants(v, f, 100),
  services: (v, f) => grants(v, f, 1000),
  method: (v, f) =>
    METHODS.includes(v as string) || bad(f, 'expected one of ' + METHODS.join(', ')),
  signals: (v, f) => {
    if (!isObject(v)) bad(f, 'expected { dnt, gpc }')
    for (const key in v as object)
      if (key != 'dnt' && key != 'gpc') bad(f + '.' + key.slice(0, 40), 'unknown field')
    for (const key of ['dnt', 'gpc'])
      typeof (v as any)[key] == 'boolean' || bad(f + '.' + key, 'expected true or false')
  },
  language: (v, f) => text(v, f, 35),
  origin: (v, f) =>
    (text(v, f, 255) && /^https?:\/\/[^/?#\s]+$/i.test(v as string)) ||
    bad(f, 'expected an origin such as https://www.example.com'),
  path: (v, f) =>
    (text(v, f, 2048) && /^\/[^?#\s]*$/.test(v as string)) ||
    bad(f, 'expected a path starting with / (no query or fragment)'),
}

/**
 * Checks a parsed receipt; throws a `ReceiptError` naming the first bad field.
 * @example validateReceipt(JSON.parse(body)) // the receipt, typed
 */
export function validateReceipt(value: unknown): Receipt {
  if (!isObject(value)) bad('receipt', 'expected a JSON object')
  for (const key in value as object)
    if (!(key in FIELDS)) bad(key.slice(0, 40), 'unknown field (a receipt carries no other data)')
  for (const key in FIELDS) {
    if (!(key in (value as object))) bad(key, 'is required')
    FIELDS[key as keyof Receipt]((value as any)[key], key)
  }
  return value as unknown as Receipt
}
