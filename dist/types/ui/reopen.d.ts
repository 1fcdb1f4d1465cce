import type { Ref } from 'preact';
import type { Consent } from '../core/consent';
/** Props of `ConsentReopen`. */
export interface ConsentReopenProps {
    consent: Consent;
    /** Opens the dialog; defaults to `consent.showPreferences`. Gets the button, to return focus to. */
    onOpen?: (button: HTMLButtonElement) => void;
    buttonRef?: Ref<HTMLButtonElement>;
}
/**
 * The floating cookie button that reopens the preferences, hidden while a layer is open.
 * @example <ConsentReopen consent={consent} />
 */
export declare function ConsentReopen({ consent, onOpen, buttonRef }: ConsentReopenProps): import("preact").JSX.Element;
