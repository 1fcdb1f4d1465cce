import type { Texts } from '../core/types'

/** The texts of a placeholder: `held` says what is held and why, then the two buttons. */
export type GateTexts = Pick<Texts, 'held' | 'loadOnce' | 'allowAlways'>

/** English, used where `startGate`'s `texts` option gives nothing. */
export const defaultTexts: GateTexts = {
  held: '{service} is blocked until you allow {category} cookies.',
  loadOnce: 'Load once',
  allowAlways: 'Always allow',
}

/**
 * `held` with `{service}` and `{category}` filled in; any other `{name}` stays as written.
 * @example heldText('{service} waits for {category}.', 'VideoTube', 'Social') // 'VideoTube waits for Social.'
 */
export function heldText(held: string, service: string, category: string): string {
  return held.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => {
    if (name === 'service') return service
    if (name === 'category') return category
    return placeholder
  })
}
