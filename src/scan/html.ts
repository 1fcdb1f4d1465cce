// The HTML report: one self-contained page (styles inline, screenshots as data: URLs)
// that a site owner who is not a developer can read. Every value from the scanned
// pages is escaped.
import { summaryLine } from './text'
import type { ConfigPlace, ObservedCookie, PageResult, ScanReport, StateName } from './types'
import { STATES } from './types'
import { STATE_PHRASES, STATE_TITLES, trackerText } from './words'

const ESCAPES: { [char: string]: string } = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, c => ESCAPES[c])

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1c1c1e; margin: 0 auto; padding: 1.5em; max-width: 75em; }
h1 { font-size: 1.6em; margin-bottom: .2em }
h2 { margin-top: 2em; border-bottom: 2px solid #ddd; padding-bottom: .2em }
h3 { margin-top: 1.5em }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; overflow-wrap: break-word }
th { background: #f2f2f5 }
.verdict { padding: 1em 1.2em; border-radius: .5em; font-size: 1.15em; margin: 1em 0 }
.clean { background: #e3f5e8; border: 2px solid #1e7b34 }
.leaky { background: #fde8e8; border: 2px solid #b3261e }
.leak { color: #b3261e; font-weight: 600 }
.ok { color: #1e7b34 }
.muted { color: #5f5f66 }
.shots { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em }
.shots figure { margin: 0 }
.shots img { width: 100%; border: 1px solid #ccc }
figcaption { font-weight: 600 }
pre { background: #f6f6f8; padding: 1em; overflow: auto; font-size: .9em }
`

/** What an entry of the config is, in words. */
const placeWords = (place: ConfigPlace | null) => {
  if (!place) return '<span class="leak">not in your config</span>'
  const where = place.service
    ? `${escapeHtml(place.service)} in ${escapeHtml(place.category)}`
    : escapeHtml(place.category)
  return place.required ? `${where} (necessary)` : where
}

const rowsOf = (rows: string[][]) =>
  rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('\n')

function tableOf(caption: string, headers: string[], rows: string[][], empty: string) {
  if (!rows.length)
    return `<h4>${escapeHtml(caption)}</h4><p class="muted">${escapeHtml(empty)}</p>`
  return `<h4>${escapeHtml(caption)}</h4>
<table><thead><tr>${headers.map(h => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rowsOf(rows)}
</tbody></table>`
}

function setterWords(cookie: ObservedCookie) {
  const { setBy } = cookie
  if (setBy.kind === 'http') return `the server, answering ${escapeHtml(setBy.url)}`
  if (setBy.kind === 'inline') return `a script inside the page ${escapeHtml(setBy.url)}`
  if (setBy.kind === 'script') return `the script ${escapeHtml(setBy.url)}`
  return '<span class="muted">not seen</span>'
}

function cookieRows(cookies: ObservedCookie[]) {
  return cookies.map(cookie => [
    `<code>${escapeHtml(cookie.name)}</code>`,
    cookie.party === 'first'
      ? 'your site'
      : `<span class="leak">third party</span> (${escapeHtml(cookie.domain)})`,
    cookie.expires ? escapeHtml(cookie.expires.slice(0, 10)) : 'when the browser closes',
    setterWords(cookie),
    cookie.consentCookie ? 'the consent cookie itself' : placeWords(cookie.config),
    cookie.known ? `${escapeHtml(cookie.known.vendor)}, ${escapeHtml(cookie.known.purpose)}` : '',
  ])
}

function stateSection(page: PageResult, state: StateName) {
  const result = page.states[state]
  const title = `<h3>${escapeHtml(STATE_TITLES[state])}</h3>`
  if (!result.decided)
    return `${title}<p class="muted">${escapeHtml(result.note || 'Not reached.')}</p>`
  const note = result.note ? `<p class="muted">${escapeHtml(result.note)}</p>` : ''
  const requests = result.requests.map(group => [
    escapeHtml(group.domain),
    group.party === 'first' ? 'your site' : 'third party',
    String(group.count),
    escapeHtml(group.types.join(', ')),
    group.tracker ? escapeHtml(trackerText(group.tracker)) : '',
    group.party === 'first' && !group.config ? 'your site' : placeWords(group.config),
  ])
  const storage = result.storage.map(item => [
    `<code>${escapeHtml(item.key)}</code>`,
    item.area === 'local' ? 'local storage' : 'session storage',
    escapeHtml(item.origin),
    placeWords(item.config),
  ])
  return `${title}${note}
${tableOf('Who the page contacted', ['domain', 'whose', 'requests', 'kinds', 'tracker database', 'in your config as'], requests, 'No requests.')}
${tableOf('Cookies in the browser', ['cookie', 'whose', 'expires', 'set by', 'in your config as', 'known as'], cookieRows(result.cookies), 'No cookies.')}
${tableOf('Stored in the browser', ['key', 'where', 'origin', 'in your config as'], storage, 'Nothing stored.')}`
}

function pageSection(page: PageResult, screenshots: Map<string, Buffer>) {
  const figures = STATES.map(state => {
    const name = page.states[state].screenshot
    const image = name ? screenshots.get(name) : undefined
    const body = image
      ? `<img src="data:image/jpeg;base64,${image.toString('base64')}" alt="${escapeHtml(`${page.url}, ${STATE_PHRASES[state]}`)}">`
      : `<p class="muted">No screenshot: ${escapeHtml(page.states[state].note || 'not reached')}</p>`
    return `<figure><figcaption>${escapeHtml(STATE_TITLES[state])}</figcaption>${body}</figure>`
  })
  return `<section class="page">
<h2>${escapeHtml(page.url)}</h2>
${page.consentry ? '' : '<p class="leak">consentry is not on this page, so Reject all and Accept all could not be tried.</p>'}
<div class="shots">${figures.join('\n')}</div>
${STATES.map(state => stateSection(page, state)).join('\n')}
</section>`
}

function findingsSection(report: ScanReport) {
  const leaks = report.leaks.map(leak => [
    escapeHtml(STATE_TITLES[leak.state]),
    escapeHtml(new URL(leak.page).pathname),
    escapeHtml(leak.kind.replace(/-/g, ' ')),
    `<code>${escapeHtml(leak.subject)}</code>`,
    escapeHtml(leak.detail),
  ])
  const unlisted = [
    ...report.unlisted.hosts.map(host => [
      'third party',
      escapeHtml(host.domain),
      host.tracker ? escapeHtml(trackerText(host.tracker)) : 'not in the tracker database',
      escapeHtml(host.states.map(state => STATE_PHRASES[state]).join(', ')),
    ]),
    ...report.unlisted.cookies.map(cookie => [
      'cookie',
      `<code>${escapeHtml(cookie.name)}</code> (${escapeHtml(cookie.domain)})`,
      cookie.known ? `${escapeHtml(cookie.known.vendor)}, ${escapeHtml(cookie.known.purpose)}` : '',
      escapeHtml(cookie.states.map(state => STATE_PHRASES[state]).join(', ')),
    ]),
  ]
  const stale = [
    ...report.stale.hosts.map(entry => [
      'host',
      escapeHtml(entry.host),
      escapeHtml(`${entry.service} in ${entry.category}`),
    ]),
    ...report.stale.cookies.map(entry => [
      'cookie pattern',
      `<code>${escapeHtml(entry.pattern)}</code>`,
      escapeHtml(entry.service ? `${entry.service} in ${entry.category}` : entry.category),
    ]),
  ]
  const patch = Object.keys(report.patch.categories).length
    ? `<p>Add these services and cookie names to your config (objects merge by name; each list is complete):</p><pre>${escapeHtml(JSON.stringify(report.patch, null, 2))}</pre>`
    : '<p class="ok">Nothing to add: your config lists every third party and cookie seen.</p>'
  return `<section id="findings">
<h2>What to fix</h2>
${tableOf('Leaks: loaded before the visitor agreed, or after they said no', ['when', 'page', 'what', 'name', 'details'], leaks, 'No leaks.')}
${tableOf('Seen on your pages, but not in your config', ['kind', 'name', 'what it is', 'seen'], unlisted, 'Everything seen is in your config.')}
${tableOf('In your config, but nothing on these pages used it', ['kind', 'entry', 'listed under'], stale, 'Every entry of your config was used.')}
<h3>Suggested config patch</h3>
${patch}
</section>`
}

/** The whole page. `screenshots` maps each state's `screenshot` name to its JPEG. */
export function htmlReport(report: ScanReport, screenshots: Map<string, Buffer>): string {
  const { summary } = report
  const verdict = summary.clean
    ? `<div class="verdict clean"><strong>No leaks found.</strong> Nothing tracked visitors before they chose, or after they said no.</div>`
    : `<div class="verdict leaky"><strong>${summary.leaks} leak${summary.leaks === 1 ? '' : 's'} found.</strong> Something tracked visitors before they chose, or after they said no. See <a href="#findings">What to fix</a>.</div>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>consentry scan: ${escapeHtml(report.site)}</title>
<style>${STYLE}</style></head>
<body>
<h1>Cookie and tracker scan of ${escapeHtml(report.site)}</h1>
<p class="muted">Started at ${escapeHtml(report.startUrl)} on ${escapeHtml(report.scannedAt.replace('T', ' ').slice(0, 16))} UTC.
Each page was opened three times in a fresh browser: before any choice, after Reject all, and after Accept all.</p>
${verdict}
<p>${escapeHtml(summaryLine(report))}.</p>
${findingsSection(report)}
${report.pages.map(page => pageSection(page, screenshots)).join('\n')}
</body></html>
`
}
