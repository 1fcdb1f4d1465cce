import type { GateContext } from './context';
import { type GateTexts } from './texts';
/** Loads frames and images once granted, and keeps held frames behind placeholders. */
export interface FrameKeeper {
    /**
     * Loads a frame, image or other element from its `data-src` (and `data-srcset`...), in
     * place of its placeholder if it has one.
     */
    show(el: Element): void;
    /** Puts a placeholder in place of a held frame (once). */
    hold(frame: Element): void;
}
export declare function createFrameKeeper(gate: GateContext, texts: () => Partial<GateTexts>): FrameKeeper;
