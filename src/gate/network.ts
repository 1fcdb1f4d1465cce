import type { Patch } from './patch'

/**
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false.
 */
export function guardNetwork(blocked: (url: string) => boolean, patch: Patch): void {
  patch(window, 'fetch', d => ({
    value(this: unknown, input: any) {
      // A Request has a url; a string or URL object is one.
      return blocked(String(input.url || input))
        ? Promise.reject(TypeError('Failed to fetch'))
        : d.value.apply(this, arguments)
    },
  }))
  patch(XMLHttpRequest.prototype, 'open', d => ({
    value(this: XMLHttpRequest, ...args: unknown[]) {
      // Port 1 is a "bad port" (Fetch standard, section 2.9): the browser fails the request
      // before any DNS lookup or connection, so status, events and exceptions are the real ones.
      if (blocked(String(args[1]))) args[1] = 'http://0.0.0.0:1/'
      return d.value.apply(this, args)
    },
  }))
  patch(Navigator.prototype, 'sendBeacon', d => ({
    value(this: Navigator, url: string | URL) {
      return !blocked(String(url)) && d.value.apply(this, arguments)
    },
  }))
}
