import type { ConsentConfig } from './types'

/** Thrown for an invalid config; the message names the path and what was expected. */
export class ConsentConfigError extends Error {
  /** Path of the offending value, such as `categories.analytics.cookies[0]`. */
  path: string
  constructor(path: string, message: string) {
    super(path + ': ' + message)
    this.name = 'ConsentConfigError'
    this.path = path
  }
}

type Check = (value: any, path: string) => void

const fail = (path: string, message: string): never => {
  throw new ConsentConfigError(path || 'config', message)
}

const isObject = (v: unknown): v is Record<string, any> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp)

const str: Check = (v, p) => typeof v != 'string' && fail(p, 'expected a string')
const bool: Check = (v, p) => typeof v != 'boolean' && fail(p, 'expected true or false')
const fn: Check = (v, p) => typeof v != 'function' && fail(p, 'expected a function')
const oneOf =
  (...values: string[]): Check =>
  (v, p) =>
    !values.includes(v) && fail(p, 'expected ' + values.map(x => "'" + x + "'").join(' | '))
const days: Check = (v, p) =>
  !(typeof v == 'number' && v > 0 && v <= 3650) && fail(p, 'expected a number of days from 1 to 3650')

/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/
const checkName = (name: string, p: string) =>
  !NAME.test(name) && fail(p, 'expected a name of letters, digits, _ or - starting with a letter')

/** http(s) or relative: a `javascript:` link must never reach the page. */
export const safeUrl = (v: string) => !/^\s*[a-z][\w+.-]*:/i.test(v) || /^\s*https?:/i.test(v)
const url: Check = (v, p) => {
  str(v, p)
  !safeUrl(v) && fail(p, 'expected an http(s) or relative URL')
}

const list =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, 'expected an array')
    v.forEach((x: unknown, i: number) => item(x, p + '[' + i + ']'))
  }

const cookiePattern: Check = (v, p) => {
  if (v instanceof RegExp) return
  if (typeof v != 'string') fail(p, 'expected a string or RegExp')
  if (v[0] == '/') {
    try {
      toRegExp(v)
    } catch {
      fail(p, 'expected a valid /regular expression/')
    }
  }
}

/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
export const toRegExp = (s: string) => {
  const end = s.lastIndexOf('/')
  if (end < 2) throw SyntaxError(s)
  return new RegExp(s.slice(1, end), s.slice(end + 1))
}

const shape =
  (fields: Record<string, Check>, required: string[] = []): Check =>
  (v, p) => {
    if (!isObject(v)) fail(p, 'expected an object')
    for (const key of required) if (!(key in v)) fail(join(p, key), 'is required')
    for (const key in v) {
      const check = fields[key]
      if (!check) fail(join(p, key), 'unknown key (expected one of ' + Object.keys(fields).join(', ') + ')')
      if (v[key] !== undefined) check(v[key], join(p, key))
    }
  }
const join = (p: string, key: string) => (p ? p + '.' + key : key)

const record =
  (item: Check, names = true): Check =>
  (v, p) => {
    if (!isObject(v)) fail(p, 'expected an object')
    for (const key in v) {
      names && checkName(key, join(p, key))
      item(v[key], join(p, key))
    }
  }

const boolOrObject: Check = (v, p) => typeof v != 'boolean' && !isObject(v) && fail(p, 'expected true, false or an object')
const model = oneOf('opt-in', 'opt-out', 'notice')
const signal = oneOf('ignore', 'default-deny', 'enforce')
const cookieInfo = list(shape({ name: str, purpose: str, lifetime: str }, ['name']))

const common = {
  label: str,
  description: str,
  cookies: list(cookiePattern),
  cookieInfo,
  storage: list(str),
}
const service = shape({
  ...common,
  hosts: list(str),
  thirdParty: bool,
  disabled: bool,
  onRevoke: fn,
})
const category = shape({ ...common, required: bool, tracking: bool, services: record(service) })

const TEXT_KEYS =
  'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways'
const texts: Record<string, Check> = {}
for (const key of TEXT_KEYS.split(' ')) texts[key] = str

const root = shape(
  {
    categories: record(category),
    revision: (v, p) => !(Number.isInteger(v) && v >= 0 && v < 1e9) && fail(p, 'expected a whole number from 0'),
    model: (v, p) =>
      typeof v == 'string' ? model(v, p) : shape({ default: model, regions: record(model, false) }, ['default'])(v, p),
    region: str,
    signals: shape({ dnt: signal, gpc: signal, cookieless: bool }),
    cookie: shape({
      name: (v, p) => !(typeof v == 'string' && /^[\w-]{1,64}$/.test(v)) && fail(p, 'expected a cookie name'),
      domain: str,
      path: str,
      sameSite: oneOf('Lax', 'Strict', 'None'),
    }),
    lifetime: shape({ consent: days, refusal: days }),
    thirdPartyTracking: bool,
    policyUrl: url,
    lang: str,
    texts: shape(texts),
    ui: shape({ layout: oneOf('bar', 'box', 'modal'), theme: oneOf('light', 'dark', 'auto'), reopen: bool, nonce: str }),
    gate: shape({ network: bool }),
    reloadOnWithdraw: bool,
    // Integrations check their own options; the core only checks the shape.
    consentMode: boolOrObject,
    receipts: (v, p) => {
      if (!isObject(v)) fail(p, 'expected an object')
      url(v.endpoint, p + '.endpoint')
    },
    dataLayer: boolOrObject,
  },
  ['categories'],
)

/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
export function validateConfig<C extends ConsentConfig>(config: C): C {
  root(config, '')
  const seen: Record<string, string> = {}
  const cats = config.categories
  if (!Object.keys(cats).length) fail('categories', 'expected at least one category')
  for (const cat in cats) {
    const services = cats[cat].services || {}
    for (const name in services) {
      const p = 'categories.' + cat + '.services.' + name
      if (seen[name] || cats[name]) fail(p, 'service names must be unique across categories and services')
      seen[name] = cat
      if (config.thirdPartyTracking === false && cats[cat].tracking && services[name].thirdParty && !services[name].disabled)
        fail(p, 'third-party tracking is refused by thirdPartyTracking: false')
    }
  }
  return config
}
