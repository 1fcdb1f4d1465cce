// The terminal report: a short table per state, the findings, the patch and one summary line.
import { STATE_TITLES, trackerText } from './words'
import type { ObservedDomain, ScanReport, StateName } from './types'
import { STATES } from './types'

/** Lays rows out in columns, two spaces apart; the last column is not padded. */
export function table(rows: string[][], indent = '  '): string {
  const widths: number[] = []
  for (const row of rows)
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] || 0, cell.length)
    })
  return rows
    .map(row =>
      (
        indent +
        row
          .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
          .join('  ')
      ).trimEnd(),
    )
    .join('\n')
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What a requested domain is, in a few words. */
export function domainRole(group: ObservedDomain): string {
  if (group.config)
    return group.config.service
      ? `${group.config.service} (${group.config.category})`
      : group.config.category
  if (group.party === 'first') return 'the site'
  if (group.tracker) return `unlisted: ${trackerText(group.tracker)}`
  return 'unlisted'
}

function stateTable(report: ScanReport, state: StateName): string {
  const rows: string[][] = [['page', 'requests by domain', 'cookies', 'storage']]
  let decided = 0
  for (const page of report.pages) {
    const result = page.states[state]
    const path = new URL(page.url).pathname + new URL(page.url).search
    if (!result.decided) {
      rows.push([path, 'not reached: no window.consent', '', ''])
      continue
    }
    decided++
    const domains = result.requests.map(
      group => `${group.domain} ${group.count} (${domainRole(group)})`,
    )
    const cookies = result.cookies.map(cookie => cookie.name)
    const storage = result.storage.map(item => item.key)
    const lines = Math.max(domains.length, cookies.length, storage.length, 1)
    for (let line = 0; line < lines; line++)
      rows.push([
        line === 0 ? path : '',
        domains[line] || (line === 0 ? '-' : ''),
        cookies[line] || (line === 0 ? '-' : ''),
        storage[line] || (line === 0 ? '-' : ''),
      ])
  }
  const leaks = report.leaks.filter(leak => leak.state === state).length
  const verdict =
    state === 'accept' ? '' : leaks ? `: ${count(leaks, 'leak')}` : decided ? ': clean' : ''
  return `${STATE_TITLES[state]}${verdict}\n${table(rows)}`
}

function findings(report: ScanReport): string {
  const parts: string[] = []
  if (report.leaks.length)
    parts.push(
      'Leaks\n' +
        report.leaks
          .map(
            leak =>
              `  [${STATE_TITLES[leak.state]}] ${new URL(leak.page).pathname}: ${leak.detail}`,
          )
          .join('\n'),
    )
  const hosts = report.unlisted.hosts.map(host => {
    const what = host.tracker ? ` ${trackerText(host.tracker)}` : ''
    return `  host ${host.domain}${what}: ${host.hosts.join(', ')}`
  })
  const cookies = report.unlisted.cookies.map(cookie => {
    const setBy = cookie.setBy.url
      ? `, set by ${cookie.setBy.kind === 'inline' ? 'an inline script on ' : ''}${cookie.setBy.url}`
      : ''
    return `  cookie ${cookie.name} (${cookie.domain}${setBy})`
  })
  if (hosts.length || cookies.length)
    parts.push('Not in the config\n' + [...hosts, ...cookies].join('\n'))
  const stale = [
    ...report.stale.hosts.map(
      entry => `  host ${entry.host} of ${entry.service} (${entry.category})`,
    ),
    ...report.stale.cookies.map(
      entry =>
        `  cookie pattern ${entry.pattern} of ${entry.service || 'category'} (${entry.category})`,
    ),
  ]
  if (stale.length)
    parts.push('In the config, but nothing used it on these pages\n' + stale.join('\n'))
  return parts.join('\n\n')
}

/** The one line that ends every report. */
export function summaryLine(report: ScanReport): string {
  const { summary } = report
  const unlisted = summary.unlistedHosts + summary.unlistedCookies
  const verdict = summary.clean ? 'clean' : count(summary.leaks, 'leak')
  return `${verdict}; ${unlisted} not in the config; ${summary.stale} stale; ${count(summary.pages, 'page')} in ${STATES.length} states`
}

export function textReport(report: ScanReport): string {
  const head = [
    `consentry scan ${report.startUrl}`,
    `config: ${{ page: 'read from the page (window.consent.config)', file: 'from --config', none: 'none found' }[report.configSource]}; tracker database: ${report.trackerDatabase ? `${report.trackerDatabase.name} ${report.trackerDatabase.version}` : 'not installed (hosts judged by the config only)'}`,
  ]
  const noConsentry = report.pages.filter(page => !page.consentry).map(page => page.url)
  if (noConsentry.length)
    head.push(
      `consentry is not on ${noConsentry.join(', ')}: Reject all and Accept all could not be tried there.`,
    )
  const notes = report.pages.flatMap(page =>
    page.states.before.note ? [`${new URL(page.url).pathname}: ${page.states.before.note}`] : [],
  )
  const sections = [head.join('\n'), ...notes, ...STATES.map(state => stateTable(report, state))]
  const found = findings(report)
  if (found) sections.push(found)
  if (Object.keys(report.patch.categories).length)
    sections.push(
      'Suggested config patch (lay it over your config):\n' + JSON.stringify(report.patch, null, 2),
    )
  sections.push(summaryLine(report))
  return sections.join('\n\n') + '\n'
}
