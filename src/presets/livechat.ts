import type { ConsentConfig } from '../core/types'
import { optInEurope } from './regions'

/**
 * Modeled on LiveChat's policy (Chapel Hill, NC; last edited 2013-06-28): identification
 * cookies, a tracking partner's web beacons, app analytics, social plugins and chat
 * add-ons; use implies acceptance, so opt-out outside Europe. Third-party cookies are
 * the vendors' own: the site can delete only those set on its domain.
 */
export const livechat = {
  revision: 20130628,
  policyUrl: '/livechat/privacy',
  model: { default: 'opt-out', regions: optInEurope },
  signals: { gpc: 'default-deny' },
  categories: {
    necessary: {
      required: true,
      label: 'Identification',
      description: 'Recognises you in your account.',
    },
    analytics: {
      tracking: true,
      label: 'Measurement',
      services: {
        beacons: {
          label: 'Tracking partner',
          description: 'Web beacons showing what content works.',
          thirdParty: true,
        },
        mobile: { label: 'App analytics', description: 'In our mobile app.' },
      },
    },
    social: {
      tracking: true,
      label: 'Social',
      description: 'Plugins that set their own cookies.',
      services: {
        facebook: {
          label: 'Facebook',
          description: 'Like, comments, sign-in.',
          hosts: ['facebook.net', 'facebook.com'],
          cookies: ['_fbp', 'fbsr_*', 'fbm_*'],
          thirdParty: true,
        },
        sharethis: {
          label: 'ShareThis',
          hosts: ['sharethis.com'],
          cookies: ['__stid', '__sharethis_cookie_test__'],
          thirdParty: true,
        },
        twitter: {
          label: 'Twitter',
          hosts: ['twitter.com'],
          thirdParty: true,
        },
      },
    },
    chat: {
      tracking: true,
      label: 'Chat add-ons',
      description: "Other firms' tools in our chat.",
      services: { addons: { label: 'Third-party add-ons', thirdParty: true } },
    },
  },
  texts: {
    body: 'Cookies recognise you. If you agree, a partner measures our pages and social plugins and chat add-ons load.',
  },
} satisfies ConsentConfig
