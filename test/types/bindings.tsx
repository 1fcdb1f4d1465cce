/** @jsxImportSource react */
// Compile-only: `tsc` fails if a line marked @ts-expect-error stops being an error.
import * as preact from '../../src/bindings/preact'
import * as react from '../../src/bindings/react'
import * as vue from '../../src/bindings/vue'
import { createConsent } from '../../src/index'

const consent = createConsent({
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: {} } },
    marketing: { services: { youtube: {} } },
  },
})

export function ReactUse() {
  const state: { necessary: boolean; analytics: boolean; marketing: boolean } =
    react.useConsent(consent)
  const one: boolean = react.useConsent(consent, 'analytics')
  const service: boolean = react.useConsent(consent, 'youtube')
  // @ts-expect-error unknown category
  react.useConsent(consent, 'nope')
  // @ts-expect-error state has no such key
  void react.useConsent(consent).social
  const typed = react.useConsentContext<typeof consent.config>()
  // @ts-expect-error unknown category through the context's config
  typed.get('social')
  return (
    <react.ConsentProvider consent={consent}>
      {String(state.analytics && one && service)}
      <react.ConsentGate consent={consent} name="youtube">
        <iframe />
      </react.ConsentGate>
      <react.ConsentGate
        consent={consent}
        name="ga"
        fallback={({ allow }) => <button onClick={allow} />}
      />
      {/* @ts-expect-error unknown service */}
      <react.ConsentGate consent={consent} name="vimeo" />
    </react.ConsentProvider>
  )
}

export function PreactUse() {
  const one: boolean = preact.useConsent(consent, 'marketing')
  // @ts-expect-error unknown category
  preact.useConsent(consent, 'nope')
  return one
}

export function vueUse() {
  const one: boolean = vue.useConsent(consent, 'analytics').value
  const state: boolean = vue.useConsent(consent).value.marketing
  // @ts-expect-error unknown category
  vue.useConsent(consent, 'nope')
  // @ts-expect-error refs are read-only
  vue.useConsent(consent, 'analytics').value = true
  return one && state
}
