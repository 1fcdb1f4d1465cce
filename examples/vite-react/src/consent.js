// One controller for the whole app. In TypeScript, write `} satisfies ConsentConfig`
// after the config: category and service names are then checked everywhere.
import { createConsent } from 'consentry'

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
}

export const consent = createConsent(config)
