import type { JSX as PreactJSX } from 'preact';
/** What a component may return or take as children. */
export type Child = Node | string | number | boolean | null | undefined | Child[];
/**
 * Creates an element (or calls a component): `on*` functions become listeners, booleans
 * set properties (`checked`, `disabled`, `open`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
export declare function jsx(type: string | ((props: any) => Node), props: {
    [key: string]: any;
}): any;
export declare const jsxs: typeof jsx;
/** `<>...</>` */
export declare function Fragment(props: {
    children?: Child;
}): DocumentFragment;
export declare namespace JSX {
    type Element = HTMLElement;
    interface IntrinsicElements extends PreactJSX.IntrinsicElements {
    }
    interface ElementChildrenAttribute {
        children: unknown;
    }
}
