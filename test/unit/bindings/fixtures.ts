// Shared by the binding tests: one policy, and a clean cookie jar per test.
import Cookies from 'js-cookie'
import { vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'

export const config = {
  categories: {
    necessary: { required: true, label: 'Necessary' },
    analytics: { tracking: true, label: 'Analytics' },
    marketing: {
      label: 'Marketing',
      services: { youtube: { label: 'YouTube', hosts: ['www.youtube-nocookie.com'] } },
    },
  },
} as const

/** A controller with no cookie and no other tab: each test's consent is its own. */
export function freshConsent() {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  // Controllers from earlier tests would answer each other over the channel.
  vi.stubGlobal('BroadcastChannel', undefined)
  return createConsent(config)
}

// A <video> with a local URL: happy-dom loads nothing, and nothing could leave the machine.
export const embedSrc = '/media/intro.mp4'
