// dist/describe.js, for the privacy policy page: adds `consent.describe()` and fills
// every `<div data-consentry-policy>` with the text generated from the live config, so
// the page says exactly what the SDK does.
import { describePolicy } from '../integrations/describe'
import type { PageConsent } from './window'

const consent: PageConsent | undefined = window.consent

/** Writes the generated policy into every placeholder element, as headings and paragraphs. */
const render = (config: PageConsent['config']) => {
  const { paragraphs } = describePolicy(config)
  for (const element of document.querySelectorAll('[data-consentry-policy]')) {
    element.textContent = ''
    for (const paragraph of paragraphs) {
      const heading = element.appendChild(document.createElement('h3'))
      heading.textContent = paragraph.title
      const text = element.appendChild(document.createElement('p'))
      text.textContent = paragraph.text
      text.id = 'consentry-' + paragraph.id
    }
  }
}

if (consent) {
  const config = consent.config
  consent.describe = () => describePolicy(config)
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => render(config))
  else render(config)
}
