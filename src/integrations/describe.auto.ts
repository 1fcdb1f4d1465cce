// Drop-in `describe.js`, for the privacy policy page: adds `consent.describe()` and fills
// every `<div data-consentry-policy>` with the text generated from the live config, so
// the page says exactly what the SDK does.
import { describePolicy } from './describe'

const consent: any = (window as any).consent
if (consent) {
  consent.describe = () => describePolicy(consent.config)
  const render = () => {
    const { paragraphs } = consent.describe()
    for (const el of document.querySelectorAll('[data-consentry-policy]')) {
      el.textContent = ''
      for (const p of paragraphs) {
        const h = el.appendChild(document.createElement('h3'))
        h.textContent = p.title
        const t = el.appendChild(document.createElement('p'))
        t.textContent = p.text
        t.id = 'consentry-' + p.id
      }
    }
  }
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', render)
  else render()
}
