import type { GateContext } from './context';
/** An attribute write the gate is deciding on, before the element has it. */
export interface PendingWrite {
    name: string;
    value: string;
}
/**
 * Marks an unmarked element whose URL belongs to a service, as if the page had marked it:
 * `data-consent` (its category) and `data-service`. A script becomes `type="text/plain"`,
 * with the type it will run with in `data-type`, and keeps its src (as text/plain it
 * fetches nothing, and its copy needs it). Any other element's URL attributes are copied
 * to `data-<attribute>` and, while denied, removed: without them it cannot load. Granted
 * elements are left alone, except frames, marked even then so that they can go back to a
 * placeholder on withdrawal. Returns whether it marked the element.
 */
export declare function claim(gate: GateContext, el: Element, pending?: PendingWrite): boolean;
