import type { Consent } from '../core/consent';
/** Props of `ConsentPreferences`. */
export interface ConsentPreferencesProps {
    consent: Consent;
    /** Called after Save, Accept all or Reject all has recorded the choice. */
    onDecide?: () => void;
    /** The close button (and Escape, where the UI handles keys); defaults to `consent.hide`. */
    onClose?: () => void;
}
/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The draft lives in component state, so a language
 * arriving late redraws the texts and keeps the switches and focus as they are.
 * @example <ConsentPreferences consent={consent} onClose={() => consent.hide()} />
 */
export declare function ConsentPreferences(props: ConsentPreferencesProps): import("preact").JSX.Element;
