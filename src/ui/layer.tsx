import type { ComponentChildren, Ref } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { Consent } from '../core/consent'
import type { UITexts } from './texts'

/**
 * What a choice does, as its `data-choice` attribute: a name that stays the same in every
 * language, for tools that answer or audit banners (autoconsent's rule, docs/ui.md).
 */
export type ChoiceName = 'accept-all' | 'reject-all' | 'ok' | 'manage' | 'save'

/** One of the choices: every one the same size, weight and colour (see `.bs` in the styles). */
export interface ChoiceProps {
  choice: ChoiceName
  label: string
  onClick: () => void
  buttonRef?: Ref<HTMLButtonElement>
}

export function Choice({ choice, label, onClick, buttonRef }: ChoiceProps) {
  // type=button: inside a site's <form> (components in an app tree) a plain button would submit it.
  return (
    <button type="button" data-choice={choice} ref={buttonRef} onClick={onClick}>
      {label}
    </button>
  )
}

/** Wraps deciding actions, so `onDecide` hears of each once the choice is recorded. */
export function decider(onDecide?: () => void) {
  return (action: () => void) => () => {
    action()
    onDecide?.()
  }
}

/** Accept all and Reject all: the same two choices in the banner and in the dialog. */
export function AcceptReject(props: {
  consent: Consent
  texts: UITexts
  decide: ReturnType<typeof decider>
}) {
  const { consent, texts, decide } = props
  return (
    <>
      <Choice
        choice="accept-all"
        label={texts.acceptAll}
        onClick={decide(() => consent.acceptAll())}
      />
      <Choice
        choice="reject-all"
        label={texts.rejectAll}
        onClick={decide(() => consent.rejectAll())}
      />
    </>
  )
}

const preventCancel = (event: Event) => event.preventDefault()

/** What the banner and the preferences dialog have in common. */
export interface LayerProps {
  /** Prefix of the title and paragraph ids: `b` gives `bt` and `bd`, `p` gives `pt` and `pd`. */
  id: string
  /**
   * The layer's stable class, `consentry-banner` or `consentry-preferences`: what privacy
   * tools and cookie scanners find it by (the short classes are the stylesheet's own).
   */
  name: 'banner' | 'preferences'
  /** Layout classes after `l`: `bar`, `box`, `modal`, or `p` for the dialog. */
  className: string
  /** A modal dialog (the page behind is inert) instead of a region. */
  modal: boolean
  title: ComponentChildren
  /** The paragraph's content, before the policy link. */
  body: ComponentChildren
  /** Validated as http(s) or relative by the config check. */
  policyUrl?: string
  policyLabel: string
  /** Replaces the paragraph (body and policy link) with the site's own content. */
  description?: ComponentChildren
  /** Before the title (the dialog's close button). */
  top?: ComponentChildren
  /** Between the paragraph and the choices (the dialog's switches). */
  list?: ComponentChildren
  /** The row of equal choices. */
  children: ComponentChildren
}

/**
 * A region, or a modal dialog, labelled by its title and described by its paragraph,
 * which ends with a link to the privacy policy when there is one; then the row of choices.
 * A modal layer takes focus when it appears, so the screen reader starts at its title.
 */
export function Layer(props: LayerProps) {
  const { id, modal } = props
  const layer = useRef<HTMLDialogElement>(null)
  useLayoutEffect(() => {
    const el = layer.current
    if (!modal || !el) return
    // The top layer: above whatever z-index the site uses, the page inert, as a modal for
    // assistive technology. Browsers without <dialog> (Safari before 15.4) get the same
    // layer positioned by the stylesheet, made modal by the page's inert attributes.
    if (typeof el.showModal === 'function' && !el.open) el.showModal()
    el.focus()
  }, [modal])
  const policy = props.policyUrl ? <a href={props.policyUrl}>{props.policyLabel}</a> : null
  const content = (
    <>
      {props.top}
      <h2 id={id + 't'}>{props.title}</h2>
      {props.description ? (
        <div id={id + 'd'}>{props.description}</div>
      ) : (
        <p id={id + 'd'}>
          {props.body} {policy}
        </p>
      )}
      {props.list}
      <div class="bs">{props.children}</div>
    </>
  )
  const labels = {
    class: 'l ' + props.className + ' consentry-' + props.name,
    'aria-labelledby': id + 't',
    'aria-describedby': id + 'd',
  }
  if (!modal)
    return (
      <div role="region" {...labels}>
        {content}
      </div>
    )
  // Escape is the UI's to handle (back to the banner, or closed without deciding).
  return (
    <dialog ref={layer} role="dialog" aria-modal tabIndex={-1} onCancel={preventCancel} {...labels}>
      {content}
    </dialog>
  )
}
