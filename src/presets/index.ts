import type { ConsentConfig } from '../core/types'

/** Ready-made configs, one per seed policy, keyed by preset id. */
export const presets: { [id: string]: ConsentConfig } = {}
