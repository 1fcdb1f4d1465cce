// The drop-in: the only module with side effects. Reads the config from the page,
// creates `window.consent`, and starts the effects (UI, gating) around it.
import { createConsent } from './core/consent'
import { startGate } from './gate'
import { mountUI } from './ui'
import type { ConsentConfig } from './core/types'

declare global {
  interface Window {
    consent?: ReturnType<typeof createConsent>
    consentryConfig?: ConsentConfig
  }
}

const script = document.currentScript as HTMLScriptElement | null

const readConfig = (): ConsentConfig => {
  if (window.consentryConfig) return window.consentryConfig
  const json = document.getElementById('consentry-config')
  if (json) return JSON.parse(json.textContent || '')
  throw Error('consentry: no config (set window.consentryConfig, add <script type="application/json" id="consentry-config">, or data-preset)')
}

try {
  const config = readConfig()
  const lang = script && script.getAttribute('data-lang')
  const consent = (window.consent = createConsent(lang && !config.lang ? { ...config, lang } : config))
  startGate(consent)
  mountUI(consent)
} catch (e) {
  // A broken config must not break the host page; nothing optional runs without consent.
  console.error(e)
}
