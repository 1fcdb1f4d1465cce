/** The three kinds of value a Trusted Types policy makes. */
export type TrustKind = 'createHTML' | 'createScript' | 'createScriptURL'

/** What the gate needs of a Trusted Types policy (the DOM typings have none yet). */
type Policy = { [kind in TrustKind]: (text: string) => unknown }

interface PolicyFactory {
  createPolicy(name: string, rules: Policy): Policy
}

/** The `consentry` policy, or null where Trusted Types are missing or the policy is not allowed. */
const createPolicy = (): Policy | null => {
  const factory = (window as { trustedTypes?: PolicyFactory }).trustedTypes
  if (!factory) return null
  try {
    return factory.createPolicy('consentry', {
      createHTML: String,
      createScript: String,
      createScriptURL: String,
    })
  } catch {
    return null
  }
}

/**
 * Trusted Types: the `consentry` policy, created on first use (and tried once), vouches
 * only for what the page already wrote: a gated script's own text or URL, or markup the
 * page passed as TrustedHTML with `src` moved to `data-src`. Without Trusted Types, the
 * string itself.
 */
export function createTrust(): (kind: TrustKind, text: string) => unknown {
  let policy: Policy | null | undefined
  return (kind, text) => {
    if (policy === undefined) policy = createPolicy()
    if (!policy) return text
    return policy[kind](text)
  }
}
