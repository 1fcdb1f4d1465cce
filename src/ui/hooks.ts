// State for the components, read from the stores. A hand-written hook over `listen`
// instead of @nanostores/preact: a dozen lines, and no second peer range of nanostores
// for an app to reconcile with ours.
import type { ReadableAtom } from 'nanostores'
import { useLayoutEffect, useReducer } from 'preact/hooks'
import type { Consent } from '../core/consent'
import { $langs, langFor, textsFor, type UITexts } from './texts'

const count = (n: number) => n + 1

/**
 * The store's value; the component renders again whenever it changes.
 * @example const view = useStore(consent.$view)
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useReducer(count, 0)
  useLayoutEffect(() => {
    const seen = store.get()
    const off = store.listen(() => rerender(0))
    // A change between the render and this subscription would otherwise go unseen.
    if (store.get() !== seen) rerender(0)
    return off
  }, [store])
  return store.get()
}

/** The texts and language for a consent controller, again when a language file arrives. */
export function useTexts(consent: Consent): { texts: UITexts; lang: string } {
  useStore($langs)
  return { texts: textsFor(consent), lang: langFor(consent) }
}
