import type { ReadableAtom } from 'nanostores';
import type { Consent } from '../core/consent';
import { type UITexts } from './texts';
/**
 * The store's value; the component renders again whenever it changes.
 * @example const view = useStore(consent.$view)
 */
export declare function useStore<T>(store: ReadableAtom<T>): T;
/** The texts and language for a consent controller, again when a language file arrives. */
export declare function useTexts(consent: Consent): {
    texts: UITexts;
    lang: string;
};
