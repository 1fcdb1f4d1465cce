import type { JSX as PreactJSX } from 'preact';
/** What an element takes as children; `null` and `undefined` draw nothing. */
export type Child = Node | string | number | null | undefined | Child[];
/**
 * Creates an element: `on*` functions become its `on...` handler, booleans set properties
 * (`checked`, `disabled`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
export declare function h(tag: string, props: {
    [key: string]: any;
} | null, ...children: Child[]): any;
export declare namespace h {
    namespace JSX {
        type Element = HTMLElement;
        interface IntrinsicElements extends PreactJSX.IntrinsicElements {
        }
    }
}
