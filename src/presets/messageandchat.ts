import type { ConsentConfig } from '../core/types'

/**
 * Modeled on Message and chat's policy (Leiden, NL; undated): no tracking cookies, no
 * third-party behavioural tracking, and under Do Not Track no tracking, no cookies and
 * no ads. A Dutch site answers to the Dutch cookie rules for every visitor: opt-in
 * everywhere. Google AdSense is listed as not in use.
 */
export const messageandchat = {
  revision: 1,
  policyUrl: '/messageandchat/privacy',
  model: 'opt-in',
  // GPC asks what DNT asks; the policy's promise covers both.
  signals: { dnt: 'enforce', gpc: 'enforce', cookieless: true },
  thirdPartyTracking: false,
  categories: {
    necessary: {
      required: true,
      label: 'Essential',
      description: 'Sign-in and chat.',
    },
    // Not tracking, but the policy sets no cookie at all under DNT: the signals apply.
    preferences: {
      signalsApply: true,
      label: 'Convenience',
      description: 'Saves your settings.',
      cookies: ['prefs'],
    },
    // Nothing in use (AdSense is off): never granted, shown as not in use.
    marketing: {
      usedForTracking: true,
      label: 'Advertising',
      description: 'None today; AdSense may come, off until you agree.',
      services: {
        adsense: {
          label: 'Google AdSense',
          description: "Google's ads. Not switched on; if it ever is, only with your consent.",
          disabled: true,
          thirdParty: true,
          hosts: ['googlesyndication.com', 'doubleclick.net'],
          cookies: ['__gads', '__gpi', '__eoi'],
        },
      },
    },
  },
  texts: {
    body: 'No tracking, no ads. Optional cookies only save your settings; with Do Not Track, we set none.',
  },
} satisfies ConsentConfig
