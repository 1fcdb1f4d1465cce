import type { GateContext } from './context'
import { isOlderHref, scriptUrlAttribute, urlAttributeValue } from './elements'
import { activatable } from './refuse'
import type { TrustKind } from './trust'

/**
 * Attributes the copy does not take over: the marks, and what the gate sets itself (the
 * URL attribute, `src` or SVG's `href`, too).
 */
const NOT_COPIED = new Set(['type', 'data-consent', 'data-type', 'onload', 'onerror'])

/** Runs granted scripts one after the other. */
export interface ScriptRunner {
  /** Queues a granted script; it runs after those queued before it. */
  enqueue(script: Element): void
  /** Cancels the script that is loading if it is no longer granted, and goes on. */
  recheck(): void
}

export interface ScriptRunnerOptions {
  trust: (kind: TrustKind, text: string) => unknown
  /** Milliseconds an external script may take to load or fail before the next one runs. */
  timeout: number
  /** A queued script that was withdrawn or removed before its turn: it stays held. */
  onHeld: (script: Element) => void
}

/** The external script loading now: the page's element and the copy that runs. */
interface Running {
  original: Element
  copy: HTMLScriptElement
  timer: ReturnType<typeof setTimeout>
}

/**
 * A queue that runs scripts in order: an external one's load or error (or the timeout)
 * runs the one after it. Each runs as a fresh copy: a clone keeps the "already started"
 * flag that markup parsing (innerHTML, insertAdjacentHTML) sets, and would never run.
 */
export function createScriptRunner(gate: GateContext, options: ScriptRunnerOptions): ScriptRunner {
  const queue: Element[] = []
  let running: Running | undefined

  /**
   * A new element with the original's attributes in their order, the src through the
   * policy, as Trusted Types ask; the nonce, hidden from attributes once parsed, through
   * the property. Where Trusted Types are enforced without the policy allowed, the src is
   * refused: a clone then, which runs unless the script arrived as markup.
   */
  const copyOf = (original: Element, urlName: string): HTMLScriptElement => {
    // SVG's <script> in its own namespace: an HTML one would not load its href.
    let copy = document.createElementNS(original.namespaceURI, 'script') as HTMLScriptElement
    try {
      for (const attribute of original.attributes) {
        const { name, value } = attribute
        // The URL is set below, through the policy; an SVG script's xlink:href as its href.
        const isUrl = name === urlName || isOlderHref(attribute)
        if (!NOT_COPIED.has(name) && !isUrl) copy.setAttribute(name, value)
      }
      const url = urlAttributeValue(original, urlName)
      if (url !== null) copy.setAttribute(urlName, options.trust('createScriptURL', url) as string)
    } catch {
      copy = original.cloneNode(true) as HTMLScriptElement
      for (const name of NOT_COPIED) copy.removeAttribute(name)
    }
    const type = original.getAttribute('data-type')
    if (type) copy.setAttribute('type', type)
    copy.nonce = (original as HTMLOrSVGElement & Element).nonce
    gate.done.add(copy)
    return copy
  }

  /** The running script loaded, failed or took too long: the next one's turn. */
  const finish = () => {
    if (running) clearTimeout(running.timer)
    running = undefined
    runQueued()
  }

  /** Starts one queued script; an external one becomes `running`. */
  const start = (original: Element) => {
    // Withdrawn (or removed) while waiting its turn: it stays held.
    if (!original.isConnected || !gate.wanted(original)) {
      options.onHeld(original)
      return
    }
    // At most once per page view, also for a clone of it or the page inserting it again.
    const origin = gate.origin(original)
    const ranBefore = gate.done.has(origin)
    gate.done.add(original)
    gate.done.add(origin)
    if (ranBefore) return
    const urlName = scriptUrlAttribute(original)
    const src = urlAttributeValue(original, urlName)
    if (src !== null && !activatable(original, urlName, src)) return
    const copy = gate.asGate(() => copyOf(original, urlName))
    if (src === null) {
      // Trusted Types: a copied script's text counts as modified, so a policy must vouch for it.
      copy.textContent = options.trust('createScript', original.textContent ?? '') as string
    } else {
      // The page's handlers are on its own element: they hear the copy's load or error.
      const settled = (event: Event) => {
        original.dispatchEvent(new Event(event.type))
        if (running?.copy === copy) finish()
      }
      copy.addEventListener('load', settled)
      copy.addEventListener('error', settled)
      running = { original, copy, timer: setTimeout(finish, options.timeout) }
    }
    original.replaceWith(copy)
  }

  const runQueued = () => {
    while (!running && queue.length) start(queue.shift()!)
  }

  return {
    enqueue(script) {
      queue.push(script)
      runQueued()
    },
    recheck() {
      if (!running || gate.wanted(running.original)) return
      // A script still loading when its consent goes: moving it to another document
      // cancels it (HTML: "execute the script element" returns when the documents differ).
      new Document().adoptNode(running.copy)
      finish()
    },
  }
}
