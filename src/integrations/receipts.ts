import { newId } from '../core/codec'
import type { ConsentRecord, Method, Signals } from '../core/types'
import { type AnyConsent, fail, onDecision } from './shared'

/** How a receipt's decision was reached: the record's method, or its deletion (`reset()`). */
export type ReceiptMethod = Method | 'withdrawal'

/**
 * Proof of one decision, as sent to the receipts endpoint. No IP address, no user agent,
 * nothing personal: the consent id is random and the page path carries no query string.
 */
export interface Receipt {
  /** Unique per decision, and the same in every tab and retry: consent id, decision time, a hash of the record (`.w` for a withdrawal, `.s` for a signal). */
  id: string
  /** The random consent id of the record (or of the signal-derived state). */
  consentId: string
  /** Decision time, ms since epoch (the visitor's clock). */
  time: number
  /** Policy revision the decision was made under. */
  revision: number
  /** Absolute URL of the privacy policy, or null when the config has none. */
  policyUrl: string | null
  /** What applies to every category after the decision. */
  categories: { [name: string]: boolean }
  /** What applies to every service after the decision. */
  services: { [name: string]: boolean }
  method: ReceiptMethod
  /** Do Not Track and Global Privacy Control as read on that page view. */
  signals: Signals
  /** Language of the banner (config `lang` or `<html lang>`), or ''. */
  language: string
  /** Page origin, `https://www.example.com`. */
  origin: string
  /** Page path, without query string or fragment. */
  path: string
}

/** Options of `receipts` (the `receipts` config key). */
export interface ReceiptOptions {
  /** Where receipts are POSTed; same origin avoids CORS (cross-origin: see `allowOrigin` on the receiver). */
  endpoint: string
  /** Receipts kept for a later retry when sending fails; the oldest go first (default 50). */
  queue?: number
}

const KEY = 'consentry-receipts'
const SIGNAL_KEY = 'consentry-receipts-signal'

/** localStorage that may be missing or throw (Safari private mode, sandboxed frames): then `undefined`. */
function withStorage<T>(fn: (storage: Storage) => T): T | undefined {
  try {
    return fn(localStorage)
  } catch {
    return undefined
  }
}

/** A stored receipt as read back: anything without a string id is junk and dropped. */
const isReceipt = (value: unknown): value is Receipt =>
  !!value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'

const base36 = (n: number) => n.toString(36)

/**
 * A receipt id is the consent id, the decision time and a hash of the whole record: the
 * same in every tab that sees the decision, distinct for two decisions in one millisecond.
 */
function receiptIdOf(record: ConsentRecord): string {
  let hash = 7
  for (const char of JSON.stringify(record)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return record.id + '.' + base36(record.time) + '.' + base36(hash)
}

/**
 * The mark left beside the outbox for the last signal-derived receipt, stored as
 * `<revision><dnt 0|1><gpc 0|1>.<consent id>` (the format earlier versions wrote).
 */
interface SignalMark {
  /** Revision and signals the receipt was sent for. */
  sign: string
  /** The consent id it carried, reused for the next one. */
  consentId: string
}

const readSignalMark = (text: string): SignalMark => {
  const parts = text.split('.')
  return { sign: parts[0], consentId: parts[1] || '' }
}

/** Every status but these says the receipt was handled: 2xx kept it, other 4xx will never take it. */
const worthRetrying = (status: number) => status >= 500 || status === 408 || status === 429

/**
 * Sends a receipt for every decision: accept, reject, custom, withdrawal (`reset()`), and
 * a signal-derived state (once per consent id, signal and revision). Each receipt goes into a
 * bounded outbox in localStorage before it is sent with `fetch(..., { keepalive: true })`
 * (which, unlike `sendBeacon`, tells a 5xx from a success); it leaves the outbox only when
 * the endpoint accepted it (2xx) or refused it for good (4xx). Otherwise it is sent again:
 * with backoff, on `online`, and on the next page load; on `pagehide` what is left goes by
 * `sendBeacon` as a last try. Every copy carries the same receipt id, so the receiver keeps
 * one. The body is JSON sent as `text/plain`: a CORS-safelisted type, so no preflight.
 * Returns a stop function.
 * @example receipts(consent, { endpoint: '/api/receipts' })
 */
export function receipts(consent: AnyConsent, options: ReceiptOptions): () => void {
  const config = consent.config
  // The core has checked `endpoint`.
  for (const key of Object.keys(options)) {
    if (key !== 'endpoint' && key !== 'queue')
      fail('receipts.' + key, 'unknown key (expected endpoint or queue)')
  }
  const max = options.queue ?? 50
  if (!(Number.isInteger(max) && max > 0 && max <= 1000))
    fail('receipts.queue', 'expected a whole number from 1 to 1000')
  const endpoint = options.endpoint
  // A site that promised to store nothing while a signal is on gets a memory-only outbox.
  // That is when the core keeps no record and a signal decides (neither valid nor asking).
  const initial = consent.$decision.get()
  const promisedCookieless = !!(config.signals && config.signals.cookieless)
  const cookieless = promisedCookieless && !initial.valid && !initial.ask
  /** The outbox when it cannot (or must not) live in localStorage; null while it does. */
  let memory: Receipt[] | null = cookieless ? [] : null

  // Junk in that key (tampered, another script's) reads as an empty outbox; a storage that
  // throws leaves the outbox in memory for this page view (see `save`).
  const load = (): Receipt[] => {
    if (memory) return memory
    const stored = withStorage(storage => {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) || '[]')
      return Array.isArray(parsed) ? parsed.filter(isReceipt) : []
    })
    return stored || []
  }
  const save = (list: Receipt[]) => {
    const kept = list.slice(-max)
    if (memory) {
      memory = kept
      return
    }
    const stored = withStorage(storage => {
      storage.setItem(KEY, JSON.stringify(kept))
      return true
    })
    if (!stored) memory = kept
  }
  const beacon = (receipt: Receipt) =>
    withStorage(() => navigator.sendBeacon(endpoint, JSON.stringify(receipt)))

  /** Ids of receipts being sent right now, so a flush does not send them twice. */
  const inflight = new Set<string>()
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  const retry = () => {
    if (retryTimer !== undefined) return
    const delay = Math.min(3e5, 2e3 * 2 ** failures)
    failures++
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      flush()
    }, delay)
  }
  const send = (receipt: Receipt) => {
    inflight.add(receipt.id)
    const done = (handled: boolean) => {
      inflight.delete(receipt.id)
      if (!handled) {
        retry()
        return
      }
      failures = 0
      save(load().filter(other => other.id !== receipt.id))
    }
    try {
      fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify(receipt),
        keepalive: true,
        credentials: 'same-origin',
      }).then(
        response => done(response.ok || !worthRetrying(response.status)),
        () => done(false),
      )
    } catch {
      // No fetch (or no keepalive): a beacon, which can only say it was queued.
      done(!!beacon(receipt))
    }
  }
  // Offline, a request can only fail; 'online' calls this again.
  const eachWaiting = (fn: (receipt: Receipt) => unknown) => {
    if (navigator.onLine === false) return
    for (const receipt of load()) {
      if (!inflight.has(receipt.id)) fn(receipt)
    }
  }
  const flush = () => eachWaiting(send)
  const add = (receipt: Receipt) => {
    const others = load().filter(other => other.id !== receipt.id)
    save(others.concat(receipt))
    flush()
  }
  // Receipts still waiting as the page goes: one last try that cannot report back, so they
  // stay in the outbox and go again on the next load (the receiver drops the copy).
  const lastTry = () => eachWaiting(beacon)

  const receiptOf = (
    id: string,
    consentId: string,
    time: number,
    method: ReceiptMethod,
  ): Receipt => {
    const decision = consent.$decision.get()
    return {
      id,
      consentId,
      time,
      revision: config.revision || 0,
      policyUrl: config.policyUrl ? new URL(config.policyUrl, location.href).href : null,
      categories: { ...decision.categories },
      services: { ...decision.services },
      method,
      signals: { ...consent.signals },
      language: config.lang || document.documentElement.lang || '',
      origin: location.origin,
      path: location.pathname,
    }
  }

  // A state that a signal decided, with no choice of the visitor's: one receipt per
  // consent id, signals and revision, remembered beside the outbox.
  let signalMark = ''
  const signalReceipt = (record: ConsentRecord | null) => {
    const signals = consent.signals
    const sign = String(config.revision || 0) + Number(signals.dnt) + Number(signals.gpc)
    const storedMark = withStorage(storage => storage.getItem(SIGNAL_KEY))
    const previous = readSignalMark(storedMark || signalMark)
    if (previous.sign === sign) return
    const consentId = (record && record.id) || previous.consentId || newId()
    const now = Date.now()
    signalMark = sign + '.' + consentId
    withStorage(storage => storage.setItem(SIGNAL_KEY, signalMark))
    add(receiptOf(consentId + '.' + base36(now) + '.s', consentId, now, 'signal'))
  }

  let previousRecord = consent.$record.get()
  // The decision, not the record: it is computed after the record is set.
  const off = onDecision(consent, (decision, record) => {
    const isNewRecord =
      !!record && (!previousRecord || receiptIdOf(record) !== receiptIdOf(previousRecord))
    if (record && isNewRecord) {
      // Another tab's decision reaches this one too: the receipt id is the same in both.
      if (decision.valid) add(receiptOf(receiptIdOf(record), record.id, record.time, record.method))
    } else if (!record && previousRecord) {
      const withdrawn = previousRecord
      add(receiptOf(receiptIdOf(withdrawn) + '.w', withdrawn.id, Date.now(), 'withdrawal'))
    } else if (!decision.valid && !decision.ask && !cookieless) {
      signalReceipt(record)
    }
    previousRecord = record
  })
  flush()
  addEventListener('online', flush)
  addEventListener('pagehide', lastTry)
  return () => {
    off()
    clearTimeout(retryTimer)
    removeEventListener('online', flush)
    removeEventListener('pagehide', lastTry)
  }
}
