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
/** A placeholder of the same size as `frame`, saying what is held and why. */
export declare function placeholder(frame: HTMLElement, content: PlaceholderContent): HTMLElement;
