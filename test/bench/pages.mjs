// The pages of the scaling cases of `npm run bench` (test/bench/scaling.mjs). Every page
// shares one body of ordinary content, so the variants of a comparison differ only by the
// consent script and its config.

/** Three categories whose services name their `hosts` and cookies. */
export const CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: {
      tracking: true,
      services: {
        stats: { label: 'Site statistics', hosts: ['stats.tracker.test'], cookies: ['_st*'] },
      },
    },
    marketing: {
      tracking: true,
      services: { ads: { label: 'Ads', hosts: ['ads.tracker.test'], cookies: ['_ad*'] } },
    },
  },
}

/** A config with `n` services, alternating between two categories, each described in full. */
export function manyServices(n) {
  const categories = {
    necessary: {
      required: true,
      cookieInfo: [{ name: 'consentry', purpose: 'Stores this choice', lifetime: '1 year' }],
    },
    analytics: { tracking: true, label: 'Analytics', description: 'Counts visits.', services: {} },
    marketing: { tracking: true, label: 'Marketing', description: 'Shows ads.', services: {} },
  }
  for (let i = 0; i < n; i++)
    categories[i % 2 ? 'marketing' : 'analytics'].services['v' + i] = {
      label: 'Vendor ' + i,
      description: 'Vendor ' + i + ' measures how the site is used.',
      hosts: ['v' + i + '.tracker.test'],
      cookies: ['_v' + i + '*'],
      cookieInfo: [{ name: '_v' + i, purpose: 'Tells visits apart', lifetime: '1 year' }],
    }
  return { revision: 1, categories }
}

// Ordinary content: enough text and boxes that a banner pushing it would shift layout.
const words =
  'consent cookies privacy visitors analytics banner choice policy script service'.split(' ')
const sentence = i =>
  Array.from({ length: 14 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + '.'
const CONTENT =
  '<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>' +
  '<main><h1>A page of an ordinary site</h1>' +
  Array.from(
    { length: 30 },
    (_, i) => `<p>${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}</p>`,
  ).join('') +
  '<ul>' +
  Array.from({ length: 20 }, (_, i) => `<li>${sentence(i)}</li>`).join('') +
  '</ul>' +
  '<div id="feed"></div></main><footer><a href="#" data-consent-open>Cookie settings</a></footer>'

const STYLE =
  '<style>body{font:16px/1.5 sans-serif;margin:0 auto;max-width:50em;padding:1em}</style>'

/** The drop-in and its config, timed by marks on either side (the marks stay without the SDK, so both pages run them). */
const head = config =>
  STYLE +
  (config ? `<script>window.consentryConfig = ${JSON.stringify(config)}</script>` : '') +
  '<script>__b.t0 = performance.now()</script>' +
  (config ? '<script src="/dist/consentry.js"></script>' : '') +
  '<script>__b.t1 = performance.now()</script>'

const doc = (headHtml, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>bench</title>${headHtml}</head><body>${body}</body></html>`

/** A gated inline script: counts its runs and records when the last one ran. */
const GATED =
  '<script type="text/plain" data-consent="analytics">__b.count = (__b.count || 0) + 1; __b.ran = performance.now()</script>'

/** `n` gated scripts. */
export const gatedMany = n => doc(head(CONFIG), CONTENT + GATED.repeat(n))

/** The preferences dialog's page: the SDK with `n` services. */
export const services = n => doc(head(manyServices(n)), CONTENT)

/**
 * A page whose code inserts 10,000 elements: 2,000 rows of five. `__insert('each')`
 * appends every element on its own, each row attached before its children, so an
 * observer sees 10,000 mutation records: the worst case for one, and what naive DOM code
 * does. `__insert('batch')` builds the rows in a detached container and attaches it once
 * (one record, as a framework's first render). One image in a hundred rows gets a
 * first-party `src`, which goes through the gate's `src` hooks. Either resolves with the
 * time to insert plus every observer callback that follows; `__clear()` empties the feed.
 */
export const inserts = config =>
  doc(
    head(config),
    CONTENT +
      `<script>
window.__clear = () => document.getElementById('feed').replaceChildren()
window.__insert = async mode => {
  const feed = document.getElementById('feed')
  const t0 = performance.now()
  const box = mode === 'batch' ? document.createElement('div') : feed
  for (let i = 0; i < 2000; i++) {
    const row = document.createElement('div')
    row.className = 'row'
    box.append(row)
    const a = document.createElement('a')
    a.href = '/item/' + i
    a.textContent = 'Item ' + i
    row.append(a)
    const em = document.createElement('em')
    em.textContent = 'new'
    row.append(em)
    const span = document.createElement('span')
    span.textContent = ' comments: ' + i
    row.append(span)
    const img = document.createElement('img')
    img.alt = ''
    if (i % 100 === 0) img.src = '/bench/pixel.gif?' + i
    row.append(img)
  }
  if (box !== feed) feed.append(box)
  // Observer callbacks run at the microtask checkpoint that ends this task: a message hop waits them out.
  await new Promise(resolve => {
    const c = new MessageChannel()
    c.port1.onmessage = resolve
    c.port2.postMessage(0)
  })
  return { ms: performance.now() - t0, elements: feed.querySelectorAll('.row, .row *').length }
}
</script>`,
  )

/** A 1x1 transparent GIF for the inserted images. */
export const PIXEL = Buffer.from(
  'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  'base64',
)
