/** The XLink namespace, of SVG's older `xlink:href`. */
export declare const XLINK = "http://www.w3.org/1999/xlink";
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
/**
 * The value of one of `el`'s URL attributes. An SVG element's `href` may also be spelled
 * the older way, `xlink:href` (as markup writes it, or `setAttributeNS` with the XLink
 * namespace), which browsers still load from.
 */
export declare const urlAttributeValue: (el: Element, name: string) => string | null;
/** Whether `attribute` is the older spelling of an SVG element's `href`. */
export declare const isOlderHref: (attribute: Attr) => boolean;
/**
 * Takes away the older spelling of `el`'s `href`: the gate keeps a held URL in
 * `data-href` and gives it back as `href`, which every current browser loads from.
 */
export declare const removeOlderHref: (el: Element) => void;
