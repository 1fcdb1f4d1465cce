/** @jsxImportSource . */
import type { Consent } from '../core/consent';
import type { Texts } from '../core/types';
/** What every layer gets from the root. */
export interface LayerProps {
    consent: Consent<any>;
    t: Texts;
    /** Runs a deciding action and announces it. */
    act: (action: () => void) => void;
    /** Closes without deciding (Escape, the close button). */
    close: () => void;
    /** Page behind is inert; the layer is a modal dialog. */
    modal?: boolean;
}
/** A link to the privacy policy, when the config has one (validated as http(s) or relative). */
export declare const Policy: ({ consent, t }: LayerProps) => HTMLElement | null;
/**
 * The first layer: title, one paragraph, the policy link and three equal choices.
 * Under the `notice` model nothing waits for a yes, so one OK acknowledges (recorded as
 * accept-all) and Manage preferences still lets the visitor switch things off.
 */
export declare function Banner(props: LayerProps): HTMLElement;
