import type { ConsentConfig } from '../core/types'
import { optInEurope } from './regions'

/**
 * Modeled on Clientexec's policy (effective 2014-04-05): sign-in, preference and a
 * little behavioural data in cookies; visitors refuse in their browser, so opt-out
 * outside Europe.
 */
export const clientexec = {
  revision: 20140405,
  policyUrl: '/clientexec/privacy',
  model: { default: 'opt-out', regions: optInEurope },
  signals: { gpc: 'default-deny' },
  categories: {
    necessary: {
      required: true,
      label: 'Sign-in',
      description: 'Signs you in and, if you ask, keeps you signed in.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remembers the settings you choose here.',
      cookies: ['prefs'],
    },
    analytics: {
      usedForTracking: true,
      label: 'Usage',
      description: 'A small amount of data on how you use the site.',
      services: {
        behavior: {
          label: 'Usage data',
          description: 'Which pages you open and what you do on them.',
          cookies: ['_pv_*'],
        },
      },
    },
  },
  texts: {
    body: 'Cookies sign you in and save your settings. May we also note how you use the site?',
  },
} satisfies ConsentConfig
