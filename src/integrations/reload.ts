import { type AnyConsent, hasOwn, onDecision } from './shared'

/** Options of `reloadOnGrant`. */
export interface ReloadOnGrantOptions {
  /** What reloads the page (default `location.reload()`). */
  reload?: () => void
}

/**
 * Reloads the page once when the visitor grants a service with `hosts` that was denied
 * when the page loaded. For sites that send the `consentCsp` policy (`consentry/server`):
 * the browser enforces the policy the page loaded with for the whole page view, so a
 * service granted on the page can only load after a reload, under the new policy.
 * Withdrawals need no reload for the policy's sake (`reloadOnWithdraw` covers scripts
 * that already ran). Returns a stop function.
 * @example reloadOnGrant(consent)
 */
export function reloadOnGrant(consent: AnyConsent, options: ReloadOnGrantOptions = {}): () => void {
  const reload = options.reload || (() => location.reload())
  const hostedServices: string[] = []
  for (const category of Object.values(consent.config.categories)) {
    const services = category.services || {}
    for (const name of Object.keys(services)) {
      if ((services[name].hosts || []).length) hostedServices.push(name)
    }
  }
  const grantedAtLoad = { ...consent.$decision.get().services }
  const isGranted = (services: { [name: string]: boolean }, name: string) =>
    hasOwn(services, name) && services[name] === true
  let reloading = false
  return onDecision(consent, decision => {
    if (reloading) return
    const newlyGranted = hostedServices.some(
      name => isGranted(decision.services, name) && !isGranted(grantedAtLoad, name),
    )
    if (!newlyGranted) return
    reloading = true
    reload()
  })
}
