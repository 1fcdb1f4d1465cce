// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decide } from '../../src/core/decide'
import { regionFromTimeZone } from '../../src/core/timezone'
import { optInEurope } from '../../src/presets/regions'

afterEach(() => vi.restoreAllMocks())

describe('regionFromTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'DE'],
    ['Europe/Busingen', 'DE'],
    ['Europe/Paris', 'FR'],
    ['Europe/London', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Europe/Kiev', 'UA'],
    ['Europe/Kyiv', 'UA'],
    ['Atlantic/Canary', 'ES'],
    ['Atlantic/Reykjavik', 'IS'],
    ['Asia/Nicosia', 'CY'],
    ['Europe/Zurich', 'CH'],
    ['America/Los_Angeles', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['US/Eastern', 'US'],
  ])('%s -> %s', (zone, country) => {
    expect(regionFromTimeZone(zone)).toBe(country)
  })

  it.each(['Etc/UTC', 'UTC', 'Asia/Tokyo', 'America/Toronto', 'Europe/Nowhere', ''])(
    'gives no hint for %j',
    zone => {
      expect(regionFromTimeZone(zone)).toBe('')
    },
  )

  it('reads the device’s zone by default', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      timeZone: 'Europe/Warsaw',
    } as Intl.ResolvedDateTimeFormatOptions)
    expect(regionFromTimeZone()).toBe('PL')
  })

  it('gives no hint when Intl fails', () => {
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new RangeError('no time zones here')
    })
    expect(regionFromTimeZone()).toBe('')
  })

  it('every European hint a preset opts in is a code its regions know', () => {
    const config = {
      categories: { necessary: { required: true }, analytics: { tracking: true } },
      model: { default: 'opt-out', regions: optInEurope },
    } as const
    const signals = { dnt: false, gpc: false }
    expect(decide(config, null, signals, regionFromTimeZone('Europe/Vienna'), 0).model).toBe(
      'opt-in',
    )
    expect(decide(config, null, signals, regionFromTimeZone('America/Chicago'), 0).model).toBe(
      'opt-out',
    )
  })
})
