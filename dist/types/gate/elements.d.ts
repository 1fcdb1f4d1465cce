/** Every element the gate looks at, as a selector. */
export declare const WATCHED_SELECTOR: string;
/** Whether the gate looks at elements with this local name. */
export declare const isWatched: (localName: string) => boolean;
/** The attributes through which `el` loads something; none for other elements. */
export declare const urlAttributes: (el: Element) => readonly string[];
/** The attribute a script loads from: `src`, or `href` for SVG's. */
export declare const scriptUrlAttribute: (script: Element) => string;
/**
 * The URLs an attribute value names: the value, or each candidate of a `srcset`
 * (`a.png 1x, b.png 2x`: the URL is what comes before the first space).
 */
export declare const urlsOf: (attribute: string, value: string) => string[];
