import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { inUse } from '../core/category'
import type { Consent } from '../core/consent'
import type {
  CategoryConfig,
  CookieInfo,
  CookiePattern,
  Decision,
  ServiceConfig,
} from '../core/types'
import { useStore, useTexts } from './hooks'
import { AcceptReject, Choice, decider, Layer } from './layer'
import { format, type UITexts } from './texts'

/** Props of `ConsentPreferences`. */
export interface ConsentPreferencesProps {
  consent: Consent
  /** Called after Save, Accept all or Reject all has recorded the choice. */
  onDecide?: () => void
  /** The close button (and Escape, where the UI handles keys); defaults to `consent.hide`. */
  onClose?: () => void
}

/** The switches the visitor has set and not saved yet. */
interface Draft {
  categories: { [name: string]: boolean }
  services: { [name: string]: boolean }
}

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' }

type Entries<T> = [string, T][]
const categoriesOf = (consent: Consent) =>
  Object.entries(consent.config.categories) as Entries<CategoryConfig>
const servicesOf = (category: CategoryConfig) =>
  Object.entries(category.services || {}) as Entries<ServiceConfig>

/** A category switch the visitor cannot change: required, locked by a signal, or nothing in use. */
const categoryFixed = (decision: Decision, name: string, category: CategoryConfig) =>
  !!(category.required || decision.locked[name] || !inUse(category))

/** What the switches start from: the current state, or what the visitor said before a revision asked again. */
function initialDraft(consent: Consent): Draft {
  const decision = consent.$decision.get()
  const last = decision.valid ? null : consent.record
  const draft: Draft = { categories: {}, services: {} }
  for (const [name, category] of categoriesOf(consent)) {
    const locked = !!decision.locked[name]
    let granted = decision.categories[name]
    if (last && name in last.categories) granted = last.categories[name]
    // Nothing in use: shown off, whatever an older record said.
    draft.categories[name] = !!category.required || (!locked && inUse(category) && granted)
    for (const [serviceName, service] of servicesOf(category)) {
      let serviceGranted = decision.services[serviceName]
      if (last) serviceGranted = last.services[serviceName] ?? !!last.categories[name]
      const available = !service.disabled && !locked
      draft.services[serviceName] = available && (!!category.required || serviceGranted)
    }
  }
  return draft
}

/** A cookie pattern as a visitor reads it: a glob as written, a RegExp as its source. */
const patternName = (pattern: CookiePattern) =>
  typeof pattern === 'string' ? pattern : pattern.source

/** The cookies of a category or service: `cookieInfo` when given, else the `cookies` patterns. */
function CookieList(props: {
  info?: readonly CookieInfo[]
  patterns?: readonly CookiePattern[]
  label: string
}) {
  const info: readonly CookieInfo[] | undefined =
    props.info || props.patterns?.map(pattern => ({ name: patternName(pattern) }))
  if (!info || info.length === 0) return null
  return (
    <ul class="k" aria-label={props.label}>
      {info.map(cookie => (
        <li key={cookie.name}>
          <b>{cookie.name}</b>
          {cookie.purpose ? ' ' + cookie.purpose : ''}
          {cookie.lifetime ? ' (' + cookie.lifetime + ')' : ''}
        </li>
      ))}
    </ul>
  )
}

interface SwitchProps {
  /** Ends in `.d` for the note's id: names cannot hold a dot, so `a` never meets `ad`. */
  id: string
  label: string
  checked: boolean
  disabled: boolean
  /** Locked by a signal: drawn hatched, not just dimmed. */
  locked?: boolean
  note: string
  onChange: (checked: boolean) => void
  children?: ComponentChildren
}

/**
 * A labelled native checkbox with role=switch (keyboard, forms and screen readers for
 * free), the note it points at with aria-describedby, then its children.
 */
function Switch(props: SwitchProps) {
  const noteId = props.id + '.d'
  return (
    <li class={props.locked ? 'lk' : undefined}>
      <div class="w">
        <label for={props.id}>{props.label}</label>
        <input
          type="checkbox"
          role="switch"
          id={props.id}
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={props.note ? noteId : undefined}
          onChange={event => props.onChange((event.target as HTMLInputElement).checked)}
        />
      </div>
      {props.note ? (
        <p id={noteId} class="n">
          {props.note}
        </p>
      ) : null}
      {props.children}
    </li>
  )
}

const joinNote = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ')

/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The draft lives in component state, so a language
 * arriving late redraws the texts and keeps the switches and focus as they are.
 * @example <ConsentPreferences consent={consent} onClose={() => consent.hide()} />
 */
export function ConsentPreferences(props: ConsentPreferencesProps) {
  const { consent, onDecide } = props
  const { texts } = useTexts(consent)
  const decision = useStore(consent.$decision)
  const [draft, setDraft] = useState(() => initialDraft(consent))
  const categories = categoriesOf(consent)

  const setCategory = (name: string, granted: boolean) => {
    // A category and its services move together.
    const services = { ...draft.services }
    const category = consent.config.categories[name]
    for (const [serviceName, service] of servicesOf(category))
      if (!service.disabled) services[serviceName] = granted
    setDraft({ categories: { ...draft.categories, [name]: granted }, services })
  }
  const setService = (categoryName: string, name: string, granted: boolean) => {
    const categoriesDraft = { ...draft.categories }
    // Turning one service on turns its category on.
    if (granted) categoriesDraft[categoryName] = true
    setDraft({ categories: categoriesDraft, services: { ...draft.services, [name]: granted } })
  }

  const decide = decider(onDecide)
  const save = () => {
    const chosen: Draft = { categories: {}, services: {} }
    for (const [name, category] of categories) {
      const fixed = categoryFixed(decision, name, category)
      if (!fixed) chosen.categories[name] = draft.categories[name]
      for (const [serviceName, service] of servicesOf(category))
        if (!fixed && !service.disabled) chosen.services[serviceName] = draft.services[serviceName]
    }
    consent.set(chosen.categories, chosen.services)
  }
  // With every optional category locked (or none at all) the choices would all do the same:
  // one OK records that, instead of an "Accept all" that accepts nothing.
  const changeable = categories.some(([name, category]) => !categoryFixed(decision, name, category))
  const close = props.onClose || (() => consent.hide())

  const list = (
    <ul>
      {categories.map(([name, category]) => (
        <CategorySwitch
          key={name}
          name={name}
          category={category}
          decision={decision}
          draft={draft}
          texts={texts}
          setCategory={setCategory}
          setService={setService}
        />
      ))}
    </ul>
  )
  const closeButton = (
    <button type="button" class="x" onClick={close}>
      <span aria-hidden="true">×</span>
      <span class="sr">{texts.close}</span>
    </button>
  )
  return (
    <Layer
      id="p"
      name="preferences"
      className="p"
      modal
      title={texts.prefsTitle}
      body={texts.prefsBody}
      policyUrl={consent.config.policyUrl}
      policyLabel={texts.policy}
      top={closeButton}
      list={list}
    >
      {changeable ? (
        [
          <Choice key="save" choice="save" label={texts.save} onClick={decide(save)} />,
          <AcceptReject key="both" consent={consent} texts={texts} decide={decide} />,
        ]
      ) : (
        <Choice choice="ok" label={texts.ok} onClick={decide(save)} />
      )}
    </Layer>
  )
}

interface CategorySwitchProps {
  name: string
  category: CategoryConfig
  decision: Decision
  draft: Draft
  texts: UITexts
  setCategory: (name: string, granted: boolean) => void
  setService: (category: string, name: string, granted: boolean) => void
}

/** A category's switch, its note, and its services and cookies in a `<details>`. */
function CategorySwitch(props: CategorySwitchProps) {
  const { name, category, decision, draft, texts } = props
  const lock = decision.locked[name]
  const fixed = categoryFixed(decision, name, category)
  const services = servicesOf(category)
  let reason: string | undefined
  if (category.required) reason = texts.required
  else if (!inUse(category)) reason = texts.notInUse
  else if (lock) reason = format(texts.locked, { signal: SIGNALS[lock] })
  const hasDetails = services.length > 0 || category.cookieInfo || category.cookies
  return (
    <Switch
      id={'c-' + name}
      label={category.label || name}
      checked={draft.categories[name]}
      disabled={fixed}
      locked={!!lock}
      note={joinNote(category.description, reason)}
      onChange={granted => props.setCategory(name, granted)}
    >
      {hasDetails ? (
        <details>
          <summary>{texts.services}</summary>
          <CookieList
            info={category.cookieInfo}
            patterns={category.cookies}
            label={texts.cookies}
          />
          <ul>
            {services.map(([serviceName, service]) => (
              <Switch
                key={serviceName}
                id={'s-' + serviceName}
                label={service.label || serviceName}
                checked={draft.services[serviceName]}
                disabled={fixed || !!service.disabled}
                locked={!!lock}
                note={joinNote(service.description, service.disabled && texts.notInUse)}
                onChange={granted => props.setService(name, serviceName, granted)}
              >
                <CookieList
                  info={service.cookieInfo}
                  patterns={service.cookies}
                  label={texts.cookies}
                />
              </Switch>
            ))}
          </ul>
        </details>
      ) : null}
    </Switch>
  )
}
