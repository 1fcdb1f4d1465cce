/** Adds the placeholder stylesheet to the document, once (the bindings' placeholders too). */
export declare const adoptPlaceholderSheet: () => void;
/** One button of a placeholder. */
export interface PlaceholderButton {
    label: string;
    onClick: () => void;
}
/** What a placeholder says. */
export interface PlaceholderContent {
    /** Its accessible name: what is held. */
    label: string;
    /** What is held and why. */
    text: string;
    /** None for a frame that only a withdrawal can show (`!category`). */
    buttons: PlaceholderButton[];
}
/** How a placeholder looks. */
export interface PlaceholderLook {
    /** The UI's `ui.theme`: `auto` follows `prefers-color-scheme`; light when absent. */
    theme?: 'light' | 'dark' | 'auto';
}
/**
 * A placeholder taking the same room as `frame`, saying what is held and why, with the
 * buttons that load it.
 * @example placeholder(frame, { label: 'VideoTube', text: 'VideoTube is blocked...', buttons }, { theme: 'auto' })
 */
export declare function placeholder(frame: HTMLElement, content: PlaceholderContent, look?: PlaceholderLook): HTMLElement;
