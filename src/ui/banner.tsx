import type { ComponentChildren, Ref } from 'preact'
import { inUse } from '../core/category'
import type { Consent } from '../core/consent'
import type { ConsentConfig, Model } from '../core/types'
import { useStore, useTexts } from './hooks'
import { AcceptReject, Choice, decider, Layer } from './layer'
import { format, type UITexts } from './texts'

/** Props of `ConsentBanner`. */
export interface ConsentBannerProps {
  consent: Consent
  /** `bar` (default) and `box` leave the page usable; `modal` makes it inert until a choice. */
  layout?: 'bar' | 'box' | 'modal'
  /** Replaces the title's text. */
  title?: ComponentChildren
  /** Replaces the paragraph; the buttons, their actions and the focus handling stay. */
  children?: ComponentChildren
  /** Called after Accept all, Reject all or OK has recorded the choice. */
  onDecide?: () => void
  /** Receives the Manage preferences button, to give focus back to it. */
  manageRef?: Ref<HTMLButtonElement>
}

/** The first sentence per model: opt-in asks before, opt-out says what runs, notice informs. */
const BODY: { [model in Model]: 'body' | 'bodyOptOut' | 'bodyNotice' } = {
  'opt-in': 'body',
  'opt-out': 'bodyOptOut',
  notice: 'bodyNotice',
}

/**
 * What the first layer must say besides the choice: the optional purposes, and the third
 * parties among the services in use. Empty strings when the config has none.
 */
export function firstLayerDetails(config: ConsentConfig, texts: UITexts) {
  const purposes: string[] = []
  const partners: string[] = []
  for (const [name, category] of Object.entries(config.categories)) {
    const services = Object.entries(category.services || {}).filter(([, s]) => !s.disabled)
    if (!category.required && inUse(category)) purposes.push(category.label || name)
    for (const [serviceName, service] of services)
      if (service.thirdParty) partners.push(service.label || serviceName)
  }
  return {
    purposes: purposes.length ? format(texts.purposes, { list: purposes.join(', ') }) : '',
    partners: partners.length ? format(texts.partners, { list: partners.join(', ') }) : '',
  }
}

/**
 * The first layer: title, one paragraph (what the model means, the purposes, the third
 * parties, how to withdraw, the policy link) and three equal choices. Under the `notice`
 * model nothing waits for a yes, so one OK acknowledges (recorded as accept-all) and
 * Manage preferences still lets the visitor switch things off.
 * @example <ConsentBanner consent={consent} layout="box" />
 */
export function ConsentBanner(props: ConsentBannerProps) {
  const { consent, onDecide } = props
  const { texts } = useTexts(consent)
  const { model } = useStore(consent.$decision)
  const details = firstLayerDetails(consent.config, texts)
  const decide = decider(onDecide)
  const layout = props.layout || 'bar'
  const body = [texts[BODY[model]], details.purposes, details.partners].filter(Boolean).join(' ')
  return (
    <Layer
      id="b"
      name="banner"
      className={layout}
      modal={layout === 'modal'}
      title={props.title || texts.title}
      body={body}
      description={props.children}
      policyUrl={consent.config.policyUrl}
      policyLabel={texts.policy}
    >
      {model === 'notice' ? (
        <Choice choice="ok" label={texts.ok} onClick={decide(() => consent.acceptAll())} />
      ) : (
        <AcceptReject consent={consent} texts={texts} decide={decide} />
      )}
      <Choice
        choice="manage"
        label={texts.manage}
        onClick={() => consent.showPreferences()}
        buttonRef={props.manageRef}
      />
    </Layer>
  )
}
