// What the UI does to the page around it while a layer is open: all of it undone on close.
import { useLayoutEffect } from 'preact/hooks'

/** The focused element, looking inside open shadow roots (a site's components, and ours). */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active as HTMLElement | null
}

/** The child of `<body>` that holds `el` (our shadow host, or an app's root). */
export function pageChildOf(el: Element): Element | null {
  let node: Element | null = el
  while (node) {
    if (node.parentElement === document.body) return node
    const root = node.getRootNode()
    node = node.parentElement || (root instanceof ShadowRoot ? root.host : null)
  }
  return null
}

/**
 * While `on`, makes every child of `<body>` but ours inert, also those the page adds (or a
 * new `<body>` brings) while the layer is open. An element the site made inert stays so.
 */
export function usePageInert(on: boolean, ours: () => Element | null) {
  useLayoutEffect(() => {
    if (!on) return
    const marked = new Set<Element>()
    const mark = () => {
      const own = ours()
      for (const el of document.body?.children || [])
        if (el !== own && !el.hasAttribute('inert')) {
          el.setAttribute('inert', '')
          marked.add(el)
        }
    }
    mark()
    // Children of <body>, and <body> itself when a site swaps it (Turbo, pjax, htmx boost).
    const observer = new MutationObserver(mark)
    observer.observe(document.documentElement, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      marked.forEach(el => el.removeAttribute('inert'))
    }
  }, [on])
}

/**
 * While `layer` is shown at the bottom of the viewport, keeps the page's content clear of it
 * (WCAG 2.2 2.4.11): scroll padding, so a focused element scrolls into view above it, and
 * as much padding at the end of the document, so the last links can scroll clear of it
 * (scroll padding alone cannot scroll past the end of a short page). CSSOM properties,
 * which CSP's style-src does not govern. The page's own values come back on close.
 */
export function useRoomBelow(layer: () => HTMLElement | null, on: boolean) {
  useLayoutEffect(() => {
    const el = layer()
    if (!on || !el) return
    const html = document.documentElement
    const before = { scroll: html.style.scrollPaddingBottom, padding: html.style.paddingBottom }
    // Every browser that parses this bundle (ES2020) has ResizeObserver.
    const observer = new ResizeObserver(() => {
      // Layout sizes, not getBoundingClientRect: the entry animation's transform would skew it.
      const room = el.offsetHeight + parseFloat(getComputedStyle(el).bottom) + 'px'
      html.style.scrollPaddingBottom = room
      html.style.paddingBottom = room
    })
    observer.observe(el)
    return () => {
      observer.disconnect()
      html.style.scrollPaddingBottom = before.scroll
      html.style.paddingBottom = before.padding
    }
  }, [on])
}
