// `consentry scan`: the command. Built to dist/scan.js, the package's `consentry` bin.
import { writeFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import type { ConsentConfig } from '../core/types'
import { analyze, screenshotName } from './analyze'
import { crawl, ScanError } from './browse'
import { installedChromium, NO_CHROMIUM, QUIET_FLAGS } from './chromium.mjs'
import { createClassifier } from './classify'
import { readConfigFile } from './config'
import { htmlReport } from './html'
import { parseOptions, USAGE, UsageError, type ScanOptions } from './options'
import { textReport } from './text'
import type { ScanReport } from './types'
import { STATES } from './types'

const MISSING_MODULES =
  'consentry scan needs playwright-core and tldts (and, to name trackers, @ghostery/trackerdb): npm install --save-dev playwright-core tldts @ghostery/trackerdb'

/** Writes the progress line: rewritten in place on a terminal, one line per step otherwise. */
function progressWriter(quiet: boolean) {
  const tty = process.stderr.isTTY
  const step = (done: number, total: number, label: string) => {
    if (quiet) return
    const line = `scanning ${done}/${total}: ${label}`
    if (tty) process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 80) - 1)}`)
    else process.stderr.write(line + '\n')
  }
  const end = () => {
    if (!quiet && tty) process.stderr.write('\r\x1b[2K')
  }
  return { step, end }
}

async function launch(options: ScanOptions): Promise<Browser> {
  const executablePath = installedChromium()
  if (!executablePath) throw new ScanError(NO_CHROMIUM)
  let playwright: typeof import('playwright-core')
  try {
    playwright = await import('playwright-core')
  } catch {
    throw new ScanError(MISSING_MODULES)
  }
  try {
    return await playwright.chromium.launch({
      executablePath,
      args: [...QUIET_FLAGS, ...options.chromiumFlags],
      timeout: 60_000,
    })
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new ScanError(`could not start Chromium at ${executablePath}: ${reason}`)
  }
}

async function readConfig(options: ScanOptions): Promise<ConsentConfig | null> {
  if (!options.config) return null
  try {
    return await readConfigFile(options.config)
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    throw new UsageError(`could not read --config ${options.config}: ${reason}`)
  }
}

/** Runs the scan and writes its outputs; resolves to the report. */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const quiet = options.json === '-'
  const fileConfig = await readConfig(options)
  let classifier: Awaited<ReturnType<typeof createClassifier>>
  try {
    classifier = await createClassifier()
  } catch {
    throw new ScanError(MISSING_MODULES)
  }
  const scannedAt = new Date().toISOString()
  const browser = await launch(options)
  const progress = progressWriter(quiet)
  let crawled: Awaited<ReturnType<typeof crawl>>
  try {
    crawled = await crawl(browser, options.url, { pages: options.pages, progress: progress.step })
  } finally {
    progress.end()
    await browser.close()
  }
  const pageConfig = crawled.pages.map(page => page.config).find(config => config) || null
  const config = fileConfig || pageConfig
  const report = analyze({
    startUrl: options.url,
    scannedAt,
    pages: crawled.pages,
    config,
    configSource: fileConfig ? 'file' : pageConfig ? 'page' : 'none',
    classifier,
  })
  const screenshots = new Map<string, Buffer>()
  crawled.pages.forEach((page, index) => {
    for (const state of STATES) {
      const image = page.states[state].screenshot
      if (image) screenshots.set(screenshotName(index, state), image)
    }
  })
  const json = JSON.stringify(report, null, 2) + '\n'
  if (options.json === '-') process.stdout.write(json)
  else if (options.json) await writeFile(options.json, json)
  if (options.html) await writeFile(options.html, htmlReport(report, screenshots))
  if (!quiet) {
    process.stdout.write(textReport(report))
    for (const skipped of crawled.skipped)
      process.stdout.write(`skipped ${skipped.url}: ${skipped.reason}\n`)
    if (options.json) process.stdout.write(`JSON report: ${options.json}\n`)
    if (options.html) process.stdout.write(`HTML report: ${options.html}\n`)
  }
  return report
}

/** The exit code for argv: 0 done, 1 leaks with --fail-on leak, 2 usage or browser error. */
export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseOptions(argv)
    if (options === 'help') {
      process.stdout.write(USAGE + '\n')
      return 0
    }
    const report = await scan(options)
    return options.failOnLeak && !report.summary.clean ? 1 : 0
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    const hint = e instanceof UsageError ? ' (consentry scan --help)' : ''
    process.stderr.write(`consentry scan: ${reason}${hint}\n`)
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
