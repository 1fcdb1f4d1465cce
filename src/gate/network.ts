import type { Realm } from './hooks'
import type { Patcher } from './patch'

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
export function guardNetwork(
  blocked: (url: unknown) => boolean,
  patcher: Patcher,
  realm: Realm = window,
): void {
  // A frame removed since its window was gated: nothing is left in it to wrap.
  if (realm.closed) return
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
