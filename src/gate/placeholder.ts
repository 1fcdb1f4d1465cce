// Placeholders are plain DOM: one per held frame, built once, no framework needed.
// Sized with CSSOM (`style.width`), which a CSP without 'unsafe-inline' still allows,
// and styled by a constructed stylesheet, which needs no nonce.
// `:where` keeps specificity at zero: the frame's own classes, copied over, size it.
const CSS =
  ':where(.consentry-held){display:inline-grid;place-content:center;gap:8px;box-sizing:border-box;width:300px;' +
  'height:150px;max-width:100%;padding:8px;overflow:auto;border:1px solid;text-align:center}'

let sheetAdopted = false

/** Adds the placeholder stylesheet to the document, once. */
const adoptSheet = () => {
  if (sheetAdopted) return
  sheetAdopted = true
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    document.adoptedStyleSheets.push(sheet)
  } catch {
    // No constructed stylesheets (an old browser): the placeholder is unstyled, still usable.
  }
}

const element = (tag: string, text = '') => {
  const created = document.createElement(tag)
  created.textContent = text
  return created
}

/** One button of a placeholder. */
export interface PlaceholderButton {
  label: string
  onClick: () => void
}

/** What a placeholder says. */
export interface PlaceholderContent {
  /** Its accessible name: what is held. */
  label: string
  /** What is held and why. */
  text: string
  /** None for a frame that only a withdrawal can show (`!category`). */
  buttons: PlaceholderButton[]
}

/** A placeholder of the same size as `frame`, saying what is held and why. */
export function placeholder(frame: HTMLElement, content: PlaceholderContent): HTMLElement {
  adoptSheet()
  const box = element('div')
  box.className = 'consentry-held ' + frame.className
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', content.label)
  box.style.cssText = frame.style.cssText
  for (const side of ['width', 'height'] as const) {
    const size = frame.getAttribute(side)
    if (!size) continue
    // A bare number is pixels, as in the frame's own attribute.
    box.style[side] = /\D/.test(size) ? size : size + 'px'
  }
  box.append(element('p', content.text))
  for (const { label, onClick } of content.buttons) {
    const button = element('button', label) as HTMLButtonElement
    // Inside a <form>, a plain <button> would submit it.
    button.type = 'button'
    button.onclick = onClick
    box.append(button)
  }
  return box
}
