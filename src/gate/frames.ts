import type { GateContext } from './context'
import { urlAttributes, urlsOf } from './elements'
import { placeholder, type PlaceholderButton } from './placeholder'
import { activatable } from './refuse'
import { defaultTexts, heldText, type GateTexts } from './texts'

/** Loads frames and images once granted, and keeps held frames behind placeholders. */
export interface FrameKeeper {
  /**
   * Loads a frame, image or other element from its `data-src` (and `data-srcset`...), in
   * place of its placeholder if it has one.
   */
  show(el: Element): void
  /** Puts a placeholder in place of a held frame (once). */
  hold(frame: Element): void
}

export function createFrameKeeper(gate: GateContext, texts: () => Partial<GateTexts>): FrameKeeper {
  // Held frames, each with the placeholder standing in for it.
  const placeholders = new Map<Element, Element>()
  const labelOf = (name: string) => gate.units.get(name)?.label ?? name

  /**
   * A frame given a src while the parser is still at work may not navigate at all (seen
   * in Chromium 156): the src is set while it is out of the document.
   */
  const show = (el: Element) => {
    const waiting = urlAttributes(el)
      .map(name => ({ name, url: el.getAttribute('data-' + name) }))
      .filter(({ name, url }) => url !== null && url !== '' && el.getAttribute(name) !== url)
    if (!waiting.length) return
    for (const { name, url } of waiting)
      if (!urlsOf(name, url!).every(one => activatable(el, 'data-' + name, one))) {
        // Refused for good: said once, never tried again.
        gate.done.add(el)
        return
      }
    let standIn: ChildNode | undefined = placeholders.get(el)
    placeholders.delete(el)
    if (!standIn && el.parentNode) {
      standIn = new Text()
      el.replaceWith(standIn)
    }
    gate.asGate(() => {
      for (const { name, url } of waiting) el.setAttribute(name, url!)
    })
    if (!standIn) return
    const hadFocus = standIn.contains(document.activeElement)
    standIn.replaceWith(el)
    if (hadFocus) (el as HTMLElement).focus()
  }

  const hold = (frame: Element) => {
    if (placeholders.has(frame) || !frame.parentNode) return
    const rule = frame.getAttribute('data-consent') ?? ''
    const inverted = rule.startsWith('!')
    const category = inverted ? rule.slice(1) : rule
    const name = frame.getAttribute('data-service') || category
    const label = labelOf(name)
    // Read when drawn, so that a language file that arrived late still applies.
    const words = { ...defaultTexts, ...texts() }
    // Category and service names are distinct: each is ignored where it is not one.
    const grant = { [name]: true }
    const buttons: PlaceholderButton[] = [
      {
        label: words.loadOnce,
        onClick: () => {
          gate.done.add(frame)
          show(frame)
        },
      },
      { label: words.allowAlways, onClick: () => gate.consent.set(grant, grant) },
    ]
    const box = placeholder(
      frame as HTMLElement,
      {
        label,
        text: heldText(words.held, label, labelOf(category)),
        // A `!category` frame shows only when the category goes: no buttons.
        buttons: inverted ? [] : buttons,
      },
      // The UI's theme, read from the config: the gate does not import the UI.
      { theme: gate.consent.config.ui?.theme },
    )
    // Detached, the frame unloads; without `src` it cannot load again until shown.
    gate.asGate(() => frame.removeAttribute('src'))
    placeholders.set(frame, box)
    frame.replaceWith(box)
  }

  return { show, hold }
}
