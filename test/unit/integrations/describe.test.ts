import { describe, expect, it, vi } from 'vitest'
import type { ConsentConfig } from '../../../src/core/types'
import { describePolicy } from '../../../src/integrations/describe'
import { livechat, messageandchat } from '../../../src/presets'

const config = {
  policyUrl: '/privacy',
  categories: {
    necessary: {
      required: true,
      label: 'Necessary',
      cookieInfo: [{ name: 'session', purpose: 'Keeps you signed in' }],
    },
    analytics: {
      tracking: true,
      label: 'Analytics',
      description: 'Tells us which pages are read.',
      services: {
        ga: {
          label: 'Google Analytics',
          thirdParty: true,
          hosts: ['www.googletagmanager.com'],
          cookies: [/^_ga/, '_gid'],
        },
        plausible: { label: 'Plausible' },
      },
    },
    marketing: {
      tracking: true,
      label: 'Marketing',
      services: {
        pixel: { label: 'Meta Pixel', thirdParty: true },
        old: { label: 'Old network', thirdParty: true, disabled: true },
      },
    },
  },
  signals: { dnt: 'enforce', gpc: 'default-deny' },
  model: { default: 'opt-in', regions: { US: 'opt-out', 'US-CA': 'opt-out' } },
  lifetime: { consent: 365 },
} satisfies ConsentConfig

const text = (d: ReturnType<typeof describePolicy>, id: string) =>
  d.paragraphs.find(p => p.id === id)!.text

describe('describePolicy', () => {
  it('returns the facts: model, signals, consent cookie, categories, services, cookies', () => {
    const d = describePolicy(config)
    expect(d.model).toEqual({ default: 'opt-in', regions: { US: 'opt-out', 'US-CA': 'opt-out' } })
    expect(d.signals).toEqual({ dnt: 'enforce', gpc: 'default-deny', cookieless: false })
    expect(d.consentCookie).toEqual({ name: 'consentry', consentDays: 365, refusalDays: 182 })
    expect(d.categories.map(c => [c.name, c.required, c.tracking])).toEqual([
      ['necessary', true, false],
      ['analytics', false, true],
      ['marketing', false, true],
    ])
    expect(d.categories[0].cookies).toEqual(['session'])
    expect(d.categories[1].services[0]).toEqual({
      name: 'ga',
      label: 'Google Analytics',
      description: '',
      category: 'analytics',
      thirdParty: true,
      hosts: ['www.googletagmanager.com'],
      cookies: ['/^_ga/', '_gid'],
      disabled: false,
    })
    expect(d.consentMode).toBeNull()
  })

  it('says how the site responds to Do Not Track and Global Privacy Control (CalOPPA)', () => {
    const d = describePolicy(config)
    expect(text(d, 'dnt')).toBe(
      'When your browser sends a Do Not Track signal, Analytics and Marketing stay off, and cannot be switched on, for as long as the signal is on.',
    )
    expect(text(d, 'gpc')).toBe(
      'When your browser sends a Global Privacy Control signal, this site treats it as your refusal of Analytics and Marketing: they stay off unless you switch them on yourself.',
    )
    const ignoring = describePolicy({ ...config, signals: {} })
    expect(text(ignoring, 'dnt')).toMatch(
      /^This site does not change what it does when your browser sends a Do Not Track signal/,
    )
    const cookieless = describePolicy({ ...config, signals: { dnt: 'enforce', cookieless: true } })
    expect(text(cookieless, 'dnt')).toMatch(/stores no consent cookie at all\.$/)
  })

  it('lists the third parties that may collect data over time and across sites, leaving out those not in use', () => {
    const d = describePolicy(config)
    expect(d.thirdParties.map(s => s.name)).toEqual(['ga', 'pixel'])
    expect(text(d, 'third-parties')).toBe(
      'These third parties may collect information about your online activities over time and across different websites when you use this site: ' +
        'Google Analytics (Analytics, www.googletagmanager.com) and Meta Pixel (Marketing). Each runs only while its category is on.',
    )
    const none = describePolicy({ categories: { necessary: { required: true } } })
    expect(text(none, 'third-parties')).toMatch(
      /^No service on this site is listed as a third party/,
    )
  })

  it('describes the choices per region, and how long a choice is kept', () => {
    expect(text(describePolicy(config), 'choices')).toBe(
      'Only what the site needs to work runs before you choose; Analytics and Marketing stay off until you switch them on. ' +
        'For visitors in United States and United States (US-CA): optional categories (Analytics and Marketing) are on unless you switch them off, or your browser sends a privacy signal this site honours (see below). ' +
        'You can change or withdraw your choice at any time in the cookie settings. Your choice is kept in a first-party cookie named "consentry" for 365 days ' +
        '(a refusal for 182 days), then you are asked again; it holds a random identifier and your choices, nothing that identifies you.',
    )
  })

  it('has one paragraph per category with its services and cookies', () => {
    const d = describePolicy(config)
    expect(text(d, 'category-necessary')).toBe('Always on. Cookies: session.')
    expect(text(d, 'category-analytics')).toBe(
      'Optional; used for tracking. Tells us which pages are read. Services: Google Analytics (cookies: /^_ga/, _gid) and Plausible.',
    )
    expect(text(d, 'category-marketing')).toBe(
      'Optional; used for tracking. Services: Meta Pixel and Old network (not in use).',
    )
  })

  it("discloses Consent Mode's advanced mode, where Google tags load before the choice", () => {
    const d = describePolicy({ ...config, consentMode: { mode: 'advanced' } })
    expect(d.consentMode).toBe('advanced')
    expect(text(d, 'consent-mode')).toMatch(/^Google's tags load before you choose/)
    expect(
      describePolicy({ ...config, consentMode: true }).paragraphs.some(
        p => p.id === 'consent-mode',
      ),
    ).toBe(false)
  })

  it('joins every paragraph into one text', () => {
    const d = describePolicy(config)
    expect(d.text.split('\n\n')).toHaveLength(d.paragraphs.length)
    expect(d.text.startsWith('Your choices\nOnly what the site needs')).toBe(true)
  })

  it('says "used for tracking" only of what tracks, while the signals apply where the config says', () => {
    const d = describePolicy({
      categories: {
        necessary: { required: true },
        settings: { label: 'Settings', signalsApply: true },
        stats: { label: 'Stats', usedForTracking: true },
        legacy: { label: 'Legacy', tracking: true },
        quiet: { label: 'Quiet', usedForTracking: true, signalsApply: false },
      },
      signals: { dnt: 'enforce' },
    })
    expect(d.categories.map(c => [c.name, c.signalsApply, c.usedForTracking, c.tracking])).toEqual([
      ['necessary', false, false, false],
      ['settings', true, false, false],
      ['stats', true, true, true],
      ['legacy', true, true, true],
      ['quiet', false, true, true],
    ])
    expect(text(d, 'category-settings')).toBe('Optional.')
    expect(text(d, 'category-stats')).toBe('Optional; used for tracking.')
    expect(text(d, 'category-legacy')).toBe('Optional; used for tracking.')
    expect(text(d, 'dnt')).toBe(
      'When your browser sends a Do Not Track signal, Settings, Stats and Legacy stay off, and cannot be switched on, for as long as the signal is on.',
    )
    const untouched = describePolicy({ categories: { settings: {} }, signals: { dnt: 'enforce' } })
    expect(text(untouched, 'dnt')).toBe(
      'When your browser sends a Do Not Track signal, nothing changes: no optional category on this site is affected by it.',
    )
  })

  it("tells Message and chat's visitors that nothing tracks them and that Advertising is not in use", () => {
    const d = describePolicy(messageandchat)
    expect(text(d, 'category-preferences')).toBe('Optional. Saves your settings. Cookies: prefs.')
    expect(text(d, 'category-marketing')).toMatch(/^Not in use\. /)
    expect(d.text).not.toMatch(/used for tracking/)
    expect(d.categories.find(c => c.name === 'marketing')!.inUse).toBe(false)
    expect(text(d, 'dnt')).toBe(
      'When your browser sends a Do Not Track signal, Convenience stays off, and cannot be switched on, for as long as the signal is on. While the signal is on, this site stores no consent cookie at all.',
    )
    expect(text(d, 'choices')).toMatch(
      /^Only what the site needs to work runs before you choose; Convenience stays off until you switch it on\./,
    )
  })

  it('names countries, not ISO codes, in the choices', () => {
    const choices = text(describePolicy(livechat), 'choices')
    expect(choices).toContain(
      'For visitors in Austria, Belgium, Bulgaria, Croatia, Cyprus, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, Hungary, Iceland, Ireland, Italy, Latvia, Liechtenstein, Lithuania, Luxembourg, Malta, Netherlands, Norway, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden and United Kingdom: only what the site needs',
    )
    expect(choices).not.toMatch(/\b(AT|DE|GB)\b/)
  })

  it('keeps the codes where the platform has no Intl.DisplayNames', async () => {
    vi.resetModules()
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: undefined })
    try {
      const fresh = await import('../../../src/integrations/describe')
      const d = fresh.describePolicy({
        categories: { stats: {} },
        model: { default: 'opt-in', regions: { US: 'opt-out', 'US-CA': 'opt-out' } },
      })
      expect(text(d, 'choices')).toContain('For visitors in US and US-CA: optional')
    } finally {
      vi.unstubAllGlobals()
      vi.resetModules()
    }
  })
})
