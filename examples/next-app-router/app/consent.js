'use client'
// The browser's controller. On the server this module runs too (server rendering of
// client components) and finds no document: it reads no cookie and records nothing;
// what the server shows comes from `serverState` instead.
import { createConsent } from 'consentry'
import { config } from './consent-config'

export const consent = createConsent(config)
