/** @jsxRuntime classic */
/** @jsx h */
import type { Consent } from '../core/consent';
/** Options for `mountUI`. */
export interface UIOptions {
    /**
     * Nonce for the `<style>` used where constructable stylesheets are missing (Safari
     * before 16.4). Defaults to config `ui.nonce`, then the nonce of the drop-in's own tag.
     */
    nonce?: string;
}
/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists). Renders only what `consent.$view` says, so a
 * returning visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
export declare function mountUI(consent: Consent<any>, options?: UIOptions): () => void;
