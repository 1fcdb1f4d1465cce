import type { ReadableAtom } from 'nanostores'
import type { ConsentRecord, Decision } from './types'

/** What `consentry:ready` and `consentry:change` carry in `detail`. */
export interface ConsentEventDetail {
  state: Decision['categories']
  record: ConsentRecord | null
}

/**
 * The `consentry:*` DOM events, a subscriber of the stores: `consentry:change` on
 * `document` whenever a category, a service or the record changes, and `consentry:ready`
 * once, after the scripts parsed with ours (a listener in a later script would miss a
 * synchronous event). Returns the stop function.
 * @example const stop = dispatchEvents($decision, $record)
 */
export function dispatchEvents(
  $decision: ReadableAtom<Decision>,
  $record: ReadableAtom<ConsentRecord | null>,
): () => void {
  const fire = (type: 'ready' | 'change') => {
    const detail: ConsentEventDetail = { state: $decision.get().categories, record: $record.get() }
    document.dispatchEvent(new CustomEvent('consentry:' + type, { detail }))
  }
  /** What a change is: grants or the record, not a new object with the same values. */
  const snapshot = () =>
    JSON.stringify({
      categories: $decision.get().categories,
      services: $decision.get().services,
      record: $record.get(),
    })
  let fired = snapshot()
  const fireOnChange = () => {
    const now = snapshot()
    if (now === fired) return
    fired = now
    fire('change')
  }
  const stops = [$decision.listen(fireOnChange), $record.listen(fireOnChange)]
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => fire('ready'), { once: true })
  else queueMicrotask(() => fire('ready'))
  return () => {
    for (const stop of stops) stop()
  }
}
