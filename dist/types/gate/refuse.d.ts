/** A short description of an element for the console: its URL, else the start of its markup. */
export declare const describe: (el: Element, url?: string | null) => string;
/**
 * Whether the gate may activate `url`: only http(s) and relative URLs, never
 * `javascript:`, `data:` and the like. A refusal is logged, naming the element.
 */
export declare function activatable(el: Element, attribute: string, url: string): boolean;
