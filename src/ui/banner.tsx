/** @jsxImportSource . */
import type { Consent } from '../core/consent'
import type { Texts } from '../core/types'

/** What every layer gets from the root. */
export interface LayerProps {
  consent: Consent<any>
  t: Texts
  /** Runs a deciding action and announces it. */
  act: (action: () => void) => void
  /** Closes without deciding (Escape, the close button). */
  close: () => void
  /** Page behind is inert; the layer is a modal dialog. */
  modal?: boolean
}

/** A link to the privacy policy, when the config has one (validated as http(s) or relative). */
export const Policy = ({ consent, t }: LayerProps) =>
  consent.config.policyUrl ? <a href={consent.config.policyUrl}>{t.policy}</a> : null

/**
 * The first layer: title, one paragraph, the policy link and three equal choices.
 * Under the `notice` model nothing waits for a yes, so one OK acknowledges (recorded as
 * accept-all) and Manage preferences still lets the visitor switch things off.
 */
export function Banner(props: LayerProps) {
  const { consent, t, act, modal } = props
  return (
    <div
      class={'l ' + ((consent.config.ui || {}).layout || 'bar')}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby="bt"
      aria-describedby="bd"
      tabindex={modal ? -1 : undefined}
    >
      <h2 id="bt">{t.title}</h2>
      <p id="bd">
        {t.body} <Policy {...props} />
      </p>
      <div class="bs">
        {consent.$decision.get().model == 'notice' ? (
          <button onClick={() => act(consent.acceptAll)}>{t.ok}</button>
        ) : (
          [
            <button onClick={() => act(consent.acceptAll)}>{t.acceptAll}</button>,
            <button onClick={() => act(consent.rejectAll)}>{t.rejectAll}</button>,
          ]
        )}
        <button class="m" onClick={consent.showPreferences}>
          {t.manage}
        </button>
      </div>
    </div>
  )
}
