/** Path of a Chromium binary; installs Debian's package when none is found. */
export function findChromium(): string
