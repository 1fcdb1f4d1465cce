import type { GateContext } from './context';
import type { Patcher } from './patch';
import type { TrustKind } from './trust';
/** A window with its own DOM constructors: the page's, or a same-origin frame's. */
export type Realm = Window & typeof globalThis;
/** What the hooks hand back to the gate. */
export interface HookTargets {
    /** An element already in the document was marked or given a URL: track it now. */
    track(el: Element): void;
    /** An image or media element that is not in the document was held (it would load even so). */
    holdPixel(el: Element): void;
    /** Code reached a frame's (or a popup's) window: gate it too, if it is same-origin. */
    frameWindow(win: Window | null): void;
    /** A shadow root was attached: watch it like the document. */
    observe(root: ShadowRoot): void;
    trust(kind: TrustKind, text: string): unknown;
}
/**
 * A script fetches as soon as it is inserted with a src, an image as soon as it gets one,
 * and a frame as soon as it is inserted, all before anyone hears of them: so the gate
 * decides when the URL is set, as yett does. Every route that writes an attribute comes
 * through `onWrite`: the `src` and `type` setters, `setAttribute`, `setAttributeNS`,
 * `setAttributeNode`, an attribute node's `value` (`nodeValue`, `textContent`), SVG's
 * `href.baseVal`. Markup parsed from a string starts
 * loading its frames and images before an observer hears of it: it is parsed inert (in a
 * template) first, claimed, and passed on written back with `data-src` for `src`.
 */
export declare function installHooks(gate: GateContext, patcher: Patcher, targets: HookTargets, realm?: Realm): void;
