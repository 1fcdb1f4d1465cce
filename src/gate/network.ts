import type { Hook } from './patch'

/**
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false.
 */
export function guardNetwork(blocked: (url: unknown) => boolean, hook: Hook): void {
  // A Request has a url; a string or URL object is one.
  hook(
    window,
    'fetch',
    ([input]) => blocked(input?.url || input) && [Promise.reject(TypeError('Failed to fetch'))],
  )
  // Port 1 is a "bad port" (Fetch standard, section 2.9): the browser fails the request
  // before any DNS lookup or connection, so status, events and exceptions are the real ones.
  hook(XMLHttpRequest.prototype, 'open', args => {
    if (blocked(args[1])) args[1] = 'http://0.0.0.0:1/'
  })
  hook(Navigator.prototype, 'sendBeacon', ([url]) => blocked(url) && [false])
}
