import { usedForTracking } from './category'
// Its own module, so integrations can throw it without pulling in the schema.
import { ConsentConfigError } from './error'
import { normalizeHost } from './hosts'
import { hasOwn } from './own'
import type { ConsentConfig } from './types'

export { ConsentConfigError }

const fail = (path: string, message: string): never => {
  throw new ConsentConfigError(path || 'config', message)
}

/** A plain object of config keys (not an array, not a RegExp). */
type ConfigObject = { [key: string]: unknown }

const isObject = (value: unknown): value is ConfigObject =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp)

/** http(s) or relative: a `javascript:` link must never reach the page. Asks the URL
 * parser itself, which strips tabs, newlines and leading control characters (WHATWG URL
 * "basic URL parser") that a hand-written scheme test would miss: `java\tscript:`. */
export const safeUrl = (url: string): boolean => {
  try {
    return /^https?:$/.test(new URL(url, 'http://a').protocol)
  } catch {
    return false
  }
}

/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
export const toRegExp = (source: string) => {
  const end = source.lastIndexOf('/')
  if (end < 2) throw SyntaxError(source)
  return new RegExp(source.slice(1, end), source.slice(end + 1))
}

const validRegExp = (source: string) => {
  try {
    toRegExp(source)
    return true
  } catch {
    return false
  }
}

/*
 * The schema is data, to keep the drop-in small. A spec is:
 *   a description     a scalar: TESTS[description] checks it, and the message says it
 *   'a|b|c'           one of these strings
 *   [x]               an array of x
 *   { key: spec }     an object with these keys only; '*' allows any name; '!' lists required keys
 *   a function        a custom check
 */
type Check = (value: unknown, path: string) => void
type Spec = string | Check | Spec[] | { [key: string]: Spec }

// Plain constants and literals only at the top level, so a bundle that never validates
// (a production build of createConsent) drops all of this.
const STR = 'a string'
const BOOL = 'true or false'
const FN = 'a function'
const HTTP = 'an http(s) or relative URL'
const DAYS = 'days, 1 to 3650'
const INT = 'a whole number from 0'
const COOKIE_NAME = 'a cookie name'
const PATTERN = 'a string or RegExp (a /regular expression/ string must be valid)'
const FLAG = 'true, false or an object'
const HOST = 'a host name such as tracker.test (no scheme, port, path or pattern)'
const TESTS: { [description: string]: (value: unknown) => boolean } = {
  [STR]: value => typeof value === 'string',
  [BOOL]: value => typeof value === 'boolean',
  [FN]: value => typeof value === 'function',
  [HTTP]: value => typeof value === 'string' && safeUrl(value),
  [DAYS]: value => typeof value === 'number' && value > 0 && value <= 3650,
  [INT]: value => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e9,
  [COOKIE_NAME]: value => typeof value === 'string' && /^[\w-]{1,64}$/.test(value),
  [PATTERN]: value => {
    if (value instanceof RegExp) return true
    if (typeof value !== 'string') return false
    return !value.startsWith('/') || validRegExp(value)
  },
  [FLAG]: value => typeof value === 'boolean' || isObject(value),
  [HOST]: value => typeof value === 'string' && normalizeHost(value) !== null,
}

/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/
const join = (path: string, key: string | number) => {
  if (typeof key === 'number') return path + '[' + key + ']'
  if (!path) return key
  return path + '.' + key
}

/** A name every object inherits (`constructor`, `toString`, `valueOf`...): refused, so no
 * lookup, ours or a site's own `config.categories[name]`, can find the built-in instead. */
const builtinName = (name: string) => name in Object.prototype

function checkObject(spec: { [key: string]: Spec }, value: unknown, path: string): void {
  if (!isObject(value)) return fail(path, 'expected an object')
  const required = typeof spec['!'] === 'string' ? spec['!'].split(' ') : []
  for (const key of required) if (!hasOwn(value, key)) fail(join(path, key), 'is required')
  const anyName = spec['*']
  for (const key of Object.keys(value)) {
    const keySpec = key !== '!' && hasOwn(spec, key) ? spec[key] : anyName
    if (!keySpec)
      fail(join(path, key), 'unknown key (expected one of ' + Object.keys(spec).join(', ') + ')')
    if (anyName && !NAME.test(key)) fail(join(path, key), 'expected a name ([A-Za-z][\\w-]*)')
    if (anyName && builtinName(key))
      fail(join(path, key), 'is a name every object has built in; pick another')
    if (value[key] !== undefined) check(keySpec, value[key], join(path, key))
  }
}

function check(spec: Spec, value: unknown, path: string): void {
  if (typeof spec === 'function') return spec(value, path)
  if (Array.isArray(spec)) {
    if (!Array.isArray(value)) return fail(path, 'expected an array')
    value.forEach((item: unknown, index: number) => check(spec[0], item, join(path, index)))
    return
  }
  if (typeof spec === 'string') {
    const choices = spec.split('|')
    if (choices.length > 1) {
      if (!choices.includes(value as string)) fail(path, "expected '" + choices.join("' | '") + "'")
      return
    }
    if (!TESTS[spec](value)) fail(path, 'expected ' + spec)
    return
  }
  checkObject(spec, value, path)
}

const MODEL = 'opt-in|opt-out|notice'
const SIGNAL = 'ignore|default-deny|enforce'
const common = {
  label: STR,
  description: STR,
  cookies: [PATTERN],
  cookieInfo: [{ '!': 'name', name: STR, purpose: STR, lifetime: STR }],
  storage: [STR],
}

/** Every key of `Texts`; the UI's English defaults have the same keys. */
export const TEXT_KEYS =
  /* @__PURE__ */ 'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways bodyOptOut bodyNotice purposes partners'.split(
    ' ',
  )
const checkTexts: Check = (value, path) =>
  check(Object.fromEntries(TEXT_KEYS.map(key => [key, STR])), value, path)

const checkRegions: Check = (regions, path) => {
  check({ '*': MODEL }, regions, path)
  // Looked up in upper case: a lower-case key would silently never apply.
  for (const code of Object.keys(regions as ConfigObject))
    if (!/^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(code))
      fail(path + '.' + code, 'expected an ISO 3166 code (DE, US-CA)')
}

const checkModel: Check = (model, path) => {
  if (typeof model === 'string') return check(MODEL, model, path)
  const spec = { '!': 'default', default: MODEL, unknown: MODEL, regions: checkRegions }
  check(spec, model, path)
}

const SCHEMA: Spec = {
  '!': 'categories',
  categories: {
    '*': {
      ...common,
      required: BOOL,
      signalsApply: BOOL,
      usedForTracking: BOOL,
      tracking: BOOL,
      services: {
        '*': { ...common, hosts: [HOST], thirdParty: BOOL, disabled: BOOL, onRevoke: FN },
      },
    },
  },
  revision: INT,
  model: checkModel,
  region: STR,
  signals: { dnt: SIGNAL, gpc: SIGNAL, cookieless: BOOL },
  cookie: { name: COOKIE_NAME, domain: STR, path: STR, sameSite: 'Lax|Strict|None' },
  lifetime: { consent: DAYS, refusal: DAYS },
  thirdPartyTracking: BOOL,
  policyUrl: HTTP,
  lang: STR,
  texts: checkTexts,
  ui: { layout: 'bar|box|modal', theme: 'light|dark|auto', reopen: BOOL, nonce: STR },
  gate: { network: BOOL },
  reloadOnWithdraw: BOOL,
  // Integrations check their own options; the core checks only the shape.
  consentMode: FLAG,
  receipts: (value, path) => check({ '!': 'endpoint', endpoint: HTTP, '*': () => {} }, value, path),
  dataLayer: FLAG,
}

/** What the schema cannot say: at least one category, unique service names, and the
 * site's own refusal of third-party tracking. */
function checkCategories(config: ConsentConfig): void {
  const categories = config.categories
  const names = Object.keys(categories)
  if (!names.length) fail('categories', 'expected at least one category')
  const seen = new Set<string>()
  for (const name of names) {
    const category = categories[name]
    // `{ a: undefined }` passes the schema walk (undefined means "not set"), not this.
    if (!category) fail('categories.' + name, 'expected an object')
    const services = category.services || {}
    for (const service of Object.keys(services)) {
      const path = 'categories.' + name + '.services.' + service
      const serviceConfig = services[service]
      if (!serviceConfig) fail(path, 'expected an object')
      if (seen.has(service) || hasOwn(categories, service))
        fail(path, 'service names must be unique')
      seen.add(service)
      const refused =
        config.thirdPartyTracking === false &&
        usedForTracking(category) &&
        serviceConfig.thirdParty &&
        !serviceConfig.disabled
      if (refused) fail(path, 'third-party tracking is refused (thirdPartyTracking: false)')
    }
  }
}

/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
export function validateConfig<C extends ConsentConfig>(config: C): C {
  check(SCHEMA, config, '')
  checkCategories(config)
  return config
}
