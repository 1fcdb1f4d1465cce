import type { GateContext } from './context'
import { removeOlderHref, urlAttributes, urlAttributeValue, urlsOf } from './elements'

/** An attribute write the gate is deciding on, before the element has it. */
export interface PendingWrite {
  name: string
  value: string
}

/** The element's URL attributes with their values, the pending write in place of its current one. */
const urlValues = (el: Element, pending?: PendingWrite) =>
  urlAttributes(el).map(name => ({
    name,
    value: name === pending?.name ? pending.value : urlAttributeValue(el, name),
  }))

/**
 * Marks an unmarked element whose URL belongs to a service, as if the page had marked it:
 * `data-consent` (its category) and `data-service`. A script becomes `type="text/plain"`,
 * with the type it will run with in `data-type`, and keeps its src (as text/plain it
 * fetches nothing, and its copy needs it). Any other element's URL attributes are copied
 * to `data-<attribute>` and, while denied, removed: without them it cannot load. Granted
 * elements are left alone, except frames, marked even then so that they can go back to a
 * placeholder on withdrawal. Returns whether it marked the element.
 */
export function claim(gate: GateContext, el: Element, pending?: PendingWrite): boolean {
  if (el.hasAttribute('data-consent')) return false
  const values = urlValues(el, pending)
  let service: string | undefined
  for (const { name, value } of values) {
    if (value === null || service !== undefined) continue
    service = urlsOf(name, value)
      .map(url => gate.serviceOf(url))
      .find(found => found !== undefined)
  }
  if (service === undefined) return false
  const granted = gate.granted(service)
  if (granted && el.localName !== 'iframe') return false
  const unit = gate.units.get(service)
  if (!unit) return false
  const marked = service
  gate.asGate(() => {
    el.setAttribute('data-consent', unit.category)
    el.setAttribute('data-service', marked)
    if (el.localName === 'script') {
      el.setAttribute('data-type', el.getAttribute('type') ?? '')
      el.setAttribute('type', 'text/plain')
      return
    }
    for (const { name, value } of values) {
      if (value === null) continue
      el.setAttribute('data-' + name, value)
      if (granted || name === pending?.name) continue
      el.removeAttribute(name)
      if (name === 'href') removeOlderHref(el)
    }
  })
  return true
}
