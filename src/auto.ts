// The drop-in: the only module with side effects. Reads the config from the page,
// creates `window.consent`, and starts the effects (gating, UI) around it.
import { ConsentConfigError } from './core/error'
import { validateConfig } from './core/config'
import { createConsent } from './core/consent'
import type { ConsentConfig } from './core/types'
import { startGate } from './gate'
import { presets } from './presets/all'
import { extend } from './presets/extend'
import { mountUI, textsFor } from './ui'

declare global {
  interface Window {
    consent?: ReturnType<typeof createConsent>
    consentryConfig?: ConsentConfig
  }
}

const script = document.currentScript as HTMLScriptElement | null
const attr = (name: string) => (script && script.getAttribute(name)) || undefined

/** `window.consentryConfig`, else the JSON script tag; with `data-preset`, laid over the preset. */
const readConfig = (): ConsentConfig => {
  const json = document.getElementById('consentry-config')
  const page = window.consentryConfig || (json ? JSON.parse(json.textContent || '') : undefined)
  const id = attr('data-preset')
  if (id) {
    const preset = (presets as Record<string, ConsentConfig>)[id]
    if (!Object.keys(presets).includes(id))
      throw new ConsentConfigError(
        'data-preset',
        "expected one of '" + Object.keys(presets).join("' | '") + "'",
      )
    return page ? extend(preset, page) : preset
  }
  if (!page)
    throw new ConsentConfigError(
      'config',
      'none found: set window.consentryConfig, add <script type="application/json" id="consentry-config">, or data-preset',
    )
  return page
}

try {
  const config = readConfig()
  const lang = attr('data-lang')
  // Always checked here: a page's inline config has no development build to catch mistakes.
  const consent = (window.consent = createConsent(
    validateConfig(lang && !config.lang ? { ...config, lang } : config),
  ))
  startGate(consent, { texts: () => textsFor(consent) })
  mountUI(consent)
} catch (e) {
  // A broken config must not break the host page; nothing optional runs without consent.
  console.error(e)
}
