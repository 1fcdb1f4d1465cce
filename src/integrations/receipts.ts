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
const ls = (fn: (storage: Storage) => any) => {
  try {
    return fn(localStorage)
  } catch {}
}

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
  for (const key in options)
    key == 'endpoint' ||
      key == 'queue' ||
      fail('receipts.' + key, 'unknown key (expected endpoint or queue)')
  const max = options.queue ?? 50
  if (!(Number.isInteger(max) && max > 0 && max <= 1000))
    fail('receipts.queue', 'expected a whole number from 1 to 1000')
  const endpoint = options.endpoint
  // A site that promised to store nothing while a signal is on gets a memory-only outbox.
  // That is when the core keeps no record and a signal decides (neither valid nor asking).
  const d0 = consent.$decision.get()
  const cookieless = !!(config.signals && config.signals.cookieless) && !d0.valid && !d0.ask
  let memory: Receipt[] | null = cookieless ? [] : null
  // Junk in that key (tampered, another script's) reads as an empty outbox; a storage that
  // throws leaves the outbox in memory for this page view (see `save`).
  const load = (): Receipt[] =>
    memory ||
    ls(storage =>
      JSON.parse(storage.getItem(KEY) || '[]').filter((r: any) => r && typeof r.id == 'string'),
    ) ||
    []
  const save = (list: Receipt[]) => {
    list = list.slice(-max)
    if (memory || !ls(storage => (storage.setItem(KEY, JSON.stringify(list)), 1))) memory = list
  }
  const beacon = (r: Receipt) => ls(() => navigator.sendBeacon(endpoint, JSON.stringify(r)))
  const inflight: { [id: string]: 1 } = {}
  let tries = 0
  let timer: any = 0
  const retry = () => {
    timer = timer || setTimeout(() => ((timer = 0), flush()), Math.min(3e5, 2e3 * 2 ** tries++))
  }
  const send = (r: Receipt) => {
    inflight[r.id] = 1
    const done = (sent: boolean) => {
      delete inflight[r.id]
      if (!sent) return retry()
      tries = 0
      save(load().filter(x => x.id != r.id))
    }
    try {
      // 4xx other than 408 and 429 will never succeed: drop it rather than retry forever.
      fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify(r),
        keepalive: true,
        credentials: 'omit',
      }).then(
        res => done(res.ok || (res.status < 500 && res.status != 408 && res.status != 429)),
        () => done(false),
      )
    } catch {
      // No fetch (or no keepalive): a beacon, which can only say it was queued.
      done(!!beacon(r))
    }
  }
  // Offline, a request can only fail; 'online' calls this again.
  const each = (fn: (r: Receipt) => unknown) =>
    navigator.onLine !== false && load().forEach(r => inflight[r.id] || fn(r))
  const flush = () => each(send)
  const add = (r: Receipt) => {
    save(
      load()
        .filter(x => x.id != r.id)
        .concat(r),
    )
    flush()
  }
  // Receipts still waiting as the page goes: one last try that cannot report back, so they
  // stay in the outbox and go again on the next load (the receiver drops the copy).
  const last = () => each(beacon)

  const receipt = (id: string, consentId: string, time: number, method: ReceiptMethod): Receipt => {
    const d = consent.$decision.get()
    return {
      id,
      consentId,
      time,
      revision: config.revision || 0,
      policyUrl: config.policyUrl ? new URL(config.policyUrl, location.href).href : null,
      categories: { ...d.categories },
      services: { ...d.services },
      method,
      signals: { ...consent.signals },
      language: config.lang || document.documentElement.lang || '',
      origin: location.origin,
      path: location.pathname,
    }
  }

  // A receipt id is the consent id, the decision time and a hash of the whole record: the
  // same in every tab that sees the decision, distinct for two decisions in one millisecond.
  const t36 = (t: number) => t.toString(36)
  const idOf = (r: ConsentRecord) => {
    let h = 7
    for (const c of JSON.stringify(r)) h = (h * 31 + c.charCodeAt(0)) >>> 0
    return r.id + '.' + t36(r.time) + '.' + t36(h)
  }
  let prev = consent.$record.get()
  let signalled = ''
  // The decision, not the record: it is computed after the record is set.
  const off = onDecision(consent, (d, record) => {
    if (record && (!prev || idOf(record) != idOf(prev))) {
      // Another tab's decision reaches this one too: the receipt id is the same in both.
      if (d.valid) add(receipt(idOf(record), record.id, record.time, record.method))
    } else if (!record && prev) add(receipt(idOf(prev) + '.w', prev.id, Date.now(), 'withdrawal'))
    else if (!d.valid && !d.ask && !cookieless) {
      // A state that a signal decided, with no choice of the visitor's: one receipt per
      // consent id, signals and revision, remembered beside the outbox.
      const s = consent.signals
      const sign = '' + (config.revision || 0) + +s.dnt + +s.gpc
      const [had, id] = (ls(storage => storage.getItem(SIGNAL_KEY)) || signalled).split('.')
      if (had != sign) {
        const consentId = (record && record.id) || id || newId()
        const now = Date.now()
        signalled = sign + '.' + consentId
        ls(storage => storage.setItem(SIGNAL_KEY, signalled))
        add(receipt(consentId + '.' + t36(now) + '.s', consentId, now, 'signal'))
      }
    }
    prev = record
  })
  flush()
  addEventListener('online', flush)
  addEventListener('pagehide', last)
  return () => {
    off()
    clearTimeout(timer)
    removeEventListener('online', flush)
    removeEventListener('pagehide', last)
  }
}
