import type { Receipt } from '../integrations/receipts'

/** A receipt as stored: what the browser sent, plus when the server received it. */
export type StoredReceipt = Receipt & { received: number }

/** Where the receiver keeps receipts. Bring your own database by implementing these two. */
export interface ReceiptStore {
  /** Stores a receipt; resolves false when one with the same `id` is already there (a retry). */
  add(receipt: StoredReceipt): Promise<boolean>
  /** Every receipt of one consent id, oldest decision first. */
  list(consentId: string): Promise<StoredReceipt[]>
}

/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
export function byDecisionTime(a: StoredReceipt, b: StoredReceipt): number {
  if (a.time !== b.time) return a.time - b.time
  return a.received - b.received
}

/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
export function memoryStore(): ReceiptStore {
  const byId = new Map<string, StoredReceipt>()
  return {
    add(receipt) {
      if (byId.has(receipt.id)) return Promise.resolve(false)
      byId.set(receipt.id, receipt)
      return Promise.resolve(true)
    },
    list(consentId) {
      const receipts = [...byId.values()].filter(receipt => receipt.consentId === consentId)
      return Promise.resolve(receipts.sort(byDecisionTime))
    },
  }
}
