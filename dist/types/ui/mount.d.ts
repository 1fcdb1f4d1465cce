import type { ComponentChildren } from 'preact';
import type { Consent } from '../core/consent';
/** Options for `mountUI`. */
export interface UIOptions {
    /**
     * Nonce for the `<style>` used where constructable stylesheets are missing (Safari
     * before 16.4). Defaults to config `ui.nonce`, then the nonce of the drop-in's own tag.
     */
    nonce?: string;
    /** Replaces the banner's title text. */
    bannerTitle?: ComponentChildren;
    /** Replaces the banner's paragraph (a Preact element); buttons, actions and focus stay. */
    bannerContent?: ComponentChildren;
}
/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists, and again on a new `<body>`). Draws nothing until
 * `consent.$view` opens a layer or `ui.reopen` asks for the button, so a returning
 * visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
export declare function mountUI(consent: Consent, options?: UIOptions): () => void;
