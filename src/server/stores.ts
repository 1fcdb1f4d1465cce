import type { Receipt } from '../integrations/receipts'

/** A receipt as stored: what the browser sent, plus when the server received it. */
export type StoredReceipt = Receipt & { received: number }

/** A time as ms since 1970 or a `Date`. */
export type TimeLike = number | Date

/** Options of `retain`: keep this many whole months before the current one (UTC). */
export interface RetainOptions {
  months: number
  /** The current time (default `Date.now()`). */
  now?: TimeLike
}

/** What `retain` removed: every receipt decided before `before` (ms since 1970, a month start). */
export interface RetainResult {
  before: number
}

/** Options of `export`: decision times from `from` (inclusive) to `to` (exclusive). */
export interface ExportRange {
  from?: TimeLike
  to?: TimeLike
}

/**
 * Where the receiver keeps receipts. Bring your own database by implementing `add` and
 * `history`; `retain` and `export` are for you, the receiver never calls them.
 */
export interface ReceiptStore {
  /** Stores a receipt; resolves false when one with the same `id` is already there (a retry). */
  add(receipt: StoredReceipt): Promise<boolean>
  /** Every receipt of one consent id, oldest decision first. */
  history(consentId: string): Promise<StoredReceipt[]>
  /** Deletes the receipts decided before the `months` whole months that precede this one. */
  retain?(options: RetainOptions): Promise<RetainResult>
  /** The receipts decided in a range, oldest first, as NDJSON: one receipt per line. */
  export?(range?: ExportRange): ReadableStream<Uint8Array>
}

/** A store of consentry 0.1, where `history` was called `list`; the receiver still takes one. */
export interface LegacyReceiptStore {
  add(receipt: StoredReceipt): Promise<boolean>
  list(consentId: string): Promise<StoredReceipt[]>
}

/** A store with every operation, as every store consentry ships is. */
export type FullReceiptStore = Required<ReceiptStore> & {
  /** @deprecated The 0.1 name of `history`. */
  list(consentId: string): Promise<StoredReceipt[]>
}

/** Adds the 0.1 name `list` to a store, so code written for 0.1 keeps working. */
export function withListAlias(store: Required<ReceiptStore>): FullReceiptStore {
  return { ...store, list: consentId => store.history(consentId) }
}

/** The history of a store of either generation. */
export function historyOf(
  store: ReceiptStore | LegacyReceiptStore,
  consentId: string,
): Promise<StoredReceipt[]> {
  if ('history' in store) return store.history(consentId)
  return store.list(consentId)
}

/**
 * The store could not do its job (database down, timeout, disk full). The receiver answers
 * 503 for it, so the browser keeps the receipt and sends it again later.
 */
export class ReceiptStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ReceiptStoreError'
  }
}

/** Runs a synchronous call so that a throw becomes a rejected promise, as callers of a store expect. */
export function settle<T>(call: () => T): Promise<T> {
  return new Promise(resolve => resolve(call()))
}

/** Oldest decision first; two receipts of one millisecond in the order they arrived. */
export function byDecisionTime(a: StoredReceipt, b: StoredReceipt): number {
  if (a.time !== b.time) return a.time - b.time
  return a.received - b.received
}

export function toMs(time: TimeLike): number {
  if (typeof time === 'number') return time
  return time.getTime()
}

/** The first instant (UTC) of the month `monthsBack` months before the month of `now`. */
export function monthStart(now: number, monthsBack = 0): number {
  const date = new Date(now)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1)
}

/** The cut-off of `retain`, after checking its options. */
export function retainCutoff(options: RetainOptions): number {
  const { months } = options
  if (!Number.isInteger(months) || months < 0) {
    throw new TypeError('retain: months must be a whole number from 0')
  }
  return monthStart(toMs(options.now ?? Date.now()), months)
}

/** The range of `export` as ms, open ends made finite. */
export function exportBounds(range: ExportRange = {}): { from: number; to: number } {
  const from = range.from === undefined ? 0 : toMs(range.from)
  const to = range.to === undefined ? Number.MAX_SAFE_INTEGER : toMs(range.to)
  return { from, to }
}

/** Where a page of an export ends: the next page starts after this decision time and id. */
export interface ExportCursor {
  time: number
  id: string
}

/** Reads one page of an export: receipts after `cursor` (null: from the start), at most `limit`. */
export type ExportPage = (cursor: ExportCursor | null, limit: number) => Promise<StoredReceipt[]>

const FIELD_ORDER: (keyof StoredReceipt)[] = [
  'id',
  'consentId',
  'time',
  'received',
  'revision',
  'policyUrl',
  'categories',
  'services',
  'method',
  'signals',
  'language',
  'origin',
  'path',
]

/** One NDJSON line with the fields always in the same order, whatever order the database kept. */
function ndjsonLine(receipt: StoredReceipt): string {
  const ordered: Record<string, unknown> = {}
  for (const field of FIELD_ORDER) ordered[field] = receipt[field]
  return JSON.stringify(ordered) + '\n'
}

/**
 * An export as a byte stream, read page by page (keyset pagination on decision time and
 * id), so memory stays flat however many receipts there are and the reader sets the pace.
 */
export function ndjsonStream(readPage: ExportPage, pageSize = 1000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let cursor: ExportCursor | null = null
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = await readPage(cursor, pageSize)
      if (page.length > 0) {
        controller.enqueue(encoder.encode(page.map(ndjsonLine).join('')))
        const last = page[page.length - 1]
        cursor = { time: last.time, id: last.id }
      }
      if (page.length < pageSize) controller.close()
    },
  })
}

/** Export order: decision time, then receipt id. */
function byTimeThenId(a: ExportCursor, b: ExportCursor): number {
  if (a.time !== b.time) return a.time - b.time
  if (a.id === b.id) return 0
  return a.id < b.id ? -1 : 1
}

/**
 * A store in memory, for tests and demos: gone when the process ends.
 * @example createReceiver({ store: memoryStore() })
 */
export function memoryStore(): FullReceiptStore {
  const byId = new Map<string, StoredReceipt>()
  return withListAlias({
    add(receipt) {
      if (byId.has(receipt.id)) return Promise.resolve(false)
      byId.set(receipt.id, receipt)
      return Promise.resolve(true)
    },
    history(consentId) {
      const receipts = [...byId.values()].filter(receipt => receipt.consentId === consentId)
      return Promise.resolve(receipts.sort(byDecisionTime))
    },
    retain: options =>
      settle(() => {
        const before = retainCutoff(options)
        for (const [id, receipt] of byId) {
          if (receipt.time < before) byId.delete(id)
        }
        return { before }
      }),
    export(range) {
      const { from, to } = exportBounds(range)
      return ndjsonStream((cursor, limit) => {
        const inRange = [...byId.values()].filter(receipt => {
          if (receipt.time < from || receipt.time >= to) return false
          if (!cursor) return true
          return byTimeThenId(receipt, cursor) > 0
        })
        return Promise.resolve(inRange.sort(byTimeThenId).slice(0, limit))
      })
    },
  })
}
