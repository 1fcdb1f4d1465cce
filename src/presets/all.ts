import { chat4support } from './chat4support'
import { clickandchat } from './clickandchat'
import { clientexec } from './clientexec'
import { livechat } from './livechat'
import { messageandchat } from './messageandchat'

/** Ready-made configs, one per seed policy, keyed by preset id (the drop-in's `data-preset`). */
export const presets = { clickandchat, clientexec, chat4support, livechat, messageandchat }

/** A preset id. */
export type PresetId = keyof typeof presets
