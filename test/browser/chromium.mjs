// Finds a Chromium for the browser tests: $CHROMIUM_PATH, /usr/bin/chromium, or
// installs Debian's package (this machine reaches Debian's mirrors, never a browser CDN).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { installedChromium, LOCAL_ONLY_FLAG, QUIET_FLAGS } from '../../src/scan/chromium.mjs'

/** Flags every launch needs here (no sandbox or GPU in the container); `*.test` hosts map
 * to 127.0.0.1 and nothing else resolves, so no request can leave the machine. Shared by
 * the browser tests and the benchmark. */
export const FLAGS = [...QUIET_FLAGS, LOCAL_ONLY_FLAG]

export function findChromium() {
  const found = installedChromium()
  if (found) return found
  console.log(
    'consentry tests: no Chromium found; running `apt-get install -y chromium` (Debian package)',
  )
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 600_000,
      },
    )
  } catch (e) {
    throw new Error(
      'consentry tests: could not install Chromium (set CHROMIUM_PATH): ' + e.message,
      {
        cause: e,
      },
    )
  }
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('consentry tests: chromium installed but /usr/bin/chromium is missing')
  console.log('consentry tests: installed Chromium at /usr/bin/chromium')
  return '/usr/bin/chromium'
}
