import type { ConsentConfig } from '../core/types'
import { optInEurope } from './regions'

/**
 * Modeled on Chat4Support's policy (last updated 2006-08, archived 2008): cookies for
 * sign-in, browsing paths and spotting returning customers; visitors may decline,
 * so opt-out outside Europe.
 */
export const chat4support = {
  revision: 20060801,
  policyUrl: '/chat4support/privacy',
  model: { default: 'opt-out', regions: optInEurope },
  signals: { gpc: 'default-deny' },
  categories: {
    necessary: {
      required: true,
      label: 'Sign-in',
      description: 'Needed to sign in.',
    },
    preferences: {
      label: 'Features',
      description: 'Interactive features that need to remember you.',
      cookies: ['prefs'],
    },
    analytics: {
      usedForTracking: true,
      label: 'Statistics',
      description: 'How visitors move through the site.',
      services: {
        paths: {
          label: 'Browsing paths',
          description: 'Pages viewed, links clicked.',
          cookies: ['_pv_*'],
        },
        returning: {
          label: 'Return visits',
          description: 'Recognises returning customers.',
          cookies: ['_rv'],
        },
      },
    },
  },
  texts: {
    body: 'Signing in needs cookies. May we also note your path through the site and your return visits?',
  },
} satisfies ConsentConfig
