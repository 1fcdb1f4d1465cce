/** Where a Chromium is looked for, in order: `$CHROMIUM_PATH`, then Debian's and Ubuntu's paths. */
export function chromiumCandidates(): string[]
/** The first candidate that exists, or null. Never downloads or installs anything. */
export function installedChromium(): string | null
/** What to tell a person who has no Chromium, in one line. */
export const NO_CHROMIUM: string
/** Flags for a quiet headless Chromium (no GPU, no background requests of the browser's own). */
export const QUIET_FLAGS: string[]
/** Maps `*.test` hosts to 127.0.0.1 and makes every other name fail to resolve. */
export const LOCAL_ONLY_FLAG: string
