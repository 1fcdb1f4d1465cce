// Placeholders are plain DOM: one per held frame, built once, no framework needed.
// Sized with CSSOM (`style.width`), which a CSP without 'unsafe-inline' still allows,
// and styled by a constructed stylesheet, which needs no nonce.
// `:where` keeps specificity at zero: the frame's own classes, copied over, size it.
const CSS =
  ':where(.consentry-held){display:inline-grid;place-content:center;gap:8px;box-sizing:border-box;width:300px;' +
  'height:150px;max-width:100%;padding:8px;overflow:auto;border:1px solid;text-align:center}'

let sheet = 0

const el = (tag: string, text = '') => {
  const e = document.createElement(tag)
  e.textContent = text
  return e
}

/**
 * A placeholder of the same size as `frame`: `text` says what is held and why; the
 * buttons appear when `buttons` is given (labels with their click handlers).
 */
export function placeholder(
  frame: HTMLElement,
  label: string,
  text: string,
  buttons: [string, () => void][],
): HTMLElement {
  if (!sheet++)
    try {
      const s = new CSSStyleSheet()
      s.replaceSync(CSS)
      document.adoptedStyleSheets.push(s)
    } catch {}
  const box = el('div')
  box.className = 'consentry-held ' + frame.className
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', label)
  box.style.cssText = frame.style.cssText
  for (const side of ['width', 'height'] as const) {
    const size = frame.getAttribute(side)
    if (size) box.style[side] = /\D/.test(size) ? size : size + 'px'
  }
  box.append(
    el('p', text),
    // Inside a <form>, a plain <button> would submit it.
    ...buttons.map(([name, click]) =>
      Object.assign(el('button', name), { type: 'button', onclick: click }),
    ),
  )
  return box
}
