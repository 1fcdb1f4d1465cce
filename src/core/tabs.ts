import type { ReadableAtom } from 'nanostores'
import { encodeRecord } from './codec'
import type { RecordEntry } from './persist'
import type { ConsentConfig } from './types'

/** The channel's name: `consentry` for the default cookie. */
export const channelName = (_config: ConsentConfig) => 'consentry'

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
    const value = record ? encodeRecord(record) : ''
    channel.postMessage(value)
  })
  return () => {
    stopListening()
    channel.close()
  }
}
