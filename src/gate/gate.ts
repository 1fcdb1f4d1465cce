import type { Consent } from '../core/consent'
import { cookieName } from '../core/storage'
import type { Decision } from '../core/types'
import { claim } from './claim'
import { cleanUp } from './cleanup'
import { createContext } from './context'
import { isWatched, WATCHED_SELECTOR } from './elements'
import { createFrameKeeper } from './frames'
import { installHooks, type HookTargets, type Realm } from './hooks'
import { keepDeleted } from './keep-deleted'
import { createNetworkGuard } from './network'
import { createPatcher } from './patch'
import { describe } from './refuse'
import { createScriptRunner } from './scripts'
import type { GateTexts } from './texts'
import { createTrust } from './trust'
import { isGranted, isWanted, type Traces } from './units'
import { tellVendors, withdrawalOf } from './vendors'

export type { GateTexts } from './texts'

/** Options of `startGate`. */
export interface GateOptions {
  /**
   * The placeholder texts (`held`, `loadOnce`, `allowAlways`), read each time a
   * placeholder is drawn; English where it gives none.
   * @example startGate(consent, { texts: () => ({ loadOnce: 'Einmal laden' }) })
   */
  texts?: () => Partial<GateTexts>
  /**
   * Milliseconds a gated external script may take to load or fail before the scripts
   * after it run anyway (it still runs when it arrives). Default 10000.
   */
  scriptTimeout?: number
}

/**
 * Images (and audio or video) made by code and never inserted (`new Image().src = ...`),
 * held before any decision: at most this many are kept, and sent if the visitor grants.
 */
const MAX_HELD_PIXELS = 20

/** When denied cookies are deleted again after a decision, in ms: scripts still running may set them. */
const SWEEP_AGAIN_MS = [0, 1000, 3000, 10_000, 30_000]

/** A connected script whose type makes it run: marking it came too late. */
const isExecutable = (el: Element) =>
  el.localName === 'script' && (el.getAttribute('type') ?? '').toLowerCase() !== 'text/plain'

/**
 * Starts gating: runs `<script type="text/plain" data-consent>`, loads
 * `<iframe data-consent data-src>` and `<img data-consent data-src>` once what they name
 * is granted; holds back scripts, frames and images that other code inserts from a
 * denied service's `hosts`; puts placeholders in place of held frames; deletes a denied
 * category's or service's cookies and storage keys. Returns a function that stops it.
 * Start it as early as possible: what ran before it cannot be held.
 * @example
 * import { startGate } from 'consentry/gate'
 * const stop = startGate(consent, { texts: () => ({ loadOnce: 'Load this video' }) })
 */
export function startGate(consent: Consent, options: GateOptions = {}): () => void {
  const { config, $decision } = consent
  const gate = createContext(consent)
  const patcher = createPatcher()
  const trust = createTrust()
  const frames = createFrameKeeper(gate, options.texts ?? (() => ({})))
  // Tracked elements: held ones, and frames that may go back to a placeholder.
  const tracked = new Set<Element>()
  // Held images, audio and video that are not in the document (see MAX_HELD_PIXELS).
  const pixels = new Set<Element>()
  const scripts = createScriptRunner(gate, {
    trust,
    timeout: options.scriptTimeout ?? 10_000,
    onHeld: script => tracked.add(script),
  })

  /** Brings one tracked element in line with the decision. */
  const sync = (el: Element) => {
    if (gate.done.has(el)) return
    if (!gate.wanted(el)) {
      if (el.localName === 'iframe') frames.hold(el)
      return
    }
    if (el.localName !== 'script') {
      frames.show(el)
      return
    }
    if (!el.isConnected) return
    tracked.delete(el)
    scripts.enqueue(el)
  }

  /** A script, frame or image enters the document: track it if it is marked or claimed. */
  const track = (el: Element) => {
    if (gate.done.has(el)) return
    claim(gate, el)
    if (!el.hasAttribute('data-consent')) return
    if (isExecutable(el)) {
      gate.done.add(el)
      console.warn(
        'consentry: not gated, add type="text/plain":',
        describe(el, el.getAttribute('src')),
      )
      return
    }
    tracked.add(el)
    sync(el)
  }

  /** Keeps a held image that is not in the document, while nothing has been decided. */
  const holdPixel = (el: Element) => {
    // Made after a decision that denies it: dropped, never sent in this page view.
    if (!$decision.get().ask) return
    if (pixels.size < MAX_HELD_PIXELS) pixels.add(el)
  }

  /** Sends the pixels a decision grants; once decided, drops those it denies. */
  const settlePixels = (decision: Decision) => {
    for (const el of pixels) if (isWanted(decision, el)) frames.show(el)
    if (!decision.ask) pixels.clear()
  }

  // Parser-inserted elements reach the observer before they run (HTML: the parser performs
  // a microtask checkpoint before it prepares a script); the hooks catch code.
  // The hot path of pages that insert many nodes: a tag name and a child are all most cost.
  const observer = new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue
        const el = node as Element
        if (isWatched(el.localName)) track(el)
        else if (el.firstElementChild) el.querySelectorAll(WATCHED_SELECTOR).forEach(track)
      }
  })
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true })
  observe(document)

  // Same-origin frames whose DOM APIs are wrapped too, the page's own first.
  const realms: Realm[] = [window]
  // A frame's window stays the same object when it navigates; the realm behind it changes,
  // and is known by its own prototypes.
  const hookedRealms = new WeakSet<object>([Element.prototype])
  const targets: HookTargets = {
    track,
    holdPixel,
    observe,
    trust,
    frameWindow: win => {
      if (!win) return
      let child: Realm
      let hooked: boolean
      try {
        // A cross-origin frame's realm cannot be read: its own origin is its business.
        child = win as Realm
        // Each time: a navigation may keep the realm and bring a new document. Observing
        // a document again changes nothing.
        observe(child.document)
        hooked = hookedRealms.has(child.Element.prototype)
      } catch {
        return
      }
      if (hooked) return
      hookedRealms.add(child.Element.prototype)
      if (!realms.includes(child)) realms.push(child)
      installHooks(gate, patcher, targets, child)
      if (guarded) network.install(child)
    },
  }
  installHooks(gate, patcher, targets)

  // Services withdrawn during this page view: code of theirs that already ran may still send.
  const withdrawnServices = new Set<string>()
  let guarded = false
  /** A denied service with gate.network; a withdrawn one unless gate.network is false. */
  const refusedService = (service: string) => {
    if (gate.granted(service)) return false
    return config.gate?.network === true || withdrawnServices.has(service)
  }
  const network = createNetworkGuard({
    patcher,
    trust,
    refused: url => {
      const service = gate.serviceOf(url)
      return service !== undefined && refusedService(service)
    },
    workerRules: () =>
      gate.hostRules.map(rule => ({ host: rule.host, refused: refusedService(rule.service) })),
  })
  /** Installs the network guard once: at the start with gate.network, else at the first withdrawal. */
  const guard = () => {
    if (guarded) return
    guarded = true
    for (const realm of realms) network.install(realm)
  }
  if (config.gate?.network) guard()

  /** Calls a withdrawn unit's `onRevoke`; an exception in it is logged, not thrown. */
  const revoke = (traces: Traces) => {
    try {
      traces.onRevoke?.()
    } catch (error) {
      console.error(error)
    }
  }

  // What the latest decision denies. Scripts still running may write their cookies again:
  // they are deleted again on a schedule, and, after a withdrawal, kept deleted (see
  // keepDeleted) for the rest of the page view.
  let denied: Traces[] = []
  const sweepNow = () => {
    if (denied.length) cleanUp(denied, cookieName(config))
  }
  let stopKeeping: (() => void) | undefined
  const sweep = (afterWithdrawal: boolean) => {
    sweepNow()
    for (const delay of SWEEP_AGAIN_MS) setTimeout(sweepNow, delay)
    if (!afterWithdrawal || stopKeeping) return
    const keep = cookieName(config)
    stopKeeping = keepDeleted({ denied: () => denied, keep, sweep: sweepNow, patcher })
  }

  let previous: Decision | undefined
  /** Withdrawals call `onRevoke`; what is denied by a decision is cleaned up. */
  const settleUnits = (decision: Decision) => {
    const withdrawn: string[] = []
    const deniedNow: Traces[] = []
    for (const [name, unit] of gate.units) {
      if (isGranted(decision, name)) continue
      const wasGranted = previous !== undefined && isGranted(previous, name)
      if (wasGranted) {
        withdrawn.push(name)
        revoke(unit.traces)
        if (unit.category !== name) withdrawnServices.add(name)
      }
      // Nothing is deleted before a first decision; after it (or on withdrawal), what is
      // denied is. Only units that name something to delete: a sweep reads
      // document.cookie and both storages.
      const decided = !decision.ask || wasGranted
      if (decided && (unit.traces.cookies || unit.traces.storage)) deniedNow.push(unit.traces)
    }
    previous = decision
    denied = deniedNow
    if (withdrawn.length) tellVendors(withdrawalOf(gate, withdrawn))
    if (denied.length) sweep(withdrawn.length > 0)
    if (withdrawnServices.size && config.gate?.network !== false) guard()
    if (withdrawn.length && config.reloadOnWithdraw) location.reload()
  }

  const off = $decision.subscribe(decision => {
    tracked.forEach(sync)
    scripts.recheck()
    settlePixels(decision)
    settleUnits(decision)
    network.update()
  })

  // Unmarked scripts already in the page have run: only marked elements and frames are left to hold.
  document.querySelectorAll('[data-consent],iframe').forEach(track)

  return () => {
    observer.disconnect()
    off()
    stopKeeping?.()
    patcher.undo()
  }
}
