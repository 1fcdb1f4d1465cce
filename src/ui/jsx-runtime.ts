// A JSX factory that builds real DOM nodes, for layers that render once per view.
// Preact alone is 4.5 KB gzip, more than the whole UI; the drop-in's 11 KB budget
// cannot carry it. The UI redraws a layer from scratch when the view or the language
// changes and keeps form state in the DOM, so it needs no diffing. Classic runtime
// (`/** @jsx h */` in each file): children come as arguments, which minifies smaller
// than the automatic runtime's `children` props. Parts are plain functions, not components.
import type { JSX as PreactJSX } from 'preact'

/** What an element takes as children; `null` and `undefined` draw nothing. */
export type Child = Node | string | number | null | undefined | Child[]

/**
 * Creates an element: `on*` functions become its `on...` handler, booleans set properties
 * (`checked`, `disabled`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
export function h(tag: string, props: { [key: string]: any } | null, ...children: Child[]): any {
  const el: any = document.createElement(tag)
  for (const key in props) {
    const value = props[key]
    // A function (`call`) or a boolean is a property; `on*` names are lower-cased, the rest already are.
    if (value != null)
      value.call || value === !!value
        ? (el[key.toLowerCase()] = value)
        : el.setAttribute(key, value)
  }
  el.append(...(children as any[]).flat(9).filter(c => c != null))
  return el
}

// Preact's element and attribute types, so the compiler still checks tag and attribute names.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace h {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace JSX {
    export type Element = HTMLElement
    export interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
  }
}
