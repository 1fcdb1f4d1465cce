// What every framework binding needs and no framework provides: the fail-closed state
// a server renders without a cookie, one name's grant, and the click-to-load
// placeholder's texts and actions. No framework is imported here.
import type { Consent, View } from '../core/consent'
import type { ConsentConfig, Decision } from '../core/types'
import { adoptPlaceholderSheet } from '../gate/placeholder'
import { format, textsFor } from '../ui/texts'

/**
 * What the server knew when it rendered the page: pass `readDecision(...)` from
 * `consentry/server` (any object with these fields), so the first render in the browser
 * shows what the server showed and hydration agrees.
 */
export type ServerState = Pick<Decision, 'categories' | 'services' | 'ask'>

/** The consent controller, with any config: bindings take every app's own. */
export type AnyConsent = Consent<ConsentConfig>

const closed = new WeakMap<ConsentConfig, ServerState>()

/**
 * The state a server renders when it was told nothing: required categories granted,
 * everything else denied, no banner. Unknown means no consent; the browser shows the
 * real state right after hydration. One object per config, so React sees a stable snapshot.
 */
export function closedState(config: ConsentConfig): ServerState {
  const known = closed.get(config)
  if (known) return known
  const state: ServerState = { categories: {}, services: {}, ask: false }
  for (const name in config.categories) {
    const category = config.categories[name]
    state.categories[name] = !!category.required
    for (const service in category.services || {}) state.services[service] = false
  }
  closed.set(config, state)
  return state
}

/** One category's or service's grant in a state; a name it does not know is denied. */
export function grantIn(state: ServerState, name: string): boolean {
  if (name in state.categories) return !!state.categories[name]
  return !!state.services[name]
}

/** The UI layer a server state implies: the banner when the visitor must be asked. */
export function viewIn(state: ServerState): View {
  if (state.ask) return 'banner'
  return null
}

/** The placeholder's words for `name`, in the page's language (the gate's own texts). */
export interface PlaceholderTexts {
  /** The service's (or category's) label: the placeholder's accessible name. */
  label: string
  /** Why the content is held. */
  text: string
  loadOnce: string
  allowAlways: string
}

/** The category a service belongs to, or `name` itself when it is a category. */
const categoryOf = (config: ConsentConfig, name: string): string => {
  if (name in config.categories) return name
  for (const category in config.categories)
    if (name in (config.categories[category].services || {})) return category
  return name
}

const labelOf = (config: ConsentConfig, name: string): string => {
  const category = config.categories[name]
  if (category) return category.label || name
  const owner = config.categories[categoryOf(config, name)]
  const service = owner && owner.services && owner.services[name]
  return (service && service.label) || name
}

/**
 * The texts of the click-to-load placeholder for a category or service: the same words
 * as the gate's placeholders for held frames.
 * @example placeholderTexts(consent, 'youtube').text // 'YouTube is blocked until you allow Marketing cookies.'
 */
export function placeholderTexts(consent: AnyConsent, name: string): PlaceholderTexts {
  const config = consent.config
  const texts = textsFor(consent)
  const label = labelOf(config, name)
  const category = labelOf(config, categoryOf(config, name))
  return {
    label,
    text: format(texts.held, { service: label, category }),
    loadOnce: texts.loadOnce,
    allowAlways: texts.allowAlways,
  }
}

/**
 * Records consent for one category or service, as the gate's "Always allow" does.
 * Category and service names are distinct, so each half ignores the name it does not know.
 */
export function allow(consent: AnyConsent, name: string): void {
  const grant = { [name]: true }
  consent.set(grant, grant)
}

/** A framework's element factory, and the prop that carries CSS classes in it. */
export interface ElementFactory {
  h: (type: string, props: object | null, ...children: unknown[]) => unknown
  classProp: 'className' | 'class'
}

/** What the placeholder's buttons do. */
export interface PlaceholderButtons {
  loadOnce: () => void
  allow: () => void
}

/**
 * The gate's placeholder markup and classes (src/gate/placeholder.ts), in a framework's
 * elements, so that one stylesheet, the gate's, dresses both: the theme, and the compact
 * form in a small box. No ids: a server and a browser would count them differently.
 */
export function placeholderTree(
  factory: ElementFactory,
  consent: AnyConsent,
  name: string,
  buttons: PlaceholderButtons,
): unknown {
  if (typeof document === 'object') adoptPlaceholderSheet()
  const { h, classProp } = factory
  const texts = placeholderTexts(consent, name)
  const theme = consent.config.ui?.theme
  let boxClass = 'consentry-held'
  if (theme === 'dark' || theme === 'auto') boxClass += ' consentry-held-' + theme
  const button = (label: string, onClick: () => void) =>
    h('button', { type: 'button', onClick, 'aria-label': label + ': ' + texts.label }, label)
  return h(
    'div',
    { [classProp]: boxClass, role: 'group', 'aria-label': texts.label, title: texts.text },
    h(
      'div',
      { [classProp]: 'consentry-held-content' },
      h('p', null, texts.text),
      h('strong', { [classProp]: 'consentry-held-name', 'aria-hidden': 'true' }, texts.label),
      h(
        'div',
        { [classProp]: 'consentry-held-buttons' },
        button(texts.loadOnce, buttons.loadOnce),
        button(texts.allowAlways, buttons.allow),
      ),
    ),
  )
}
