import Cookies from 'js-cookie'
import { act, cleanup as unrender, render, within } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { $langs, ConsentUI, mountUI, type ConsentUIProps, type UIOptions } from '../../../src/ui'

/** Three categories, services with cookie details, a third party, one disabled service. */
export const config = {
  revision: 1,
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, label: 'Necessary', description: 'Sign-in and security.' },
    analytics: {
      tracking: true,
      label: 'Analytics',
      description: 'Counts visits.',
      services: {
        ga: {
          label: 'Google Analytics',
          cookieInfo: [{ name: '_ga', purpose: 'Tells visitors apart', lifetime: '2 years' }],
        },
        hotjar: { description: 'Heatmaps.', thirdParty: true, cookies: ['_hj*', /^_hjSession/] },
      },
    },
    marketing: { tracking: true, services: { ads: { label: 'Ad network', disabled: true } } },
  },
  signals: { gpc: 'enforce' },
} as const satisfies ConsentConfig

/**
 * Renders the whole UI as a component in the page (no shadow root), as an app would, with
 * a user-event instance to drive it.
 */
export function renderUI<C extends ConsentConfig>(
  conf: C = config as unknown as C,
  props: Partial<ConsentUIProps> = {},
) {
  const consent = createConsent(conf)
  const user = userEvent.setup()
  const view = render(<ConsentUI consent={consent} {...props} />)
  return { consent, user, ...view }
}

const unmounts: (() => void)[] = []

/** Creates a controller and mounts the UI in its shadow root; `ui` queries inside it. */
export function setup<C extends ConsentConfig>(
  conf: C = config as unknown as C,
  options: UIOptions = {},
) {
  const consent = createConsent(conf)
  let unmount = () => {}
  change(() => {
    unmount = mountUI(consent, options)
  })
  unmounts.push(unmount)
  const host = () => document.getElementById('consentry-root')
  const root = () => host()!.shadowRoot!
  const ui = () => within(root() as unknown as HTMLElement)
  const user = userEvent.setup()
  return { consent, unmount: () => change(unmount), host, root, ui, user }
}

/**
 * Runs a store change (an API call) and lets the components render it. Preact's `act`
 * renders synchronously for a synchronous callback; the thenable it returns is not needed.
 */
export function change(fn: () => void): void {
  void act(fn)
}

/** Unmounts everything, clears cookies, the body, the page attributes and the languages. */
export function cleanup() {
  change(() => unmounts.splice(0).forEach(fn => fn()))
  // Without vitest globals, @testing-library/preact does not clean up by itself.
  unrender()
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  document.body.replaceChildren()
  document.documentElement.removeAttribute('lang')
  document.documentElement.removeAttribute('style')
  $langs.set({})
}

/** The page's other content: a link before the UI would get focus from. */
export function pageLink(text: string) {
  const link = document.createElement('a')
  link.href = '#' + text
  link.textContent = text
  document.body.append(link)
  return link
}
