/** Chromium flags for tests and benchmarks; `*.test` hosts resolve to 127.0.0.1, nothing else resolves. */
export const FLAGS: string[]
/** Path of a Chromium binary; installs Debian's package when none is found. */
export function findChromium(): string
