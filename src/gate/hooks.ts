import { claim } from './claim'
import type { GateContext } from './context'
import { isWatched, urlAttributes, WATCHED_SELECTOR, XLINK } from './elements'
import type { Original, Patcher } from './patch'
import type { TrustKind } from './trust'

/** Markup worth parsing: it makes an element that loads (`<image>` is parsed as `<img>`). */
const LOADS = /<(?:iframe|img|image|feimage|script|source|video|audio|object|embed|input|link)\b/i

/** What innerHTML and its kind parse: its scripts never run, so they are left as they are. */
const INERT_MARKUP_SELECTOR = WATCHED_SELECTOR.replace('script,', '')

/** Elements that load even when not in the document: a pixel, `new Audio(url)`. */
const LOADS_DETACHED = new Set(['img', 'audio', 'video'])

/**
 * The name an attribute write is decided under: its local name when the attribute is the
 * element's own (no namespace) or SVG's older `xlink:href`, which loads like `href`; ''
 * (nothing to decide) in any other namespace.
 */
const ownAttributeName = (namespace: string | null, localName: string): string => {
  if (namespace === null || namespace === '' || namespace === XLINK) return localName
  return ''
}

/** A window with its own DOM constructors: the page's, or a same-origin frame's. */
export type Realm = Window & typeof globalThis

/** What the hooks hand back to the gate. */
export interface HookTargets {
  /** An element already in the document was marked or given a URL: track it now. */
  track(el: Element): void
  /** An image or media element that is not in the document was held (it would load even so). */
  holdPixel(el: Element): void
  /** Code reached a frame's (or a popup's) window: gate it too, if it is same-origin. */
  frameWindow(win: Window | null): void
  /** A shadow root was attached: watch it like the document. */
  observe(root: ShadowRoot): void
  trust(kind: TrustKind, text: string): unknown
}

/** What an attribute write stores: the value as text (a TrustedScriptURL's is its URL). */
const asText = (value: unknown) => String(value)

/** A gated script: marked and still `text/plain`, before it runs and after (the page's element). */
const isGatedScript = (el: Element) =>
  el.localName === 'script' &&
  el.hasAttribute('data-consent') &&
  (el.getAttribute('type') ?? '').toLowerCase() === 'text/plain'

/**
 * A script fetches as soon as it is inserted with a src, an image as soon as it gets one,
 * and a frame as soon as it is inserted, all before anyone hears of them: so the gate
 * decides when the URL is set, as yett does. Every route that writes an attribute comes
 * through `onWrite`: the `src` and `type` setters, `setAttribute`, `setAttributeNS`,
 * `setAttributeNode`, an attribute node's `value` (`nodeValue`, `textContent`), SVG's
 * `href.baseVal`. Markup parsed from a string starts
 * loading its frames and images before an observer hears of it: it is parsed inert (in a
 * template) first, claimed, and passed on written back with `data-src` for `src`.
 */
export function installHooks(
  gate: GateContext,
  patcher: Patcher,
  targets: HookTargets,
  realm: Realm = window,
): void {
  /** A page's write of `type` to a gated script becomes the type its copy will run with. */
  const keepTypeHeld = (el: Element, value: string | null) => {
    gate.asGate(() => {
      if (value === null) el.removeAttribute('data-type')
      else if (value.toLowerCase() !== 'text/plain') el.setAttribute('data-type', value)
    })
  }

  /**
   * Decides a write of attribute `name` (its lower-case name; null `value` removes it) to
   * `el`; `write` performs it and returns what the call returns.
   */
  const onWrite = (el: Element, name: string, value: unknown, write: () => unknown): unknown => {
    if (gate.writing() || !isWatched(el.localName)) return write()
    if (name === 'type' && el.localName === 'script') {
      if (!isGatedScript(el)) return write()
      // Flipping the type would run it now, granted or not.
      keepTypeHeld(el, value === null ? null : asText(value))
      return undefined
    }
    if (!urlAttributes(el).includes(name) || value === null || gate.done.has(el)) return write()
    const text = asText(value)
    claim(gate, el, { name, value: text })
    if (!el.hasAttribute('data-consent')) return write()
    // A held script keeps its src: as text/plain it fetches nothing. Any other element
    // keeps its URL in data-<attribute>, and gets none while held.
    const isScript = el.localName === 'script'
    if (!isScript) gate.asGate(() => el.setAttribute('data-' + name, text))
    const heldBack = !isScript && !gate.wanted(el)
    let result: unknown
    if (!heldBack) result = write()
    // Already in the document, so the observer will not hear of it: inserted first and
    // given a URL later (a frame or script created empty), or marked after insertion.
    if (el.isConnected) targets.track(el)
    else if (heldBack && LOADS_DETACHED.has(el.localName)) targets.holdPixel(el)
    return result
  }

  const setterOf =
    (name: string) =>
    (original: Original, el: Element, args: unknown[]): unknown =>
      onWrite(el, name, args[0], () => original(args))
  const setters: [prototype: object, keys: string[]][] = [
    [realm.HTMLScriptElement.prototype, ['src', 'type']],
    [realm.SVGScriptElement.prototype, ['type']],
    [realm.HTMLIFrameElement.prototype, ['src']],
    [realm.HTMLImageElement.prototype, ['src', 'srcset']],
    [realm.HTMLSourceElement.prototype, ['src', 'srcset']],
    [realm.HTMLMediaElement.prototype, ['src']],
    [realm.HTMLVideoElement.prototype, ['poster']],
    [realm.HTMLObjectElement.prototype, ['data']],
    [realm.HTMLEmbedElement.prototype, ['src']],
    [realm.HTMLInputElement.prototype, ['src']],
    [realm.HTMLLinkElement.prototype, ['href']],
  ]
  for (const [prototype, keys] of setters)
    for (const key of keys) patcher.wrap(prototype as Element, key, setterOf(key))

  // `new Audio(url)` sets its URL inside the browser, past every setter: made without one,
  // then given it through the setter above.
  patcher.wrapConstructor(realm, 'Audio', (NativeAudio, args) => {
    const audio = new NativeAudio() as HTMLAudioElement
    if (args[0] !== undefined) audio.src = asText(args[0])
    return audio
  })

  // Whoever calls it (`el.setAttribute`, `Element.prototype.setAttribute.call`,
  // `Reflect.apply`) calls this one function.
  patcher.wrap(realm.Element.prototype, 'setAttribute', (original, el, args) =>
    onWrite(el, String(args[0]).toLowerCase(), args[1], () => original(args)),
  )
  patcher.wrap(realm.Element.prototype, 'setAttributeNS', (original, el, args) => {
    const namespace = args[0] == null ? null : asText(args[0])
    const localName = String(args[1]).split(':').pop() ?? ''
    return onWrite(el, ownAttributeName(namespace, localName), args[2], () => original(args))
  })
  for (const key of ['setAttributeNode', 'setAttributeNodeNS'])
    patcher.wrap(realm.Element.prototype, key, (original, el, args) => {
      const attr = args[0]
      if (!(attr instanceof realm.Attr)) return original(args)
      const name = ownAttributeName(attr.namespaceURI, attr.localName)
      return onWrite(el, name, attr.value, () => original(args)) ?? null
    })
  // An attribute node's value, however it is written.
  for (const key of ['value', 'nodeValue', 'textContent'])
    patcher.wrap(realm.Attr.prototype, key, (original, attr, args) => {
      const el = attr.ownerElement
      if (!el) return original(args)
      const name = ownAttributeName(attr.namespaceURI, attr.localName)
      return onWrite(el, name, args[0], () => original(args))
    })
  // SVG's `href` is an SVGAnimatedString that does not say whose it is: its element is
  // noted when code reads `href`, which it must do to write `href.baseVal`.
  const animatedOwners = new WeakMap<object, Element>()
  for (const prototype of [realm.SVGImageElement.prototype, realm.SVGScriptElement.prototype])
    patcher.afterGet(prototype, 'href', (animated, el) => {
      animatedOwners.set(animated as object, el)
    })
  patcher.wrap(realm.SVGAnimatedString.prototype, 'baseVal', (original, animated, args) => {
    const el = animatedOwners.get(animated)
    if (!el) return original(args)
    return onWrite(el, 'href', args[0], () => original(args))
  })
  patcher.wrap(realm.Element.prototype, 'removeAttribute', (original, el, args) =>
    onWrite(el, String(args[0]).toLowerCase(), null, () => original(args)),
  )

  /** Markup parsed inert, claimed, and written back when anything was claimed. */
  const rewrite = (html: unknown, selector: string): unknown => {
    if (!LOADS.test(String(html))) return html
    const template = document.createElement('template')
    gate.asGate(() => {
      template.innerHTML = html as string
    })
    let claimed = false
    for (const el of template.content.querySelectorAll(selector))
      if (claim(gate, el)) claimed = true
    if (!claimed) return html
    if (typeof html === 'string') return template.innerHTML
    return targets.trust('createHTML', template.innerHTML)
  }

  /** Wraps a method or setter whose argument `index` is markup. */
  const markup = (target: object, key: string, index: number, selector = INERT_MARKUP_SELECTOR) =>
    patcher.wrap(target, key, (original, _self, args) => {
      if (!gate.writing()) args[index] = rewrite(args[index], selector)
      return original(args)
    })
  for (const target of [realm.Element.prototype, realm.ShadowRoot.prototype]) {
    markup(target, 'innerHTML', 0)
    markup(target, 'setHTMLUnsafe', 0)
  }
  markup(realm.Element.prototype, 'outerHTML', 0)
  markup(realm.Element.prototype, 'insertAdjacentHTML', 1)
  // Scripts of a contextual fragment run when it is inserted: they are held too.
  markup(realm.Range.prototype, 'createContextualFragment', 0, WATCHED_SELECTOR)
  // document.write runs inside a script, where no observer can run before what it writes
  // loads: its scripts, frames and images are decided here. Several strings are one markup.
  for (const key of ['write', 'writeln'])
    patcher.wrap(realm.Document.prototype, key, (original, _document, args) => {
      if (gate.writing()) return original(args)
      const html = args.length === 1 ? args[0] : args.map(asText).join('')
      return original([rewrite(html, WATCHED_SELECTOR)])
    })

  /** Claims what a node brings from another document (DOMParser) before it arrives in this one. */
  const claimTree = (node: unknown) => {
    if (!(node instanceof realm.Element || node instanceof realm.DocumentFragment)) return
    if (node instanceof realm.Element) claim(gate, node)
    for (const el of node.querySelectorAll(WATCHED_SELECTOR)) claim(gate, el)
  }
  for (const key of ['importNode', 'adoptNode'])
    patcher.wrap(realm.Document.prototype, key, (original, _document, args) => {
      claimTree(args[0])
      return original(args)
    })

  // A same-origin frame (about:blank, srcdoc) has DOM APIs of its own: they are wrapped as
  // soon as code reaches its window or document through the frame element.
  patcher.afterGet(realm.HTMLIFrameElement.prototype, 'contentWindow', win =>
    targets.frameWindow(win as Window | null),
  )
  patcher.afterGet(realm.HTMLIFrameElement.prototype, 'contentDocument', doc =>
    targets.frameWindow((doc as Document | null)?.defaultView ?? null),
  )
  // Code may reach a frame's window only through `window.frames` or `window[0]`, which no
  // hook sees: the window is wrapped when the frame loads. An about:blank frame loads as it
  // is inserted, before the call that inserts it returns. `load` does not bubble; it is
  // heard on its way down (capture) at the document, which is as high as it goes (HTML: a
  // document's parent is null for a `load` event).
  patcher.listen(realm.document, 'load', event => {
    const target = event.target
    if (target instanceof realm.HTMLIFrameElement) targets.frameWindow(target.contentWindow)
  })

  // A same-origin popup (`window.open()`, about:blank) is a realm like a frame's.
  patcher.wrap(realm, 'open', (original, _window, args) => {
    const opened = original(args) as Window | null
    targets.frameWindow(opened)
    return opened
  })

  patcher.wrap(realm.Element.prototype, 'attachShadow', (original, _host, args) => {
    const root = original(args) as ShadowRoot
    targets.observe(root)
    return root
  })

  // A clone of a marked script shares its fate: it runs at most once, with its source.
  patcher.wrap(realm.Node.prototype, 'cloneNode', (original, node, args) => {
    const clone = original(args)
    if (node instanceof realm.Element && isGatedScript(node) && clone instanceof realm.Element)
      gate.clonedFrom.set(clone, node)
    return clone
  })
}
