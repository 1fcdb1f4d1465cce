// The command line of `consentry scan`, read into named options. Pure, so it is unit-tested.
import { parseArgs } from 'node:util'

export interface ScanOptions {
  url: string
  pages: number
  config: string | null
  /** A file, or `-` for standard output (which also silences the terminal report). */
  json: string | null
  html: string | null
  failOnLeak: boolean
  /** Extra Chromium command-line flags. */
  chromiumFlags: string[]
}

export const USAGE = `Usage: consentry scan <url> [options]

Loads up to N same-origin pages from <url> in headless Chromium, each before any
choice, after Reject all and after Accept all, and reports what they load.

Options:
  --pages N             pages to visit, the first one included (default 5)
  --config FILE         the config to compare with (.json, or a module exporting it);
                        default: window.consent.config read from the page
  --json FILE           write the report as JSON (- for standard output, quiet)
  --html FILE           write a self-contained HTML report with screenshots
  --fail-on leak        exit 1 when anything leaked (for CI)
  --chromium-flag FLAG  pass a flag to Chromium (repeatable), e.g.
                        --chromium-flag=--host-resolver-rules="MAP www.example.com 127.0.0.1"
  --help                show this text

Chromium: $CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser.
Exit codes: 0 done (and clean, with --fail-on leak), 1 leaks with --fail-on leak,
2 usage or browser error.`

/** A usage error: the message is the one line printed before exiting with 2. */
export class UsageError extends Error {}

/** Reads `scan <url> [options]`; throws a UsageError that says what is wrong. */
export function parseOptions(argv: string[]): ScanOptions | 'help' {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  const [command, url, ...rest] = positionals
  if (command !== 'scan')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given')
  if (!url) throw new UsageError('no URL given')
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`)
  let start: URL
  try {
    start = new URL(url)
  } catch {
    throw new UsageError(`not a URL: ${url}`)
  }
  if (!/^https?:$/.test(start.protocol)) throw new UsageError(`not an http(s) URL: ${url}`)
  const pages = values.pages === undefined ? 5 : Number(values.pages)
  if (!Number.isInteger(pages) || pages < 1)
    throw new UsageError(`--pages must be a whole number of 1 or more, not "${values.pages}"`)
  if (values['fail-on'] !== undefined && values['fail-on'] !== 'leak')
    throw new UsageError(`--fail-on takes "leak", not "${values['fail-on']}"`)
  return {
    url: start.href,
    pages,
    config: values.config ?? null,
    json: values.json ?? null,
    html: values.html ?? null,
    failOnLeak: values['fail-on'] === 'leak',
    chromiumFlags: values['chromium-flag'] ?? [],
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      pages: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      'fail-on': { type: 'string' },
      'chromium-flag': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
