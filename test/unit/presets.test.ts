import { describe, expect, it } from 'vitest'
import { inUse, signalsApply } from '../../src/core/category'
import { ConsentConfigError, validateConfig } from '../../src/core/config'
import { createConsent } from '../../src/core/consent'
import { decide } from '../../src/core/decide'
import type { ConsentConfig, ConsentRecord } from '../../src/core/types'
import { EUROPE, extend, livechat, messageandchat, presets } from '../../src/presets'

const NOW = Date.UTC(2026, 10, 23)
const off = { dnt: false, gpc: false }
const dnt = { dnt: true, gpc: false }
const gpc = { dnt: false, gpc: true }
const ids = Object.keys(presets) as (keyof typeof presets)[]
const optional = (config: ConsentConfig) =>
  Object.keys(config.categories).filter(c => !config.categories[c].required)
const signalled = (config: ConsentConfig) =>
  optional(config).filter(c => signalsApply(config.categories[c]))

/** What a visitor who clicked Accept all under the current revision has stored. */
const acceptedAll = (config: ConsentConfig): ConsentRecord => ({
  id: 'abcdefgh12345678',
  time: NOW - 864e5,
  revision: config.revision || 0,
  method: 'accept-all',
  categories: Object.fromEntries(Object.keys(config.categories).map(c => [c, true])),
  services: {},
})

describe('presets', () => {
  it('has the five seed ids', () => {
    expect(ids).toEqual([
      'clickandchat',
      'clientexec',
      'chat4support',
      'livechat',
      'messageandchat',
    ])
  })

  it.each(ids)('%s is a valid config, also after a JSON round trip', id => {
    expect(() => validateConfig(presets[id])).not.toThrow()
    // data-preset and page JSON carry presets as plain data: no RegExp, no functions.
    const copy = JSON.parse(JSON.stringify(presets[id]))
    expect(copy).toEqual(presets[id])
    expect(() => validateConfig(copy)).not.toThrow()
  })

  it.each(ids)('%s describes every category and service', id => {
    const config: ConsentConfig = presets[id]
    const missing: string[] = []
    for (const [name, category] of Object.entries(config.categories)) {
      if (!category.description?.trim()) missing.push(name)
      for (const [serviceName, service] of Object.entries(category.services || {}))
        if (!service.description?.trim()) missing.push(name + '.' + serviceName)
    }
    expect(missing).toEqual([])
  })

  it.each(ids)('%s uses only the keys that say what they mean, not the deprecated tracking', id => {
    const config: ConsentConfig = presets[id]
    for (const [name, category] of Object.entries(config.categories))
      expect([name, 'tracking' in category]).toEqual([name, false])
  })

  it.each(ids)('%s takes its revision from the policy date and links to its policy page', id => {
    const revisions = {
      clickandchat: 20160902,
      clientexec: 20140405,
      chat4support: 20060801,
      livechat: 20130628,
      messageandchat: 1,
    }
    expect(presets[id].revision).toBe(revisions[id])
    expect(presets[id].policyUrl).toBe(`/${id}/privacy`)
  })

  it.each(ids)(
    '%s asks every EU, EEA and UK visitor to opt in before anything optional runs',
    id => {
      expect(EUROPE).toHaveLength(31)
      for (const region of [...EUROPE, 'GB-SCT', 'de']) {
        const d = decide(presets[id], null, off, region, NOW)
        expect([region, d.model, d.ask]).toEqual([region, 'opt-in', true])
        for (const c of optional(presets[id]))
          expect([region, c, d.categories[c]]).toEqual([region, c, false])
      }
    },
  )

  it.each([
    ['clickandchat', 'notice'],
    ['clientexec', 'opt-out'],
    ['chat4support', 'opt-out'],
    ['livechat', 'opt-out'],
    ['messageandchat', 'opt-in'],
  ] as const)('%s follows its own style (%s) outside Europe', (id, model) => {
    for (const region of ['US', 'US-CA', 'CA', 'CH']) {
      const d = decide(presets[id], null, off, region, NOW)
      expect(d.model).toBe(model)
      expect(d.ask).toBe(true)
      for (const c of optional(presets[id])) expect(d.categories[c]).toBe(model !== 'opt-in')
    }
  })

  it.each(ids)('%s asks a visitor whose region is unknown to opt in first', id => {
    for (const region of [undefined, '']) {
      const d = decide(presets[id], null, off, region, NOW)
      expect(d.model).toBe('opt-in')
      expect(d.ask).toBe(true)
      for (const c of optional(presets[id])) expect([c, d.categories[c]]).toEqual([c, false])
    }
  })

  it.each(['clickandchat', 'clientexec', 'chat4support', 'livechat'] as const)(
    '%s ignores DNT (the policy makes no promise) and treats GPC as an opt-out the visitor may undo',
    id => {
      const config: ConsentConfig = presets[id]
      const d = decide(config, null, dnt, 'US', NOW)
      expect(d.ask).toBe(true)
      expect(d.locked).toEqual({})
      const g = decide(config, null, gpc, 'US', NOW)
      expect(g.ask).toBe(false)
      expect(g.locked).toEqual({})
      for (const c of optional(config))
        expect([c, g.categories[c]]).toEqual([c, !signalsApply(config.categories[c])])
      // An explicit Accept all under GPC is kept: default-deny, not enforce.
      for (const c of optional(config))
        expect(decide(config, acceptedAll(config), gpc, 'US', NOW).categories[c]).toBe(true)
    },
  )
})

describe('messageandchat', () => {
  it('locks every optional category in use under DNT, whatever was stored, and does not ask', () => {
    for (const record of [null, acceptedAll(messageandchat)]) {
      const d = decide(messageandchat, record, dnt, 'NL', NOW)
      expect(d.ask).toBe(false)
      // marketing has nothing in use: off for that reason, not locked by the signal.
      expect(d.locked).toEqual({ preferences: 'dnt' })
      expect(d.categories).toEqual({ necessary: true, preferences: false, marketing: false })
      expect(d.services).toEqual({ adsense: false })
    }
    expect(signalled(messageandchat)).toEqual(optional(messageandchat))
  })

  it('treats GPC like DNT', () => {
    const d = decide(messageandchat, acceptedAll(messageandchat), gpc, 'US', NOW)
    expect([d.ask, d.locked]).toEqual([false, { preferences: 'gpc' }])
  })

  it('applies the signals to Convenience without calling it tracking; Advertising is not in use', () => {
    const { preferences, marketing } = messageandchat.categories
    expect([signalsApply(preferences), 'usedForTracking' in preferences]).toEqual([true, false])
    expect(inUse(marketing)).toBe(false)
    // Accept all grants Convenience and records Advertising as denied.
    const d = decide(messageandchat, acceptedAll(messageandchat), off, 'NL', NOW)
    expect(d.categories).toEqual({ necessary: true, preferences: true, marketing: false })
  })

  it('writes no consent cookie while DNT is on, even after Accept all', () => {
    const nav = Object.getOwnPropertyDescriptor(Navigator.prototype, 'doNotTrack')
    Object.defineProperty(Navigator.prototype, 'doNotTrack', { configurable: true, get: () => '1' })
    try {
      document.cookie
        .split(/; */)
        .forEach(c => (document.cookie = c.split('=')[0] + '=; max-age=0; path=/'))
      const consent = createConsent(messageandchat)
      expect(consent.signals.dnt).toBe(true)
      consent.acceptAll()
      expect(consent.get()).toEqual({ necessary: true, preferences: false, marketing: false })
      expect(document.cookie).toBe('')
    } finally {
      if (nav) Object.defineProperty(Navigator.prototype, 'doNotTrack', nav)
      else delete (Navigator.prototype as any).doNotTrack
    }
  })

  it('never runs AdSense: present but not in use, even after Accept all', () => {
    expect(
      decide(messageandchat, acceptedAll(messageandchat), off, 'US', NOW).services.adsense,
    ).toBe(false)
    const record = { ...acceptedAll(messageandchat), services: { adsense: true } }
    expect(decide(messageandchat, record, off, 'US', NOW).services.adsense).toBe(false)
  })

  it('refuses a third-party behavioural tracker added to it', () => {
    const tracker = extend(messageandchat, {
      categories: {
        marketing: { services: { pixel: { thirdParty: true, hosts: ['tracker.example'] } } },
      },
    })
    expect(() => validateConfig(tracker)).toThrow(ConsentConfigError)
    expect(() => validateConfig(tracker)).toThrow(
      'categories.marketing.services.pixel: third-party tracking is refused',
    )
    // Turning AdSense on is refused the same way.
    const adsense = extend(messageandchat, {
      categories: { marketing: { services: { adsense: { disabled: false } } } },
    })
    expect(() => validateConfig(adsense)).toThrow(
      'categories.marketing.services.adsense: third-party tracking is refused',
    )
  })
})

describe('livechat', () => {
  it('an EU visitor opts in: nothing optional before a choice', () => {
    const d = decide(livechat, null, off, 'DE', NOW)
    expect(d.model).toBe('opt-in')
    expect(d.categories).toEqual({ necessary: true, analytics: false, social: false, chat: false })
    expect(Object.values(d.services).every(s => !s)).toBe(true)
  })

  it('a US visitor may opt out: everything optional runs until refused', () => {
    const d = decide(livechat, null, off, 'US', NOW)
    expect(d.categories).toEqual({ necessary: true, analytics: true, social: true, chat: true })
  })

  it('declares the hosts of every social plugin, so inserted tags are blocked too', () => {
    const social = livechat.categories.social.services
    expect(social.facebook.hosts).toEqual(['facebook.net', 'facebook.com'])
    expect(social.sharethis.hosts).toEqual(['sharethis.com'])
    expect(social.twitter.hosts).toEqual(['twitter.com'])
    for (const s of Object.values(social)) expect(s.thirdParty).toBe(true)
  })

  it('types category and service names from the preset', () => {
    const consent = createConsent(extend(livechat, { region: 'DE' }))
    expect(consent.get('analytics')).toBe(false)
    expect(consent.get('facebook')).toBe(false)
    // @ts-expect-error: not a livechat category
    consent.get('marketing')
    const again = createConsent(presets.messageandchat)
    // @ts-expect-error: not a messageandchat category
    again.set({ social: true })
  })
})

describe('extend', () => {
  it('merges categories and services by name and replaces arrays, leaving the preset as it was', () => {
    const before = JSON.stringify(livechat)
    const config = extend(livechat, {
      policyUrl: '/privacy',
      categories: {
        social: {
          services: {
            twitter: { hosts: ['twitter.com', 'x.com'] },
            youtube: { hosts: ['youtube.com'] },
          },
        },
        video: { label: 'Video' },
      },
      texts: { title: 'Cookies' },
    })
    expect(JSON.stringify(livechat)).toBe(before)
    expect(config.policyUrl).toBe('/privacy')
    expect(config.categories.social.services.twitter).toEqual({
      label: 'Twitter',
      description: "Shows customers' posts about us.",
      hosts: ['twitter.com', 'x.com'],
      thirdParty: true,
    })
    expect(Object.keys(config.categories.social.services)).toEqual([
      'facebook',
      'sharethis',
      'twitter',
      'youtube',
    ])
    expect(Object.keys(config.categories)).toEqual([
      'necessary',
      'analytics',
      'social',
      'chat',
      'video',
    ])
    expect(config.texts).toEqual({ body: livechat.texts.body, title: 'Cookies' })
    expect(config.model).toEqual(livechat.model)
    expect(() => validateConfig(config)).not.toThrow()
  })

  it('ignores a __proto__ key from page JSON', () => {
    const config = extend(
      livechat,
      JSON.parse('{"__proto__": {"polluted": true}, "categories": {"__proto__": {"x": 1}}}'),
    )
    expect('polluted' in config).toBe(false)
    expect(Object.getPrototypeOf(config.categories)).toBe(Object.prototype)
    expect(() => validateConfig(config)).not.toThrow()
  })
})
