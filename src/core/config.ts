// Its own module, so integrations can throw it without pulling in the schema.
import { ConsentConfigError } from './error'
import type { ConsentConfig } from './types'

export { ConsentConfigError }

const fail = (path: string, message: string): never => {
  throw new ConsentConfigError(path || 'config', message)
}

const isObject = (v: unknown): v is Record<string, any> =>
  !!v && typeof v == 'object' && !Array.isArray(v) && !(v instanceof RegExp)

/** http(s) or relative: a `javascript:` link must never reach the page. Asks the URL
 * parser itself, which strips tabs, newlines and leading control characters (WHATWG URL
 * "basic URL parser") that a hand-written scheme test would miss: `java\tscript:`. */
export const safeUrl = (v: string) => {
  try {
    return /^https?:$/.test(new URL(v, 'http://a').protocol)
  } catch {}
}

/** `/^_ga/i` written as a string in JSON config becomes a RegExp. */
export const toRegExp = (s: string) => {
  const end = s.lastIndexOf('/')
  if (end < 2) throw SyntaxError(s)
  return new RegExp(s.slice(1, end), s.slice(end + 1))
}

const validRegExp = (s: string) => {
  try {
    return !!toRegExp(s)
  } catch {}
}

/*
 * The schema is data, to keep the drop-in small. A spec is:
 *   a description     a scalar: TESTS[description] checks it, and the message says it
 *   'a|b|c'           one of these strings
 *   [x]               an array of x
 *   { key: spec }     an object with these keys only; '*' allows any name; '!' lists required keys
 *   a function        a custom check
 */
type Spec = string | ((v: any, p: string) => void) | Spec[] | { [key: string]: Spec }

// Plain constants and literals only at the top level, so a bundle that never validates
// (a production build of createConsent) drops all of this.
const STR = 'a string'
const BOOL = 'true or false'
const FN = 'a function'
const HTTP = 'an http(s) or relative URL'
const DAYS = 'days, 1 to 3650'
const INT = 'a whole number from 0'
const NAME_ = 'a cookie name'
const PATTERN = 'a string or RegExp (a /regular expression/ string must be valid)'
const FLAG = 'true, false or an object'
const TESTS: Record<string, (v: any) => unknown> = {
  [STR]: v => typeof v == 'string',
  [BOOL]: v => typeof v == 'boolean',
  [FN]: v => typeof v == 'function',
  [HTTP]: v => typeof v == 'string' && safeUrl(v),
  [DAYS]: v => typeof v == 'number' && v > 0 && v <= 3650,
  [INT]: v => Number.isInteger(v) && v >= 0 && v < 1e9,
  [NAME_]: v => typeof v == 'string' && /^[\w-]{1,64}$/.test(v),
  [PATTERN]: v => v instanceof RegExp || (typeof v == 'string' && (v[0] != '/' || validRegExp(v))),
  [FLAG]: v => typeof v == 'boolean' || isObject(v),
}

/** Names are used in the cookie and in markup: keep them to safe characters. */
const NAME = /^[A-Za-z][\w-]{0,39}$/
const join = (p: string, key: string | number) =>
  typeof key == 'number' ? p + '[' + key + ']' : p ? p + '.' + key : key

function check(spec: Spec, v: any, p: string): void {
  if (typeof spec == 'function') return spec(v, p)
  if (Array.isArray(spec)) {
    if (!Array.isArray(v)) fail(p, 'expected an array')
    return v.forEach((x: unknown, i: number) => check(spec[0], x, join(p, i)))
  }
  if (typeof spec == 'string') {
    if (spec.includes('|')) {
      if (!spec.split('|').includes(v)) fail(p, "expected '" + spec.split('|').join("' | '") + "'")
      return
    }
    if (!TESTS[spec](v)) fail(p, 'expected ' + spec)
    return
  }
  if (!isObject(v)) fail(p, 'expected an object')
  for (const key of ((spec['!'] as string) || '').split(' '))
    if (key && !(key in v)) fail(join(p, key), 'is required')
  for (const key in v) {
    // Own keys only: a config key named `toString` must not find Object.prototype's.
    const s = Object.keys(spec).includes(key) ? spec[key] : spec['*']
    if (!s || key == '!')
      fail(join(p, key), 'unknown key (expected one of ' + Object.keys(spec).join(', ') + ')')
    if (spec['*'] && !NAME.test(key)) fail(join(p, key), 'expected a name ([A-Za-z][\\w-]*)')
    if (v[key] !== undefined) check(s, v[key], join(p, key))
  }
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
  /* @__PURE__ */ 'title body policy acceptAll rejectAll manage prefsTitle prefsBody save close saved required locked notInUse services cookies reopen ok held loadOnce allowAlways'.split(
    ' ',
  )
const texts = (v: any, p: string) =>
  check(Object.fromEntries(TEXT_KEYS.map(key => [key, STR])), v, p)

const SCHEMA: Spec = {
  '!': 'categories',
  categories: {
    '*': {
      ...common,
      required: BOOL,
      tracking: BOOL,
      services: {
        '*': { ...common, hosts: [STR], thirdParty: BOOL, disabled: BOOL, onRevoke: FN },
      },
    },
  },
  revision: INT,
  model: (v, p) =>
    check(
      typeof v == 'string'
        ? MODEL
        : {
            '!': 'default',
            default: MODEL,
            unknown: MODEL,
            regions: (r, q) => {
              check({ '*': MODEL }, r, q)
              // Looked up in upper case: a lower-case key would silently never apply.
              for (const k in r)
                if (!/^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(k))
                  fail(q + '.' + k, 'expected an ISO 3166 code (DE, US-CA)')
            },
          },
      v,
      p,
    ),
  region: STR,
  signals: { dnt: SIGNAL, gpc: SIGNAL, cookieless: BOOL },
  cookie: { name: NAME_, domain: STR, path: STR, sameSite: 'Lax|Strict|None' },
  lifetime: { consent: DAYS, refusal: DAYS },
  thirdPartyTracking: BOOL,
  policyUrl: HTTP,
  lang: STR,
  texts,
  ui: { layout: 'bar|box|modal', theme: 'light|dark|auto', reopen: BOOL, nonce: STR },
  gate: { network: BOOL },
  reloadOnWithdraw: BOOL,
  // Integrations check their own options; the core checks only the shape.
  consentMode: FLAG,
  receipts: (v, p) => check({ '!': 'endpoint', endpoint: HTTP, '*': () => {} }, v, p),
  dataLayer: FLAG,
}

/**
 * Checks a config and throws a `ConsentConfigError` naming the first bad path.
 * @example validateConfig({ categories: { necessary: { required: true } } })
 */
export function validateConfig<C extends ConsentConfig>(config: C): C {
  check(SCHEMA, config, '')
  const seen: Record<string, 1> = {}
  const cats = config.categories
  if (!Object.keys(cats).length) fail('categories', 'expected at least one category')
  for (const cat in cats) {
    // `{ a: undefined }` passes the schema walk (undefined means "not set"), not this.
    if (!cats[cat]) fail('categories.' + cat, 'expected an object')
    const services = cats[cat].services || {}
    for (const name in services) {
      const p = 'categories.' + cat + '.services.' + name
      if (!services[name]) fail(p, 'expected an object')
      if (seen[name] || cats[name]) fail(p, 'service names must be unique')
      seen[name] = 1
      if (
        config.thirdPartyTracking === false &&
        cats[cat].tracking &&
        services[name].thirdParty &&
        !services[name].disabled
      )
        fail(p, 'third-party tracking is refused (thirdPartyTracking: false)')
    }
  }
  return config
}
