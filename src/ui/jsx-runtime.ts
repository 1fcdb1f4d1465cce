// A JSX runtime that builds real DOM nodes, for components that render once per view.
// Preact alone is 4.5 KB gzip, more than the whole UI; the drop-in's 11 KB budget
// cannot carry it. The UI redraws a layer from scratch when the view or the language
// changes and keeps form state in the DOM, so it needs no diffing.
import type { JSX as PreactJSX } from 'preact'

/** What a component may return or take as children. */
export type Child = Node | string | number | boolean | null | undefined | Child[]

const add = (parent: Node, child: Child): void => {
  if (Array.isArray(child)) child.forEach(c => add(parent, c))
  else if (child != null && typeof child != 'boolean') (parent as Element).append(child as Node | string)
}

/**
 * Creates an element (or calls a component): `on*` functions become listeners, booleans
 * set properties (`checked`, `disabled`, `open`, `hidden`), everything else an attribute.
 * Text is always a text node, never parsed as HTML.
 */
export function jsx(type: string | ((props: any) => Node), props: { [key: string]: any }): any {
  if (typeof type == 'function') return type(props)
  const el: any = document.createElement(type)
  for (const key in props) {
    const value = props[key]
    if (key == 'children' || value == null) continue
    if (typeof value == 'function') el.addEventListener(key.slice(2).toLowerCase(), value)
    else if (typeof value == 'boolean') el[key] = value
    else el.setAttribute(key, value)
  }
  add(el, props.children)
  return el
}

export const jsxs = jsx

/** `<>...</>` */
export function Fragment(props: { children?: Child }): DocumentFragment {
  const f = document.createDocumentFragment()
  add(f, props.children)
  return f
}

// Preact's element and attribute types, so the compiler still checks tag and attribute names.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = HTMLElement
  export interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
  export interface ElementChildrenAttribute {
    children: unknown
  }
}
