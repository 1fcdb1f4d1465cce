import { describe, expect, it } from 'vitest'
import { decide, modelFor } from '../../src/core/decide'
import type { ConsentConfig, ConsentRecord, Model, SignalMode } from '../../src/core/types'

const NOW = Date.UTC(2026, 10, 23)
const DAY = 864e5

const config = (
  model: Model | ConsentConfig['model'] = 'opt-in',
  dnt: SignalMode = 'ignore',
  gpc: SignalMode = 'ignore',
): ConsentConfig => ({
  revision: 2,
  model,
  signals: { dnt, gpc },
  categories: {
    necessary: { required: true },
    preferences: {},
    analytics: { tracking: true, services: { ga: {}, hotjar: {} } },
    // Nothing in use: never granted, whatever the model, the record or the signals say.
    ads: { tracking: true, services: { adsense: { disabled: true } } },
  },
})

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'abcdefgh12345678',
  time: NOW - 10 * DAY,
  revision: 2,
  method: 'custom',
  categories: { necessary: true, preferences: true, analytics: true, ads: false },
  services: { hotjar: false },
  ...over,
})

const off = { dnt: false, gpc: false }

describe('decide', () => {
  /** One case: the config's model and signal modes, what the browser sends, the stored
   * record, and what must apply (necessary is always granted) and whether to ask. */
  interface Case {
    model: Model
    dnt: SignalMode
    gpc: SignalMode
    signals: { dnt: boolean; gpc: boolean }
    record: ConsentRecord | null
    preferences: boolean
    analytics: boolean
    ads: boolean
    ask: boolean
  }
  const table: Case[] = [
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: null,
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: null,
      preferences: true,
      analytics: true,
      ads: false,
      ask: true,
    },
    {
      model: 'notice',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: null,
      preferences: true,
      analytics: true,
      ads: false,
      ask: true,
    },
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record(),
      preferences: true,
      analytics: true,
      ads: false,
      ask: false,
    },
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record(),
      preferences: true,
      analytics: true,
      ads: false,
      ask: false,
    },
    // DNT on but ignored: as if off
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: { dnt: true, gpc: true },
      record: null,
      preferences: true,
      analytics: true,
      ads: false,
      ask: true,
    },
    // default-deny: tracking starts denied, banner not forced
    {
      model: 'opt-out',
      dnt: 'default-deny',
      gpc: 'ignore',
      signals: { dnt: true, gpc: false },
      record: null,
      preferences: true,
      analytics: false,
      ads: false,
      ask: false,
    },
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'default-deny',
      signals: { dnt: false, gpc: true },
      record: null,
      preferences: true,
      analytics: false,
      ads: false,
      ask: false,
    },
    // default-deny: a visitor who opted in anyway keeps their choice
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'default-deny',
      signals: { dnt: false, gpc: true },
      record: record(),
      preferences: true,
      analytics: true,
      ads: false,
      ask: false,
    },
    // enforce: locked off whatever the record says
    {
      model: 'opt-in',
      dnt: 'enforce',
      gpc: 'ignore',
      signals: { dnt: true, gpc: false },
      record: record(),
      preferences: true,
      analytics: false,
      ads: false,
      ask: false,
    },
    {
      model: 'opt-out',
      dnt: 'ignore',
      gpc: 'enforce',
      signals: { dnt: false, gpc: true },
      record: null,
      preferences: true,
      analytics: false,
      ads: false,
      ask: false,
    },
    // enforce configured but the signal is off
    {
      model: 'opt-in',
      dnt: 'enforce',
      gpc: 'enforce',
      signals: off,
      record: null,
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
    // revision raised: ask again, fall back to the model
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({ revision: 1 }),
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
    // a record from a newer revision (this tab's config is stale): it applies
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({ revision: 3 }),
      preferences: true,
      analytics: true,
      ads: false,
      ask: false,
    },
    // expired grant (390 days) and expired refusal (182 days)
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({ time: NOW - 391 * DAY, categories: { analytics: true } }),
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({ time: NOW - 200 * DAY, categories: { analytics: true } }),
      preferences: false,
      analytics: true,
      ads: false,
      ask: false,
    },
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({
        time: NOW - 183 * DAY,
        categories: { preferences: false, analytics: true },
      }),
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
    // a record from the future (clock skew or forgery)
    {
      model: 'opt-in',
      dnt: 'ignore',
      gpc: 'ignore',
      signals: off,
      record: record({ time: NOW + 2 * DAY }),
      preferences: false,
      analytics: false,
      ads: false,
      ask: true,
    },
  ]
  it.each(table)(
    '$model dnt=$dnt gpc=$gpc signals=$signals record=$record',
    ({ model, dnt, gpc, signals, record, preferences, analytics, ads, ask }) => {
      const d = decide(config(model, dnt, gpc), record, signals, undefined, NOW)
      expect(d.categories).toEqual({ necessary: true, preferences, analytics, ads })
      expect(d.ask).toBe(ask)
    },
  )

  it('locks the categories the signals apply to under enforce, and names the signal', () => {
    const d = decide(
      config('opt-in', 'enforce', 'enforce'),
      null,
      { dnt: false, gpc: true },
      undefined,
      NOW,
    )
    // ads has nothing in use: it is off for that reason, not the signal's.
    expect(d.locked).toEqual({ analytics: 'gpc' })
  })

  it('applies the signals by signalsApply, else usedForTracking, else the deprecated tracking', () => {
    const categories = {
      settings: { signalsApply: true },
      stats: { usedForTracking: true },
      legacy: { tracking: true },
      quiet: { usedForTracking: true, signalsApply: false },
      plain: {},
    }
    const signalled = { categories, signals: { dnt: 'enforce' as const } }
    const d = decide(signalled, null, { dnt: true, gpc: false }, undefined, NOW)
    expect(d.locked).toEqual({ settings: 'dnt', stats: 'dnt', legacy: 'dnt' })
    const optOut = {
      ...signalled,
      model: 'opt-out' as const,
      signals: { dnt: 'default-deny' as const },
    }
    expect(decide(optOut, null, { dnt: true, gpc: false }, undefined, NOW).categories).toEqual({
      settings: false,
      stats: false,
      legacy: false,
      quiet: true,
      plain: true,
    })
  })

  it('never grants a category with nothing in use: not from a record, not under opt-out', () => {
    const forged = record({ categories: { ads: true }, services: { adsense: true } })
    for (const model of ['opt-in', 'opt-out', 'notice'] as const) {
      const d = decide(config(model), forged, off, undefined, NOW)
      expect([model, d.categories.ads, d.services.adsense]).toEqual([model, false, false])
    }
    const empty = { categories: { shelf: { services: {} } }, model: 'opt-out' as const }
    expect(decide(empty, null, off, undefined, NOW).categories.shelf).toBe(false)
    const noServices = { categories: { own: {} }, model: 'opt-out' as const }
    expect(decide(noServices, null, off, undefined, NOW).categories.own).toBe(true)
  })

  it('derives services from their category unless recorded, and never grants a disabled one', () => {
    const d = decide(
      config('opt-in'),
      record({ categories: { analytics: true, ads: true } }),
      off,
      undefined,
      NOW,
    )
    expect(d.services).toEqual({ ga: true, hotjar: false, adsense: false })
  })

  it('grants a single service of a denied category when the record says so', () => {
    const d = decide(
      config('opt-in'),
      record({ categories: { analytics: false }, services: { ga: true } }),
      off,
      undefined,
      NOW,
    )
    expect(d.services.ga).toBe(true)
    expect(d.services.hotjar).toBe(false)
  })

  it('picks the model by region: exact, then country, then default', () => {
    const m = {
      default: 'opt-in' as const,
      regions: { US: 'opt-out' as const, 'US-CA': 'notice' as const },
    }
    expect(modelFor(config(m), 'US-CA')).toBe('notice')
    expect(modelFor(config(m), 'us-ny')).toBe('opt-out')
    expect(modelFor(config(m), 'DE')).toBe('opt-in')
    expect(modelFor(config(m), undefined)).toBe('opt-in')
    const unknown = {
      default: 'opt-out' as const,
      unknown: 'opt-in' as const,
      regions: { DE: 'opt-in' as const },
    }
    expect(modelFor(config(unknown), undefined)).toBe('opt-in')
    expect(modelFor(config(unknown), 'US')).toBe('opt-out')
    const sayUnknownIsOptOut = { ...unknown, unknown: 'opt-out' as const }
    expect(modelFor(config(sayUnknownIsOptOut), undefined)).toBe('opt-out')
    expect(decide(config(m), null, off, 'US-TX', NOW).categories.analytics).toBe(true)
  })

  it('fails closed for a visitor whose region is unknown, unless model.unknown says otherwise', () => {
    const optOutOutsideEurope = { default: 'opt-out' as const, regions: { DE: 'opt-in' as const } }
    for (const region of [undefined, '']) {
      const d = decide(config(optOutOutsideEurope), null, off, region, NOW)
      expect(d.model).toBe('opt-in')
      expect(d.categories).toEqual({
        necessary: true,
        preferences: false,
        analytics: false,
        ads: false,
      })
    }
    expect(decide(config(optOutOutsideEurope), null, off, 'US', NOW).model).toBe('opt-out')
    // One model for every visitor is the site saying so explicitly.
    expect(decide(config('opt-out'), null, off, undefined, NOW).model).toBe('opt-out')
  })

  it('finds nothing inherited: records and names that Object.prototype has', () => {
    const forged = record({
      categories: JSON.parse('{"constructor": true, "toString": true}'),
      services: JSON.parse('{"valueOf": true}'),
    })
    const d = decide(config('opt-in'), forged, off, undefined, NOW)
    expect(d.categories).toEqual({
      necessary: true,
      preferences: false,
      analytics: false,
      ads: false,
    })
    for (const name of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])
      expect([name, name in d.categories, name in d.services]).toEqual([name, false, false])
  })

  it('honours configured lifetimes; a category with nothing in use is no refusal', () => {
    const c = { ...config(), lifetime: { consent: 30, refusal: 10 } }
    // Everything in use granted, ads stored as denied: a grant, kept 30 days.
    expect(decide(c, record({ time: NOW - 11 * DAY }), off, undefined, NOW).valid).toBe(true)
    expect(decide(c, record({ time: NOW - 31 * DAY }), off, undefined, NOW).valid).toBe(false)
    const refusal = (time: number) =>
      record({ time, categories: { necessary: true, preferences: false, analytics: true } })
    expect(decide(c, refusal(NOW - 11 * DAY), off, undefined, NOW).valid).toBe(false)
    expect(decide(c, refusal(NOW - 9 * DAY), off, undefined, NOW).valid).toBe(true)
  })
})
