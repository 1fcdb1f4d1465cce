import type { ConsentConfig } from '../core/types'
import { optInEurope } from './regions'

/**
 * Modeled on ClickAndChat's policy (Glendale, CA; archived 2016-09-02): first-party
 * cookies only, none shared; consent implied by use, so a notice outside Europe.
 */
export const clickandchat = {
  revision: 20160902,
  policyUrl: '/clickandchat/privacy',
  model: { default: 'notice', regions: optInEurope },
  signals: { gpc: 'default-deny' },
  categories: {
    necessary: {
      required: true,
      label: 'Account',
      description: 'Signs you in to your account.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Your settings, and pages fitted to your browser.',
      cookies: ['prefs'],
    },
    analytics: {
      usedForTracking: true,
      label: 'Statistics',
      description: 'Our own, shared with no one.',
      services: {
        paths: {
          label: 'Page paths',
          description: 'Visitor counts and the pages each visit takes.',
          cookies: ['_pv_*'],
        },
        recording: {
          label: 'Session recording',
          description: 'Replays visits to find faults.',
          cookies: ['_rec_*'],
          storage: ['rec_buffer'],
        },
        returning: {
          label: 'Return visits',
          description: 'Tells us when you come back.',
          cookies: ['_rv'],
        },
      },
    },
  },
  texts: {
    body: 'Cookies keep you signed in, save your settings and help us improve the site. We share nothing.',
  },
} satisfies ConsentConfig
