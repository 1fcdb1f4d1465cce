// One controller for the whole app. `satisfies ConsentConfig` checks the config and keeps
// its literal types, so category and service names are checked everywhere.
import { createConsent, type ConsentConfig } from 'consentry'

export const config = {
  revision: 1,
  categories: {
    necessary: { required: true, label: 'Necessary' },
    analytics: { usedForTracking: true, label: 'Analytics' },
    media: {
      label: 'Embedded media',
      services: { video: { label: 'Intro video', thirdParty: true } },
    },
  },
  signals: { gpc: 'enforce' },
} satisfies ConsentConfig

export const consent = createConsent(config)
