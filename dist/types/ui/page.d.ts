/** The focused element, looking inside open shadow roots (a site's components, and ours). */
export declare function deepActive(): HTMLElement | null;
/** The child of `<body>` that holds `el` (our shadow host, or an app's root). */
export declare function pageChildOf(el: Element): Element | null;
/**
 * While `on`, makes every child of `<body>` but ours inert, also those the page adds (or a
 * new `<body>` brings) while the layer is open. An element the site made inert stays so.
 */
export declare function usePageInert(on: boolean, ours: () => Element | null): void;
/**
 * While `layer` is shown at the bottom of the viewport, keeps the page's content clear of it
 * (WCAG 2.2 2.4.11): scroll padding, so a focused element scrolls into view above it, and
 * as much padding at the end of the document, so the last links can scroll clear of it
 * (scroll padding alone cannot scroll past the end of a short page). CSSOM properties,
 * which CSP's style-src does not govern. The page's own values come back on close.
 */
export declare function useRoomBelow(layer: () => HTMLElement | null, on: boolean): void;
