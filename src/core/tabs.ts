import type { ReadableAtom } from 'nanostores'
import { encodeIfReadable } from './codec'
import type { RecordEntry } from './persist'
import { cookieName } from './storage'
import type { ConsentConfig } from './types'

/**
 * The channel's name, from the consent cookie's name, domain and path: two configs on one
 * origin (which is why `cookie.name` exists) must not hear each other's decisions.
 * @example channelName({ categories, cookie: { name: 'shop' } }) // 'consentry shop  /'
 */
export const channelName = (config: ConsentConfig) => {
  const cookie = config.cookie || {}
  // `.site.test` and `site.test` name the same cookie domain (RFC 6265 section 5.2.3).
  const domain = (cookie.domain || '').toLowerCase().replace(/^\./, '')
  return ['consentry', cookieName(config), domain, cookie.path || '/'].join(' ')
}

/**
 * The cross-tab channel, a subscriber of the record store: every decision made in this
 * tab is sent to the others as its cookie value (`''` for a reset), and `receive` gets
 * theirs. The record travels in the message: re-reading document.cookie could see the
 * old value, since one tab's cookie write is not ordered before another tab's read.
 * Returns the stop function; without BroadcastChannel it does nothing.
 * @example const stop = connectTabs(config, $entry, value => apply(value))
 */
export function connectTabs(
  config: ConsentConfig,
  $entry: ReadableAtom<RecordEntry>,
  receive: (value: string) => void,
): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {}
  const channel = new BroadcastChannel(channelName(config))
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') receive(event.data)
  }
  const stopListening = $entry.listen(({ record, source }) => {
    if (source !== 'visitor') return
    const value = record ? encodeIfReadable(record) : ''
    // A record too large for the cookie stays in this tab's memory, like the cookie itself.
    if (value !== null) channel.postMessage(value)
  })
  return () => {
    stopListening()
    channel.close()
  }
}
