// dist/consentry.js, the drop-in: reads the config from the page, creates
// `window.consent`, and starts the effects (gating, UI) around it. Only the files in
// src/drop-in/ have side effects.
import { validateConfig } from '../core/config'
import { createConsent } from '../core/consent'
import { ConsentConfigError } from '../core/error'
import type { ConsentConfig } from '../core/types'
import { startGate } from '../gate'
import { presets } from '../presets/all'
import { extend } from '../presets/extend'
import { mountUI, textsFor } from '../ui'
import './window'

const script = document.currentScript
/** An attribute of our own script tag, or undefined when absent or empty. */
const attribute = (name: string) => script?.getAttribute(name) || undefined

/** The config the page declares: `window.consentryConfig`, else the JSON script tag. */
const pageConfig = (): ConsentConfig | undefined => {
  if (window.consentryConfig) return window.consentryConfig
  const json = document.getElementById('consentry-config')
  if (!json) return undefined
  return JSON.parse(json.textContent || '') as ConsentConfig
}

/** The page's config; with `data-preset`, laid over the preset. */
const readConfig = (): ConsentConfig => {
  const page = pageConfig()
  const id = attribute('data-preset')
  if (id) {
    const ids = Object.keys(presets)
    if (!ids.includes(id))
      throw new ConsentConfigError('data-preset', "expected one of '" + ids.join("' | '") + "'")
    const preset: ConsentConfig = presets[id as keyof typeof presets]
    if (!page) return preset
    return extend(preset, page)
  }
  if (!page)
    throw new ConsentConfigError(
      'config',
      'none found: set window.consentryConfig, add <script type="application/json" id="consentry-config">, or data-preset',
    )
  return page
}

/** `data-lang` on our tag sets the language unless the config names one. */
const withLanguage = (config: ConsentConfig): ConsentConfig => {
  const lang = attribute('data-lang')
  if (!lang || config.lang) return config
  return { ...config, lang }
}

try {
  // Always checked here: a page's inline config has no development build to catch mistakes.
  const config = validateConfig(withLanguage(readConfig()))
  const consent = createConsent(config)
  window.consent = consent
  startGate(consent, { texts: () => textsFor(consent) })
  mountUI(consent)
} catch (error) {
  // A broken config must not break the host page; nothing optional runs without consent.
  console.error(error)
}
