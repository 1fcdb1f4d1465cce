import { type LayerProps } from './banner';
/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The switches hold the draft in the DOM; Save reads
 * them back, so the dialog needs no state of its own.
 */
export declare function Preferences(props: LayerProps): HTMLElement;
