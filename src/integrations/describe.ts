import type {
  CategoryConfig,
  ConsentConfig,
  CookieInfo,
  CookiePattern,
  Model,
  ServiceConfig,
  SignalMode,
} from '../core/types'
import { inUse, signalsApply, usedForTracking } from '../core/category'
import { hasOwn } from './shared'

/** A service as the policy page lists it. */
export interface ServiceDescription {
  name: string
  label: string
  description: string
  category: string
  /** Declared as a third party (`thirdParty: true`): may collect data over time and across sites. */
  thirdParty: boolean
  hosts: string[]
  cookies: string[]
  /** Listed in the config but not in use. */
  disabled: boolean
}

/** A category as the policy page lists it. */
export interface CategoryDescription {
  name: string
  label: string
  description: string
  required: boolean
  /** Do Not Track and Global Privacy Control apply to it. */
  signalsApply: boolean
  /** It tracks visitors (`usedForTracking`, or the deprecated `tracking`). */
  usedForTracking: boolean
  /** @deprecated The same as `usedForTracking`. */
  tracking: boolean
  /** Something in it is in use; `false` when every service is `disabled`. */
  inUse: boolean
  cookies: string[]
  services: ServiceDescription[]
}

/** One paragraph of the generated text, with a stable id for styling or picking. */
export interface PolicyParagraph {
  id: 'choices' | 'dnt' | 'gpc' | 'third-parties' | 'consent-mode' | `category-${string}`
  title: string
  text: string
}

/** What `describePolicy` returns: the facts, and the same facts as plain English. */
export interface PolicyDescription {
  model: { default: Model; regions: { [region: string]: Model } }
  signals: { dnt: SignalMode; gpc: SignalMode; cookieless: boolean }
  /** The consent cookie and how long a choice lasts, in days. */
  consentCookie: { name: string; consentDays: number; refusalDays: number }
  categories: CategoryDescription[]
  /** Services that may collect data about visitors over time and across sites (CalOPPA). */
  thirdParties: ServiceDescription[]
  /** Google Consent Mode, when the config turns it on. */
  consentMode: 'basic' | 'advanced' | null
  paragraphs: PolicyParagraph[]
  /** Every paragraph, `title` and `text`, separated by blank lines. */
  text: string
}

const and = (items: string[]) =>
  items.length < 2
    ? items.join('')
    : items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1]

const cookieText = (p: CookiePattern) => (typeof p === 'string' ? p : '/' + p.source + '/')

/** A list of category labels, with the words that agree with it ("stays"/"stay", "it"/"them"). */
interface Labels {
  text: string
  stay: string
  them: string
}

const MODEL: { [M in Model]: (labels: Labels) => string } = {
  'opt-in': labels =>
    `only what the site needs to work runs before you choose; ${labels.text} ${labels.stay} off until you switch ${labels.them} on.`,
  'opt-out': labels =>
    `optional categories (${labels.text}) are on unless you switch them off, or your browser sends a privacy signal this site honours (see below).`,
  notice: labels =>
    `this site tells you what it uses, and you can switch ${labels.text} off at any time.`,
}
const upper = (s: string) => s[0].toUpperCase() + s.slice(1)

/** English names of regions, where the platform has them. */
const regionNames = typeof Intl === 'object' && Intl.DisplayNames ? newRegionNames() : null

function newRegionNames() {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
  } catch {
    return null
  }
}

/** A country as a visitor reads it (`DE`: "Germany"); the code where no name is known. */
function countryName(code: string): string {
  if (!regionNames) return code
  try {
    return regionNames.of(code) || code
  } catch {
    return code
  }
}

/**
 * A region as a visitor reads it: `DE` becomes "Germany", a subdivision keeps its code
 * beside its country's name ("United States (US-CA)"). Without `Intl.DisplayNames`, or for
 * a code it does not know, the code itself.
 */
function regionName(code: string): string {
  const [country, subdivision] = code.split('-')
  const name = countryName(country)
  if (!subdivision) return name
  if (name === country) return code
  return `${name} (${code})`
}

/** Which Consent Mode the config turns on, if any. */
function consentModeOf(config: ConsentConfig): 'basic' | 'advanced' | null {
  const options = config.consentMode
  if (!options) return null
  const advanced = typeof options === 'object' && options.mode === 'advanced'
  return advanced ? 'advanced' : 'basic'
}

/** The cookies a category or service lists: its `cookieInfo` names, else its patterns. */
const cookieNames = (owner: {
  cookieInfo?: readonly CookieInfo[]
  cookies?: readonly CookiePattern[]
}) =>
  owner.cookieInfo ? owner.cookieInfo.map(info => info.name) : (owner.cookies || []).map(cookieText)

/** How the site responds to one browser signal, in a sentence or two. */
function signalText(name: string, mode: SignalMode, affected: Labels) {
  const lead = `When your browser sends a ${name} signal, `
  if (mode === 'ignore')
    return `This site does not change what it does when your browser sends a ${name} signal; use the cookie settings to refuse optional categories.`
  if (!affected.text)
    return lead + 'nothing changes: no optional category on this site is affected by it.'
  if (mode === 'default-deny') {
    const subject = affected.them === 'it' ? 'it' : 'they'
    return (
      lead +
      `this site treats it as your refusal of ${affected.text}: ${subject} ${affected.stay} off unless you switch ${affected.them} on yourself.`
    )
  }
  return (
    lead +
    `${affected.text} ${affected.stay} off, and cannot be switched on, for as long as the signal is on.`
  )
}

function describeCategory(name: string, category: CategoryConfig): CategoryDescription {
  const services = category.services || {}
  const tracksVisitors = !category.required && usedForTracking(category)
  return {
    name,
    label: category.label || name,
    description: category.description || '',
    required: !!category.required,
    signalsApply: signalsApply(category),
    usedForTracking: tracksVisitors,
    tracking: tracksVisitors,
    inUse: inUse(category),
    cookies: cookieNames(category),
    services: Object.keys(services).map(serviceName =>
      describeService(serviceName, services[serviceName], name),
    ),
  }
}

function describeService(
  name: string,
  service: ServiceConfig,
  category: string,
): ServiceDescription {
  return {
    name,
    label: service.label || name,
    description: service.description || '',
    category,
    thirdParty: !!service.thirdParty,
    hosts: [...(service.hosts || [])],
    cookies: cookieNames(service),
    disabled: !!service.disabled,
  }
}

/** A category's status line on the policy page. */
function statusText(category: CategoryDescription) {
  if (category.required) return 'Always on.'
  if (!category.inUse) return 'Not in use.'
  if (category.usedForTracking) return 'Optional; used for tracking.'
  return 'Optional.'
}

/**
 * Plain-language policy text generated from the config, with the structured facts behind
 * it: how the site responds to Do Not Track and Global Privacy Control, which third parties
 * may collect data over time and across sites (what California's CalOPPA asks a privacy
 * policy to disclose), the categories, services and cookies. Rendering both from the one
 * config keeps the policy page from drifting away from what the SDK does.
 * @example
 * const { paragraphs } = describePolicy(consent.config)
 * policy.innerHTML = paragraphs.map(p => `<h3>${p.title}</h3><p>${p.text}</p>`).join('') // escape if texts are untrusted
 */
export function describePolicy(config: ConsentConfig): PolicyDescription {
  const configuredModel = config.model || 'opt-in'
  const model =
    typeof configuredModel === 'string'
      ? { default: configuredModel, regions: {} }
      : { default: configuredModel.default, regions: { ...configuredModel.regions } }
  const configuredSignals = config.signals || {}
  const signals = {
    dnt: configuredSignals.dnt || 'ignore',
    gpc: configuredSignals.gpc || 'ignore',
    cookieless: !!configuredSignals.cookieless,
  } as const
  const life = config.lifetime || {}
  const consentCookie = {
    name: (config.cookie && config.cookie.name) || 'consentry',
    consentDays: life.consent || 390,
    refusalDays: life.refusal || 182,
  }
  const consentMode = consentModeOf(config)

  const categories = Object.keys(config.categories).map(name =>
    describeCategory(name, config.categories[name]),
  )
  const thirdParties = categories.flatMap(c => c.services.filter(s => s.thirdParty && !s.disabled))
  // What a visitor can switch: a category with nothing in use is never on.
  const optional = categories.filter(c => !c.required && c.inUse)
  const affected = optional.filter(c => c.signalsApply)
  const labels = (cs: CategoryDescription[]): Labels => {
    const one = cs.length === 1
    return {
      text: and(cs.map(c => c.label)),
      stay: one ? 'stays' : 'stay',
      them: one ? 'it' : 'them',
    }
  }

  const paragraphs: PolicyParagraph[] = []
  const add = (id: PolicyParagraph['id'], title: string, text: string) =>
    paragraphs.push({ id, title, text })

  // Choices: the model, per region, and how long a choice is kept.
  let choices = 'This site uses only what it needs to work.'
  if (optional.length) {
    choices = upper(MODEL[model.default](labels(optional)))
    const byModel: { [model: string]: string[] } = {}
    for (const region of Object.keys(model.regions)) {
      const regionModel = model.regions[region]
      if (regionModel === model.default) continue
      if (!hasOwn(byModel, regionModel)) byModel[regionModel] = []
      byModel[regionModel].push(region)
    }
    for (const other of Object.keys(byModel)) {
      const otherText = MODEL[other as Model](labels(optional))
      const places = byModel[other].map(regionName).sort((a, b) => a.localeCompare(b, 'en'))
      choices += ` For visitors in ${and(places)}: ${otherText}`
    }
  }
  choices +=
    ` You can change or withdraw your choice at any time in the cookie settings. Your choice is kept in a first-party cookie named "${consentCookie.name}"` +
    ` for ${consentCookie.consentDays} days (a refusal for ${consentCookie.refusalDays} days), then you are asked again;` +
    ' it holds a random identifier and your choices, nothing that identifies you.'
  add('choices', 'Your choices', choices)

  // How the site responds to the two browser signals (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)).
  const signal = (id: 'dnt' | 'gpc', name: string) => {
    const mode = signals[id]
    let text = signalText(name, mode, labels(affected))
    if (mode !== 'ignore' && signals.cookieless)
      text += ' While the signal is on, this site stores no consent cookie at all.'
    add(id, name, text)
  }
  signal('dnt', 'Do Not Track')
  signal('gpc', 'Global Privacy Control')

  const listed = thirdParties.map(service => {
    const category = categories.find(c => c.name === service.category)
    const where = [category ? category.label : service.category, ...service.hosts]
    return `${service.label} (${where.join(', ')})`
  })
  add(
    'third-parties',
    'Third parties',
    listed.length
      ? `These third parties may collect information about your online activities over time and across different websites when you use this site: ${and(listed)}. Each runs only while its category is on.`
      : 'No service on this site is listed as a third party that may collect information about your online activities over time and across different websites.',
  )

  if (consentMode === 'advanced')
    add(
      'consent-mode',
      'Google tags',
      "Google's tags load before you choose. Until you agree, they send Google cookieless measurement pings (such as the page address and the time) without setting or reading cookies for analytics or advertising.",
    )

  for (const c of categories) {
    const services = c.services.map(service => {
      const notInUse = service.disabled ? ' (not in use)' : ''
      const cookies = service.cookies.length ? ` (cookies: ${service.cookies.join(', ')})` : ''
      return service.label + notInUse + cookies
    })
    const sentences = [statusText(c)]
    if (c.description) sentences.push(c.description)
    if (services.length) sentences.push(`Services: ${and(services)}.`)
    if (c.cookies.length) sentences.push(`Cookies: ${c.cookies.join(', ')}.`)
    add(`category-${c.name}`, c.label, sentences.join(' '))
  }

  return {
    model,
    signals,
    consentCookie,
    categories,
    thirdParties,
    consentMode,
    paragraphs,
    text: paragraphs.map(p => p.title + '\n' + p.text).join('\n\n'),
  }
}
