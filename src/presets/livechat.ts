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
      usedForTracking: true,
      label: 'Measurement',
      description:
        'Shows us which content works: invisible images from a measurement partner, and usage reports from our mobile app.',
      services: {
        beacons: {
          label: 'Tracking partner',
          description: 'Web beacons showing what content works.',
          thirdParty: true,
        },
        mobile: {
          label: 'App analytics',
          description: 'How often our mobile app is used, what happens in it, and how it performs.',
        },
      },
    },
    social: {
      usedForTracking: true,
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
          description: 'Share buttons; ShareThis may set its own cookies.',
          hosts: ['sharethis.com'],
          cookies: ['__stid', '__sharethis_cookie_test__'],
          thirdParty: true,
        },
        twitter: {
          label: 'Twitter',
          description: "Shows customers' posts about us.",
          hosts: ['twitter.com'],
          thirdParty: true,
        },
      },
    },
    chat: {
      usedForTracking: true,
      label: 'Chat add-ons',
      description: "Other firms' tools in our chat.",
      services: {
        addons: {
          label: 'Third-party add-ons',
          description:
            "Tools from other companies that you connect to the chat; their makers' policies apply.",
          thirdParty: true,
        },
      },
    },
  },
  texts: {
    body: 'Cookies recognise you. If you agree, a partner measures our pages and social plugins and chat add-ons load.',
  },
} satisfies ConsentConfig
