import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { reloadOnGrant } from '../../../src/integrations/reload'
import { resetPage } from './helpers'

const config = {
  categories: {
    necessary: { required: true },
    preferences: { services: { theme: {} } },
    analytics: { tracking: true, services: { ga: { hosts: ['tracker.test'] } } },
  },
} as const

describe('reloadOnGrant', () => {
  beforeEach(resetPage)
  afterEach(resetPage)

  it('reloads once when a service with hosts is granted after the page loaded', () => {
    const reload = vi.fn()
    const consent = createConsent(config)
    reloadOnGrant(consent, { reload })
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('does not reload for a grant that needs no new host, nor for a withdrawal', () => {
    const reload = vi.fn()
    const consent = createConsent(config)
    reloadOnGrant(consent, { reload })
    consent.set({ preferences: true })
    consent.rejectAll()
    expect(reload).not.toHaveBeenCalled()
  })

  it('does not reload for what was already granted when the page loaded', () => {
    createConsent(config).acceptAll()
    const reload = vi.fn()
    const consent = createConsent(config)
    reloadOnGrant(consent, { reload })
    consent.set({ preferences: false })
    consent.acceptAll()
    expect(reload).not.toHaveBeenCalled()
  })

  it('stops listening when stopped', () => {
    const reload = vi.fn()
    const consent = createConsent(config)
    const stop = reloadOnGrant(consent, { reload })
    stop()
    consent.acceptAll()
    expect(reload).not.toHaveBeenCalled()
  })
})
