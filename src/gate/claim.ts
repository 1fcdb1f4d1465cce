import type { GateContext } from './context'

/**
 * Marks an unmarked element whose URL belongs to a service, as if the page had marked it:
 * `data-consent` (its category), `data-service`, and for a script `type="text/plain"` with
 * the type it will run with in `data-type`; for a frame or image the URL moves to
 * `data-src` (and `src` goes, while denied). Granted scripts and images are left alone;
 * frames are marked even when granted, so that they can go back to a placeholder on
 * withdrawal. Returns whether it marked the element.
 */
export function claim(gate: GateContext, el: Element, url: unknown): boolean {
  if (el.hasAttribute('data-consent')) return false
  const service = gate.serviceOf(url)
  if (service === undefined) return false
  const granted = gate.granted(service)
  if (granted && el.localName !== 'iframe') return false
  const unit = gate.units.get(service)
  if (!unit) return false
  gate.asGate(() => {
    el.setAttribute('data-consent', unit.category)
    el.setAttribute('data-service', service)
    if (el.localName === 'script') {
      // A held script keeps its src: as text/plain it fetches nothing, and its copy needs it.
      el.setAttribute('data-type', el.getAttribute('type') ?? '')
      el.setAttribute('type', 'text/plain')
      return
    }
    el.setAttribute('data-src', String(url))
    // Without `src` the element cannot load until it is granted.
    if (!granted) el.removeAttribute('src')
  })
  return true
}
