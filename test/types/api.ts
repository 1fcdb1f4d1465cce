// Compile-only: `tsc` fails if a line marked @ts-expect-error stops being an error.
import { createConsent, defineConfig, type ConsentConfig } from '../../src/index'

const consent = createConsent({
  categories: {
    necessary: { required: true },
    analytics: { tracking: true, services: { ga: { hosts: ['www.googletagmanager.com'] } } },
    marketing: { tracking: true },
  },
})

const state: { necessary: boolean; analytics: boolean; marketing: boolean } = consent.get()
const one: boolean = consent.get('analytics')
const service: boolean = consent.get('ga')
consent.set({ analytics: true })
consent.set({ marketing: false }, { ga: true })
void consent.whenGranted('marketing').then(() => {})
consent.subscribe(s => s.analytics)

// @ts-expect-error unknown category
consent.get('nope')
// @ts-expect-error unknown category
consent.set({ nope: true })
// @ts-expect-error unknown service
consent.set({}, { fb: true })
// @ts-expect-error unknown category
void consent.whenGranted('social')
// @ts-expect-error state has no such key
consent.subscribe(s => s.social)
// @ts-expect-error grants are booleans
consent.set({ analytics: 'yes' })
// @ts-expect-error a category config needs known keys
createConsent({ categories: { a: { trackng: true } } })
// The two meanings of the deprecated `tracking`, each its own boolean key.
createConsent({ categories: { a: { signalsApply: true }, b: { usedForTracking: true } } })
// @ts-expect-error signalsApply is a boolean
createConsent({ categories: { a: { signalsApply: 'dnt' } } })
// @ts-expect-error usedForTracking is a boolean
createConsent({ categories: { a: { usedForTracking: 1 } } })

// A config declared on its own keeps its literal types, with defineConfig or satisfies.
const defined = defineConfig({
  categories: { necessary: { required: true }, stats: { tracking: true } },
  signals: { gpc: 'enforce' },
  model: { default: 'opt-out', regions: { DE: 'opt-in' } },
})
const fromDefined = createConsent(defined)
const stats: boolean = fromDefined.get('stats')
// @ts-expect-error unknown category
fromDefined.get('analytics')
const satisfied = {
  categories: { necessary: { required: true }, chat: {} },
  signals: { dnt: 'default-deny' },
} satisfies ConsentConfig
const chat: boolean = createConsent(satisfied).get('chat')
const plain = { categories: { a: {} }, signals: { gpc: 'enforce' } }
// @ts-expect-error without defineConfig or satisfies, 'enforce' widens to string
createConsent(plain)
// @ts-expect-error a signal mode is one of three strings
defineConfig({ categories: { a: {} }, signals: { gpc: 'sometimes' } })

export { state, one, service, stats, chat }
