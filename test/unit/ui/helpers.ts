import Cookies from 'js-cookie'
import { within } from '@testing-library/preact'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { mountUI } from '../../../src/ui'

/** Three categories, services with cookie details, one disabled service. */
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
        hotjar: { description: 'Heatmaps.' },
      },
    },
    marketing: { tracking: true, services: { ads: { label: 'Ad network', disabled: true } } },
  },
  signals: { gpc: 'enforce' },
} as const satisfies ConsentConfig

const unmounts: (() => void)[] = []

/** Creates a controller and mounts the UI; `ui` queries inside the shadow root. */
export function setup<C extends ConsentConfig>(conf: C = config as unknown as C, options = {}) {
  const consent = createConsent(conf)
  const unmount = mountUI(consent, options)
  unmounts.push(unmount)
  const host = () => document.getElementById('consentry-root')
  const root = () => host()!.shadowRoot!
  const ui = () => within(root() as unknown as HTMLElement)
  return { consent, unmount, host, root, ui }
}

/** Unmounts everything, clears cookies, the body and the language registry state. */
export function cleanup() {
  unmounts.splice(0).forEach(fn => fn())
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  document.body.replaceChildren()
  document.documentElement.removeAttribute('lang')
  document.documentElement.removeAttribute('style')
}

/** Presses a key on the focused element inside our shadow root (or `target`). */
export function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  })
  target.dispatchEvent(event)
  return event
}
