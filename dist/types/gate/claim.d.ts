import type { GateContext } from './context';
/**
 * Marks an unmarked element whose URL belongs to a service, as if the page had marked it:
 * `data-consent` (its category), `data-service`, and for a script `type="text/plain"` with
 * the type it will run with in `data-type`; for a frame or image the URL moves to
 * `data-src` (and `src` goes, while denied). Granted scripts and images are left alone;
 * frames are marked even when granted, so that they can go back to a placeholder on
 * withdrawal. Returns whether it marked the element.
 */
export declare function claim(gate: GateContext, el: Element, url: unknown): boolean;
