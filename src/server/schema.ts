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

function fail(field: string, message: string): never {
  throw new ReceiptError(field, message)
}

type JsonObject = { [key: string]: unknown }

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A key as it appears in an error: cut short, so a huge key cannot blow up the answer. */
const shortKey = (key: string) => key.slice(0, 40)

/** Same shapes as the browser side: consent ids from the codec, names from the config validator. */
const CONSENT_ID = /^[\w-]{8,40}$/
const RECEIPT_ID = /^[\w.-]{8,64}$/
const NAME = /^[A-Za-z][\w-]{0,39}$/
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal', 'withdrawal']
const HTTP_URL = /^https?:\/\//i
const ORIGIN = /^https?:\/\/[^/?#\s]+$/i
const PATH = /^\/[^?#\s]*$/

function checkText(value: unknown, field: string, max: number): string {
  if (typeof value === 'string' && value.length <= max) return value
  return fail(field, `expected a string of at most ${max} characters`)
}

/**
 * Only the object's own keys count (`Object.keys`), so a key named `constructor`,
 * `toString` or an own `__proto__` (which `JSON.parse` creates) is as unknown as any other.
 */
function checkKeys(value: JsonObject, field: string, known: readonly string[], message: string) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(field + shortKey(key), message)
  }
}

/** A map of category or service name to true | false. */
function checkGrants(value: unknown, field: string, max: number): void {
  if (!isObject(value)) fail(field, 'expected an object of name: true | false')
  const names = Object.keys(value)
  if (names.length > max) fail(field, `expected at most ${max} entries`)
  for (const name of names) {
    if (!NAME.test(name)) {
      fail(
        field + '.' + shortKey(name),
        'expected a name of letters, digits, _ or - starting with a letter',
      )
    }
    if (typeof value[name] !== 'boolean') fail(field + '.' + name, 'expected true or false')
  }
}

function checkSignals(value: unknown, field: string): void {
  if (!isObject(value)) fail(field, 'expected { dnt, gpc }')
  checkKeys(value, field + '.', ['dnt', 'gpc'], 'unknown field')
  for (const key of ['dnt', 'gpc']) {
    if (typeof value[key] !== 'boolean') fail(field + '.' + key, 'expected true or false')
  }
}

type FieldCheck = (value: unknown, field: string) => void

/** Every field of a receipt, each checked; nothing else is accepted, so no IP or user agent can slip in. */
const FIELD_CHECKS: { [K in keyof Receipt]-?: FieldCheck } = {
  id: (value, field) => {
    if (typeof value === 'string' && RECEIPT_ID.test(value)) return
    fail(field, 'expected 8 to 64 characters of letters, digits, _ . or -')
  },
  consentId: (value, field) => {
    if (typeof value === 'string' && CONSENT_ID.test(value)) return
    fail(field, 'expected a consent id (8 to 40 characters of letters, digits, _ or -)')
  },
  time: (value, field) => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return
    fail(field, 'expected a time in ms since 1970')
  },
  revision: (value, field) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e9) return
    fail(field, 'expected a whole number from 0')
  },
  policyUrl: (value, field) => {
    if (value === null) return
    if (typeof value === 'string' && value.length <= 2048 && HTTP_URL.test(value)) return
    fail(field, 'expected an http(s) URL or null')
  },
  categories: (value, field) => checkGrants(value, field, 100),
  services: (value, field) => checkGrants(value, field, 1000),
  method: (value, field) => {
    if (typeof value === 'string' && METHODS.includes(value)) return
    fail(field, 'expected one of ' + METHODS.join(', '))
  },
  signals: checkSignals,
  language: (value, field) => {
    checkText(value, field, 35)
  },
  origin: (value, field) => {
    const text = checkText(value, field, 255)
    if (!ORIGIN.test(text)) fail(field, 'expected an origin such as https://www.example.com')
  },
  path: (value, field) => {
    const text = checkText(value, field, 2048)
    if (!PATH.test(text)) fail(field, 'expected a path starting with / (no query or fragment)')
  },
}

const FIELD_NAMES = Object.keys(FIELD_CHECKS) as (keyof Receipt)[]

/**
 * Checks a parsed receipt; throws a `ReceiptError` naming the first bad field.
 * @example validateReceipt(JSON.parse(body)) // the receipt, typed
 */
export function validateReceipt(value: unknown): Receipt {
  if (!isObject(value)) fail('receipt', 'expected a JSON object')
  checkKeys(value, '', FIELD_NAMES, 'unknown field (a receipt carries no other data)')
  for (const name of FIELD_NAMES) {
    if (!Object.hasOwn(value, name)) fail(name, 'is required')
    FIELD_CHECKS[name](value[name], name)
  }
  return value as unknown as Receipt
}
