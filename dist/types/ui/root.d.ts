import type { ComponentChildren } from 'preact';
import type { Consent } from '../core/consent';
/** Props of `ConsentUI`. */
export interface ConsentUIProps {
    consent: Consent;
    /** Replaces the banner's title text. */
    bannerTitle?: ComponentChildren;
    /** Replaces the banner's paragraph; its buttons, actions and focus handling stay. */
    bannerContent?: ComponentChildren;
}
/**
 * The whole consent UI: the banner or the preferences dialog as `consent.$view` says, the
 * reopen button (config `ui.reopen`), the status line that announces a saved choice, and
 * what a layer does to the page: focus in and back out, the page inert behind a modal
 * layer, Tab kept inside it, Escape, and room below a bar. `mountUI` renders it in a
 * shadow root; an app can render it in its own tree (with the `css` stylesheet, and
 * `listenOpenLinks` for `[data-consent-open]` links).
 * @example render(<ConsentUI consent={consent} />, document.getElementById('consent')!)
 */
export declare function ConsentUI({ consent, bannerTitle, bannerContent }: ConsentUIProps): import("preact").JSX.Element;
