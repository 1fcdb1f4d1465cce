// Finding a Chromium and the flags to launch it with, shared by `consentry scan` (which
// ships in dist/scan.js) and the browser tests (test/browser/chromium.mjs). Plain
// JavaScript, so the tests and the benchmark can import it under plain Node.
import { existsSync } from 'node:fs'

/** Where a Chromium is looked for, in order: `$CHROMIUM_PATH`, then Debian's and Ubuntu's paths. */
export function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  )
}

/** The first candidate that exists, or null. Never downloads or installs anything. */
export function installedChromium() {
  for (const path of chromiumCandidates()) if (existsSync(path)) return path
  return null
}

/** What to tell a person who has no Chromium, in one line. */
export const NO_CHROMIUM =
  'no Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, or install one (Debian/Ubuntu: apt-get install chromium)'

/** Flags for a quiet headless Chromium: no GPU in containers, and no background requests
 * of the browser's own (updates, sync, field trials) mixed into what a page requests. */
export const QUIET_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Maps `*.test` hosts to 127.0.0.1 and makes every other name fail to resolve. */
export const LOCAL_ONLY_FLAG =
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
