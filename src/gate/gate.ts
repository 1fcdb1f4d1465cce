import type { Consent } from '../core/consent'
import { cookieName } from '../core/storage'
import type { CookiePattern, Decision } from '../core/types'
import { format, textsFor } from '../ui/texts'
import { cleanUp } from './cleanup'
import { hostIn } from './match'
import { guardNetwork } from './network'
import { hooker } from './patch'
import { placeholder } from './placeholder'

const WATCH = new Set('script,iframe,img'.split(','))

/** A category or service: its label, its category, and its config (`cookies`, `storage`, `onRevoke`). */
type Unit = [
  label: string,
  category: string,
  config: { cookies?: CookiePattern[]; storage?: CookiePattern[]; onRevoke?: () => void },
]

/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent)
 */
export function startGate(consent: Consent<any>): () => void {
  const { config, $decision } = consent
  const units: { [name: string]: Unit } = {}
  const hosts: [host: string, service: string][] = []
  for (const cat in config.categories) {
    const c = config.categories[cat]
    units[cat] = [c.label || cat, cat, c]
    for (const name in c.services) {
      const s = c.services[name]
      units[name] = [s.label || name, cat, s]
      for (const h of s.hosts || []) hosts.push([h.toLowerCase().replace(/^\*?\./, ''), name])
    }
  }

  const undo: (() => void)[] = []
  const hook = hooker(undo)
  // Tracked elements: held ones, and frames that may go back to a placeholder.
  const items = new Set<Element>()
  // Held frames, each with the placeholder standing in for it.
  const frames = new Map<Element, Element>()
  // Scripts that ran (and their copies), frames loaded once: never touched again.
  const done = new WeakSet<Element>()
  const queue: Element[] = []
  let running: [copy: Element, original: Element] | 0 = 0
  let policy: any
  let prev: Decision | undefined

  // The gate's own writes go through its hooks: what it loads is marked, and marked is let through.

  /** Granted state of a category or service; anything unknown (or inherited, like `toString`) is not. */
  const ok = (name: string, d = $decision.get()) =>
    (d.categories[name] ?? d.services[name]) === true

  /** The service whose `hosts` cover a URL's host; none for a URL that cannot be parsed. */
  const serviceOf = (url: unknown) => {
    let host = ''
    try {
      // Parsed only when some service has hosts: every src that enters the page comes here.
      for (const [h, name] of hosts)
        if (hostIn((host ||= new URL(String(url), document.baseURI).hostname), h)) return name
    } catch {}
  }

  /**
   * Whether the element's markup is granted. A named service decides: it follows its
   * category unless the visitor chose it apart ("Always allow"). `!` inverts. What
   * names nothing stays held.
   */
  const want = (el: Element) => {
    const rule = el.getAttribute('data-consent') || ''
    const name = el.getAttribute('data-service') || rule.replace(/^!/, '')
    return !!name && (rule[0] == '!') != ok(name)
  }

  /**
   * Marks an unmarked element whose URL belongs to a service, as if the page had marked
   * it; returns true when it must not load now. Frames are marked even when granted, so
   * that they can go back to a placeholder on withdrawal.
   */
  const claim = (el: Element, url: unknown) => {
    const name = serviceOf(url)
    if (!name || el.hasAttribute('data-consent') || (el.localName != 'iframe' && ok(name))) return
    el.setAttribute('data-consent', units[name][1])
    el.setAttribute('data-service', name)
    if (el.localName == 'script') {
      // In this order: once it has a data-type, the hooks below take a write of type for it.
      const type = el.getAttribute('type') || ''
      el.setAttribute('type', 'text/plain')
      el.setAttribute('data-type', type)
    } else el.setAttribute('data-src', String(url))
    // A held script keeps its src: as text/plain it fetches nothing, and its copy needs it.
    return !ok(name) && (el.localName == 'script' || el.removeAttribute('src'), 1)
  }

  /** A script, frame or image enters the document: track it if it is marked or claimed. */
  const see = (el: Element) => {
    if (done.has(el)) return
    const src = el.getAttribute('src')
    if (src) claim(el, src)
    if (!el.hasAttribute('data-consent')) return
    if (el.localName == 'script' && el.getAttribute('type')?.toLowerCase() != 'text/plain')
      return (
        done.add(el) &&
        console.warn(
          'consentry: not gated, add type="text/plain":',
          src || el.outerHTML.slice(0, 80),
        )
      )
    items.add(el)
    sync(el)
  }

  /** Brings one tracked element in line with the decision. */
  const sync = (el: Element) => {
    if (done.has(el)) return
    const box = frames.get(el)
    if (want(el))
      el.localName == 'script'
        ? el.isConnected && (items.delete(el), queue.push(el), running || next())
        : show(el, box)
    else if (el.localName == 'iframe' && !box && el.parentNode) {
      const rule = el.getAttribute('data-consent')!
      const cat = rule.replace(/^!/, '')
      const service = el.getAttribute('data-service')
      const t = textsFor(consent)
      const label = (name: string) => (units[name] || [name])[0]
      const who = label(service || cat)
      // Category and service names are distinct: each is ignored where it is not one.
      const grant = { [service || cat]: true }
      const stand = placeholder(
        el as HTMLElement,
        who,
        format(t.held, { service: who, category: label(cat) }),
        // A `!category` frame gets no buttons.
        rule != cat
          ? []
          : [
              [t.loadOnce, () => (done.add(el), show(el, stand))],
              [t.allowAlways, () => consent.set(grant, grant)],
            ],
      )
      // Detached, the frame unloads; without `src` it cannot load again until shown.
      el.removeAttribute('src')
      frames.set(el, stand)
      el.replaceWith(stand)
    }
  }

  /**
   * Loads a frame or an image: its `src` from `data-src`, in place of its placeholder if
   * it has one. A frame given a src while the parser is still at work may not navigate at
   * all (seen in Chromium 156): the src is set while it is out of the document.
   */
  const show = (el: Element, box?: ChildNode) => {
    const url = el.getAttribute('data-src')
    if (!url || el.getAttribute('src') == url) return
    frames.delete(el)
    if (!box && el.parentNode) el.replaceWith((box = new Text()))
    ;(el as HTMLIFrameElement).src = url
    if (box) {
      const focus = box.contains(document.activeElement)
      box.replaceWith(el)
      if (focus) (el as HTMLElement).focus()
    }
  }

  /**
   * Trusted Types: the `consentry` policy, created on first use, vouches only for what
   * the page already wrote: a gated script's own text or URL, or markup the page passed as
   * TrustedHTML with `src` moved to `data-src`. Without Trusted Types, the string.
   */
  const trust = (kind: 'createScript' | 'createHTML' | 'createScriptURL', s: string) => {
    try {
      // Tried once: 0 while it is tried, and after it failed.
      policy ??=
        ((policy = 0),
        (window as any).trustedTypes.createPolicy('consentry', {
          createScript: String,
          createHTML: String,
          createScriptURL: String,
        }))
    } catch {}
    return policy ? policy[kind](s) : s
  }

  /** Runs queued scripts in order; an external one's load or error runs the one after it. */
  const next = () => {
    running = 0
    while (!running && queue.length) {
      const old = queue.shift()!
      // Withdrawn (or removed) while waiting its turn: it stays held.
      if (!old.isConnected || !want(old)) {
        items.add(old)
        continue
      }
      // A new element, not a clone: a clone keeps the "already started" flag that markup
      // parsing (innerHTML, insertAdjacentHTML) sets, and would never run. Attributes in
      // their order (the mark before src, so the hooks do not claim it); the src through
      // the policy, as Trusted Types ask; the nonce, hidden from attributes once parsed,
      // through the property.
      // Where Trusted Types are enforced without the policy allowed, the src is refused: a
      // clone then, which runs unless the script arrived as markup.
      let copy = document.createElement('script')
      try {
        for (const { name, value } of old.attributes)
          if (name != 'src') copy.setAttribute(name, value)
        if (old.hasAttribute('src')) copy.src = trust('createScriptURL', old.getAttribute('src')!)
      } catch {
        copy = old.cloneNode(true) as HTMLScriptElement
      }
      const type = old.getAttribute('data-type')
      copy.nonce = (old as HTMLScriptElement).nonce
      done.add(old).add(copy)
      for (const name of ['data-consent', 'data-type', 'type']) copy.removeAttribute(name)
      if (type) copy.setAttribute('type', type)
      if (copy.hasAttribute('src')) {
        running = [copy, old]
        // Listeners, not `onload`: the page's own onload attribute was copied and must still run.
        // (Once nothing runs, `running` is 0, and `0[0]` is undefined.)
        const step = () => (running as any)[0] == copy && next()
        copy.addEventListener('load', step)
        copy.addEventListener('error', step)
        // Trusted Types: a copied script's text counts as modified, so a policy must vouch for it.
      } else copy.text = trust('createScript', old.textContent!)
      old.replaceWith(copy)
    }
  }

  // Parser-inserted elements reach the observer before they run (HTML: the parser performs
  // a microtask checkpoint before it prepares a script); the setters below catch code.
  // The hot path of pages that insert many nodes: a tag name and a child are all most cost.
  const observer = new MutationObserver(records => {
    for (const r of records)
      for (const n of r.addedNodes as NodeListOf<Element>)
        WATCH.has(n.localName)
          ? see(n)
          : n.firstElementChild && n.querySelectorAll('script,iframe,img').forEach(see)
  })
  observer.observe(document, { childList: true, subtree: true })

  if (hosts[0]) {
    // A script fetches as soon as it is inserted with a src, an image as soon as it gets
    // one, and a frame as soon as it is inserted, all before anyone hears of them: so
    // decide when the URL is set, as yett does. `held` tells whether a write of `src`
    // (or of a held script's `type`) must be swallowed: a held image is tracked even
    // detached, so that a pixel held now is sent once granted; a held script takes its
    // type as `data-type`, the type its copy will have.
    const held = (el: Element, key: string, v: unknown) =>
      key == 'src'
        ? claim(el, v) && el.localName != 'script' && (el.localName != 'img' || items.add(el))
        : key == 'type' &&
          el.hasAttribute('data-type') &&
          (el.setAttribute('data-type', String(v)), 1)
    for (const c of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement])
      hook(
        c.prototype,
        (c == HTMLScriptElement ? 'type ' : '') + 'src setAttribute',
        (args, el, key) =>
          held(
            el,
            key == 'setAttribute' ? String(args[0]).toLowerCase() : key,
            args[args.length - 1],
          ) && [],
      )
    // Markup parsed from a string starts loading its frames and images before an observer
    // hears of it: when it names a denied host, parse it inert (in a template) first, hold
    // what it must, and pass on the markup written back with `data-src` for `src`.
    const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
    const rewrite = (html: unknown) => {
      const s = String(html)
      if (!/<(iframe|img)/i.test(s) || !hosts.some(([h, name]) => s.includes(h) && !ok(name)))
        return html
      const t = document.createElement('template')
      inner.call(t, html)
      t.content.querySelectorAll('iframe,img').forEach(el => claim(el, el.getAttribute('src')))
      return typeof html == 'string' ? t.innerHTML : trust('createHTML', t.innerHTML)
    }
    // The markup is the value of innerHTML and outerHTML, the second argument of insertAdjacentHTML.
    hook(Element.prototype, 'innerHTML outerHTML insertAdjacentHTML', args => {
      args.push(rewrite(args.pop()))
    })
  }

  if (config.gate?.network)
    guardNetwork(url => {
      const name = serviceOf(url)
      return !!name && !ok(name)
    }, hook)

  const off = $decision.subscribe(d => {
    items.forEach(sync)
    // A script still loading when its consent goes: moving it to another document
    // cancels it (HTML: "execute the script element" returns when the documents differ).
    if (running && !want(running[1])) {
      new Document().adoptNode(running[0])
      next()
    }
    let withdrawn = 0
    const gone: Unit[2][] = []
    for (const name in units) {
      const unit = units[name][2]
      const was = prev && ok(name, prev)
      if (ok(name, d)) continue
      if (was) {
        withdrawn = 1
        try {
          unit.onRevoke?.()
        } catch (e) {
          console.error(e)
        }
      }
      // Nothing is deleted before a first decision; after it (or on withdrawal), what is denied is.
      // Only units that name something to delete: a sweep reads document.cookie and both storages.
      if ((!d.ask || was) && (unit.cookies || unit.storage)) gone.push(unit)
    }
    prev = d
    const sweep = () => cleanUp(gone, cookieName(config))
    if (gone[0]) {
      sweep()
      // Scripts that are still running may set their cookies again right away.
      setTimeout(sweep)
      setTimeout(sweep, 1e3)
    }
    if (withdrawn && config.reloadOnWithdraw) location.reload()
  })

  // Unmarked scripts already in the page have run: only marked elements and frames are left to hold.
  document.querySelectorAll('[data-consent],iframe').forEach(see)

  return () => {
    observer.disconnect()
    off()
    undo.forEach(f => f())
  }
}
