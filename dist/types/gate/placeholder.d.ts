/**
 * A placeholder of the same size as `frame`: `text` says what is held and why; the
 * buttons appear when `buttons` is given (labels with their click handlers).
 */
export declare function placeholder(frame: HTMLElement, label: string, text: string, buttons: [string, () => void][]): HTMLElement;
