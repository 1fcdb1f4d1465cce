/** @jsxRuntime classic */
/** @jsx h */
import type { Consent } from '../core/consent'
import type { Texts } from '../core/types'
import { h, type Child } from './jsx-runtime'

/** What every layer gets from the root. */
export interface LayerProps {
  consent: Consent<any>
  t: Texts
  /** A click handler that runs a deciding action and announces it. */
  act: (action: () => void) => () => void
  /** Closes without deciding (Escape, the close button). */
  close: () => void
  /** Page behind is inert; the layer is a modal dialog. */
  modal: boolean
}

/** One of the choices: all of the same size, weight and colour. */
export const button = (label: string, onClick: () => void, cls?: string) => (
  <button class={cls} onClick={onClick}>
    {label}
  </button>
)

/** Accept all and Reject all, in the banner and in the dialog. */
export const choices = ({ consent, t, act }: LayerProps) => [
  button(t.acceptAll, act(consent.acceptAll)),
  button(t.rejectAll, act(consent.rejectAll)),
]

/**
 * What both layers are: a region (or a modal dialog) labelled by its title and described
 * by its paragraph, which ends with a link to the privacy policy when the config has one
 * (validated as http(s) or relative); then the row of choices. `top` goes before the
 * title, `list` between the paragraph and the choices. Title and paragraph get the ids
 * `<id>t` and `<id>d`: `bt`, `bd` in the banner, `pt`, `pd` in the dialog.
 */
export const layer = (
  { consent, t, modal }: LayerProps,
  id: string,
  cls: string,
  title: string,
  body: string,
  buttons: Child,
  top?: Child,
  list?: Child,
  url = consent.config.policyUrl,
) => (
  <div
    class={'l ' + cls}
    aria-labelledby={id + 't'}
    aria-describedby={id + 'd'}
    {...(modal ? { role: 'dialog', 'aria-modal': 'true', tabindex: -1 } : { role: 'region' })}
  >
    {top}
    <h2 id={id + 't'}>{title}</h2>
    <p id={id + 'd'}>
      {body} {url ? <a href={url}>{t.policy}</a> : null}
    </p>
    {list}
    <div class="bs">{buttons}</div>
  </div>
)

/**
 * The first layer: title, one paragraph, the policy link and three equal choices.
 * Under the `notice` model nothing waits for a yes, so one OK acknowledges (recorded as
 * accept-all) and Manage preferences still lets the visitor switch things off.
 */
export const Banner = (props: LayerProps, layout: string, { consent, t, act } = props) =>
  layer(props, 'b', layout, t.title, t.body, [
    consent.$decision.get().model == 'notice'
      ? button(t.ok, act(consent.acceptAll))
      : choices(props),
    button(t.manage, consent.showPreferences, 'm'),
  ])
