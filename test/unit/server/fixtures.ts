import type { Receipt } from '../../../src/integrations/receipts'
import type { StoredReceipt } from '../../../src/server'

export const DAY = 86_400_000
export const RECEIVER_URL = 'https://www.example.com/api/receipts'

let counter = 0
/** A valid receipt decided a day ago; every call a new receipt id under the same consent id unless told. */
export const receipt = (over: Partial<Receipt> = {}): Receipt => {
  counter++
  return {
    id: 'k3j9x0aak3j9x0aak3j9x0aa.lz1abc.' + counter.toString(36),
    consentId: 'k3j9x0aak3j9x0aak3j9x0aa',
    time: Date.now() - DAY + counter,
    revision: 2,
    policyUrl: 'https://www.example.com/privacy',
    categories: { necessary: true, analytics: false },
    services: { ga: false },
    method: 'reject-all',
    signals: { dnt: false, gpc: true },
    language: 'en',
    origin: 'https://www.example.com',
    path: '/pricing',
    ...over,
  }
}

/** A receipt as a store keeps it. */
export const stored = (over: Partial<Receipt> = {}, received = Date.now()): StoredReceipt => ({
  ...receipt(over),
  received,
})

/** A POST of a receipt (or any body) as the browser sends it. */
export const post = (body: string | object, headers: Record<string, string> = {}) =>
  new Request(RECEIVER_URL, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  })
