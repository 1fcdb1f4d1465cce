import type { Realm } from './hooks'
import type { Patcher } from './patch'
import type { TrustKind } from './trust'
import { createWorkerGuard, type WorkerRule } from './workers'

/**
 * The URL a `fetch` call asks for: a Request's `url`, else the input itself (a string or
 * URL). Duck-typed: a Request made in another frame is not an `instanceof` this one's.
 */
const fetchUrl = (input: unknown): unknown => {
  if (typeof input === 'object' && input !== null && 'url' in input) return input.url
  return input
}

/**
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false, a `WebSocket`
 * or `EventSource` fails to connect (`error` event).
 */
function guardRealm(blocked: (url: unknown) => boolean, patcher: Patcher, realm: Realm): void {
  patcher.wrap(realm, 'fetch', (original, _window, args) => {
    if (blocked(fetchUrl(args[0]))) return Promise.reject(new TypeError('Failed to fetch'))
    return original(args)
  })
  patcher.wrap(realm.XMLHttpRequest.prototype, 'open', (original, _xhr, args) => {
    // Port 1 is a "bad port" (Fetch standard, section 2.9): the browser fails the request
    // before any DNS lookup or connection, so status, events and exceptions are the real ones.
    if (blocked(args[1])) args[1] = 'http://0.0.0.0:1/'
    return original(args)
  })
  patcher.wrap(realm.Navigator.prototype, 'sendBeacon', (original, _navigator, args) => {
    if (blocked(args[0])) return false
    return original(args)
  })
  const connections = [
    { key: 'WebSocket', refused: 'ws://0.0.0.0:1/' },
    { key: 'EventSource', refused: 'http://0.0.0.0:1/' },
  ]
  for (const { key, refused } of connections)
    patcher.wrapConstructor(realm, key, (Native, args) => {
      // The same bad port: the connection fails before it leaves the browser.
      if (blocked(args[0])) args[0] = refused
      return new Native(...args)
    })
}

/** What the network guard refuses, and what it wraps with. */
export interface NetworkPolicy {
  patcher: Patcher
  trust: (kind: TrustKind, text: string) => unknown
  /** Whether a request to `url` is refused now. */
  refused: (url: unknown) => boolean
  /** Every `hosts` rule in the order URLs are matched, and whether it is refused now. */
  workerRules: () => WorkerRule[]
}

/** The network guard of a page and its same-origin frames. */
export interface NetworkGuard {
  /** Guards `fetch`, XHR, `sendBeacon`, `WebSocket`, `EventSource` and workers in `realm`. */
  install: (realm: Realm) => void
  /** Tells the guarded workers about a new decision. */
  update: () => void
}

/** A network guard that refuses what `policy.refused` names, in every realm it is installed in. */
export function createNetworkGuard(policy: NetworkPolicy): NetworkGuard {
  const workers = createWorkerGuard(policy.workerRules, policy.trust)
  return {
    install(realm) {
      // A frame removed since its window was gated: nothing is left in it to wrap.
      if (realm.closed) return
      guardRealm(policy.refused, policy.patcher, realm)
      workers.install(policy.patcher, realm)
    },
    update: workers.update,
  }
}
