// The suggested config patch: services for the hosts no service lists, and patterns
// for the cookies no category lists, in the config's own shape, to lay over it with
// `extend(config, patch)` (objects merge by key; arrays replace, so they are complete).
import type { ConsentConfig } from '../core/types'
import { hostOf } from './browse'
import type { Classifier } from './classify'
import { patternText } from './config'
import type { ConfigPatch, KnownCookie, UnlistedCookie, UnlistedHost } from './types'

/** Where a kind of third party belongs: category names to look for in the config, in order. */
const CATEGORY_CHOICES = {
  analytics: ['analytics', 'statistics', 'performance', 'measurement'],
  marketing: ['marketing', 'advertising', 'ads', 'targeting'],
  social: ['social', 'social-media', 'marketing'],
  media: ['media', 'embeds', 'social', 'marketing'],
  chat: ['chat', 'support', 'functional', 'preferences'],
} as const

type Purpose = keyof typeof CATEGORY_CHOICES | 'necessary'

/** The tracker database's categories, mapped to a purpose. Unknown hosts count as
 * marketing: held until consent (fail closed) until the owner says they are needed. */
const PURPOSE_OF_TRACKER: { [category: string]: Purpose } = {
  site_analytics: 'analytics',
  advertising: 'marketing',
  adult_advertising: 'marketing',
  social_media: 'social',
  audio_video_player: 'media',
  customer_interaction: 'chat',
  hosting: 'necessary',
  cdn: 'necessary',
  utilities: 'necessary',
  essential: 'necessary',
  consent: 'necessary',
}

const PURPOSE_OF_COOKIE: { [purpose in KnownCookie['purpose']]: Purpose } = {
  analytics: 'analytics',
  marketing: 'marketing',
  social: 'social',
  necessary: 'necessary',
}

const LABELS: { [purpose in Purpose]: string } = {
  analytics: 'Analytics',
  marketing: 'Marketing',
  social: 'Social media',
  media: 'Videos and media',
  chat: 'Chat',
  necessary: 'Necessary',
}

type PatchCategory = ConfigPatch['categories'][string]
type PatchService = NonNullable<PatchCategory['services']>[string]

/** Builds the patch while it looks up the config it extends. */
class PatchBuilder {
  patch: ConfigPatch = { categories: {} }
  private serviceOfDomain = new Map<string, PatchService>()

  constructor(private config: ConsentConfig | null) {}

  private get categories() {
    return (this.config && this.config.categories) || {}
  }

  /** The config's category for a purpose, or the name of a new one. */
  private categoryFor(purpose: Purpose): string {
    const names = Object.keys(this.categories)
    if (purpose === 'necessary') {
      const required = names.find(name => this.categories[name].required)
      return required || 'necessary'
    }
    const choices: readonly string[] = CATEGORY_CHOICES[purpose]
    const existing = choices.find(name => names.includes(name) && !this.categories[name].required)
    return existing || choices[0]
  }

  /** The patch's entry for a category, created in the config's shape when it is new. */
  private category(purpose: Purpose): PatchCategory {
    const name = this.categoryFor(purpose)
    let entry = this.patch.categories[name]
    if (entry) return entry
    entry = {}
    if (!Object.hasOwn(this.categories, name)) {
      if (purpose === 'necessary') entry.required = true
      else entry.usedForTracking = true
      entry.label = LABELS[purpose]
    }
    this.patch.categories[name] = entry
    return entry
  }

  /** A service's entry; an existing service of that name keeps its own hosts and cookies. */
  private service(purpose: Purpose, name: string, label: string): PatchService {
    const category = this.category(purpose)
    category.services ||= {}
    const known = category.services[name]
    if (known) return known
    const categoryName = this.categoryFor(purpose)
    const existing = Object.hasOwn(this.categories, categoryName)
      ? (this.categories[categoryName].services || {})[name]
      : undefined
    const entry: PatchService = existing
      ? {
          hosts: [...(existing.hosts || [])],
          cookies: (existing.cookies || []).map(patternText),
        }
      : { label, hosts: [], cookies: [] }
    category.services[name] = entry
    return entry
  }

  addHost(host: UnlistedHost) {
    const tracker = host.tracker
    const purpose: Purpose = tracker
      ? PURPOSE_OF_TRACKER[tracker.category] || 'marketing'
      : 'marketing'
    // Service names are letters, digits, `_` and `-`.
    const name = tracker ? tracker.key : host.domain.replace(/[^\w-]/g, '-')
    const label = tracker ? tracker.name : host.domain
    const service = this.service(purpose, name, label)
    if (!service.hosts!.includes(host.domain)) service.hosts!.push(host.domain)
    this.serviceOfDomain.set(host.domain, service)
  }

  addCookie(cookie: UnlistedCookie, classifier: Classifier) {
    const setterHost = cookie.setBy.url ? hostOf(cookie.setBy.url) : ''
    const domains = [
      cookie.party === 'third' ? classifier.domainOf(cookie.domain.replace(/^\./, '')) : '',
      setterHost && cookie.setBy.kind !== 'inline' ? classifier.domainOf(setterHost) : '',
    ]
    const owner = domains.map(domain => this.serviceOfDomain.get(domain)).find(service => service)
    if (owner) {
      if (!owner.cookies!.includes(cookie.name)) owner.cookies!.push(cookie.name)
      return
    }
    const purpose = cookie.known
      ? PURPOSE_OF_COOKIE[cookie.known.purpose]
      : purposeOfUnknown(cookie)
    const category = this.category(purpose)
    const categoryName = this.categoryFor(purpose)
    const existing = Object.hasOwn(this.categories, categoryName)
      ? (this.categories[categoryName].cookies || []).map(patternText)
      : []
    category.cookies ||= existing
    if (!category.cookies.includes(cookie.name)) category.cookies.push(cookie.name)
  }

  /** Empty arrays say nothing: they are left out. */
  tidy() {
    for (const category of Object.values(this.patch.categories))
      for (const service of Object.values(category.services || {})) {
        if (!service.hosts!.length) delete service.hosts
        if (!service.cookies!.length) delete service.cookies
      }
    return this.patch
  }
}

/** A cookie the site sets whatever the visitor says is taken for a necessary one; one
 * that appears only after Accept all is optional. The owner checks either way. */
function purposeOfUnknown(cookie: UnlistedCookie): Purpose {
  const onlyAfterAccept = cookie.states.every(state => state === 'accept')
  return onlyAfterAccept ? 'marketing' : 'necessary'
}

/** The patch that lists every unlisted host and cookie. Empty `categories` when nothing is missing. */
export function buildPatch(
  config: ConsentConfig | null,
  unlisted: { hosts: UnlistedHost[]; cookies: UnlistedCookie[] },
  classifier: Classifier,
): ConfigPatch {
  const builder = new PatchBuilder(config)
  for (const host of unlisted.hosts) builder.addHost(host)
  for (const cookie of unlisted.cookies) builder.addCookie(cookie, classifier)
  return builder.tidy()
}
