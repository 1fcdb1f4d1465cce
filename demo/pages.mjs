// HTML for the demo: the gallery, each mock site's homepage and its privacy page, and the
// stylesheet of the sites' brands. Plain template strings; every value that is not our own
// markup is escaped.

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = value => String(value).replace(/[&<>"']/g, c => ESC[c])

/** JSON inside <script type="application/json">: `<` escaped so no `</script>` can end it. */
const scriptJson = value => JSON.stringify(value).replace(/</g, '\\u003c')

const SIGNAL_WORDS = {
  ignore: 'not honoured (the policy makes no promise)',
  'default-deny': 'the categories it applies to start switched off; you may switch them on',
  enforce: 'the categories it applies to are locked off while the signal is on',
}
const SIGNAL_NAMES = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' }

const regionsOf = config =>
  typeof config.model === 'object' ? Object.keys(config.model.regions || {}) : []
const defaultModel = config =>
  typeof config.model === 'object' ? config.model.default : config.model || 'opt-in'
// A visitor whose region is unknown gets opt-in unless the config says otherwise.
const unknownModel = config =>
  typeof config.model === 'object' ? config.model.unknown || 'opt-in' : defaultModel(config)

/** The model in words: opt-in in Europe, and what applies elsewhere. */
function modelFacts(config) {
  const elsewhere = defaultModel(config)
  if (!regionsOf(config).length) return `${elsewhere} everywhere`
  const unknown = unknownModel(config)
  const known = `opt-in in the EU, EEA and UK; ${elsewhere} elsewhere`
  if (unknown === elsewhere) return known
  return `${known}; ${unknown} when the region is unknown`
}

/** The `--consentry-*` properties a site sets to theme the consent UI. */
const themeFacts = site =>
  Object.entries(site.theme.consentry)
    .map(([name, value]) => `--consentry-${name}: ${value}`)
    .join('; ')

/** One-line facts about a preset and its site, for the gallery cards. */
export function facts(config, site) {
  const signals = config.signals || {}
  const cookieless = signals.cookieless ? '; no cookie at all' : ''
  return [
    { name: 'Model', value: modelFacts(config) },
    { name: 'DNT', value: SIGNAL_WORDS[signals.dnt || 'ignore'] + cookieless },
    { name: 'GPC', value: SIGNAL_WORDS[signals.gpc || 'ignore'] },
    { name: 'Categories', value: Object.keys(config.categories).join(', ') },
    { name: 'Banner theme', value: themeFacts(site) },
  ]
}

/**
 * The brands of every site, served as /demo/themes.css: the site's own accent, and the
 * consent UI's CSS custom properties, which inherit into its shadow root from <body>.
 */
export function themeCss(sites) {
  const rule = ([id, site]) => {
    const properties = Object.entries(site.theme.consentry).map(
      ([name, value]) => `  --consentry-${name}: ${value};`,
    )
    return [`.theme-${id} {`, `  --accent: ${site.theme.brand};`, ...properties, '}'].join('\n')
  }
  return Object.entries(sites).map(rule).join('\n') + '\n'
}

const head = (title, extra = '') => `<!doctype html>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/demo/demo.css">
<link rel="stylesheet" href="/demo/themes.css">${extra}`

/** The gallery: one card per mock site. Loads no SDK. */
export function gallery({ sites, presets }) {
  const card = ([id, site]) => {
    const rows = facts(presets[id], site)
      .map(fact => `<dt>${esc(fact.name)}</dt><dd>${esc(fact.value)}</dd>`)
      .join('')
    const link = (query, text) => `<a href="/${id}/${query}">${esc(text)}</a>`
    const visits = [
      link('?region=DE', 'EU visitor'),
      link('?region=US', 'US visitor'),
      link('', 'region unknown'),
      link('?region=DE&dnt=1', 'with DNT'),
      link('?region=US&gpc=1', 'with GPC'),
    ]
    return `<li class="card theme-${id}">
  <h2><a href="/${id}/">${esc(site.name)}</a></h2>
  <p class="tagline">${esc(site.tagline)}</p>
  <p class="modeled">Preset <code>${id}</code>, modeled on ${esc(site.modeledOn)}.</p>
  <dl>${rows}</dl>
  <p class="visit">Visit as: ${visits.join(' · ')}</p>
</li>`
  }
  const cards = Object.entries(sites).map(card).join('\n')
  return `${head('consentry demo: five sites, five presets')}
<body class="gallery">
<header class="gallery-head">
  <h1>consentry demo</h1>
  <p>Five invented support-software vendors. Each runs the shipped drop-in (<code>dist/consentry.js</code>) with the preset
  derived from one archived privacy policy. Every third party is a local stand-in: nothing here leaves this machine.
  Each site has an inspector showing the decision, the record, the cookies, which gated elements ran, and the receipts stored.</p>
  <p>Each site themes its banner and preferences dialog with consentry's CSS custom properties (<code>--consentry-accent</code>,
  <code>--consentry-radius</code>, <code>--consentry-bg</code>...) in its own stylesheet, so the consent UI wears the site's
  brand instead of the default blue: "Banner theme" on each card lists them.</p>
  <p>A site cannot know where you are without help, so the links below pass a region (<code>?region=DE</code>) the way a
  site's server would after its own lookup; every link on the site keeps it. Without one, the region is unknown and the
  visitor is asked first. <code>?dnt=1</code> and <code>?gpc=1</code> emulate the browser signals.</p>
</header>
<ul class="cards">
${cards}
</ul>
</body>`
}

const inspector = ctx => {
  const hostNote = ctx.hostMode
    ? 'Stand-ins load from *.test hosts, so tags inserted by other code are held by host.'
    : 'Stand-ins load from this server by path; marked markup holds them. (Open the demo under *.test names, as the tests do, to see blocking by host.)'
  return `<aside id="inspector" class="inspector" aria-label="Demo inspector">
  <h2>Inspector <small>demo only, not part of the site</small></h2>
  <p class="note">Preset <code>${ctx.id}</code>: ${esc(ctx.site.modeledOn)}.<br>${hostNote}</p>
  <p class="act">
    <button type="button" data-act="prefs">Preferences</button>
    <button type="button" data-act="reset">Forget my choice</button>
    <button type="button" data-act="reload">Reload</button>
  </p>
  <p class="try">Try: <a href="?region=DE">EU visitor</a> · <a href="?region=US">US visitor</a> · <a href="?">region unknown</a> · <a href="?region=DE&amp;dnt=1">DNT</a> · <a href="?region=US&amp;gpc=1">GPC</a></p>
  <h3>consent.get()</h3><pre data-slot="state"></pre>
  <h3>Services</h3><pre data-slot="services"></pre>
  <h3>Decision</h3><pre data-slot="decision"></pre>
  <h3>Signals</h3><pre data-slot="signals"></pre>
  <h3>Record (consent cookie)</h3><pre data-slot="record"></pre>
  <h3>Cookies (document.cookie)</h3><pre data-slot="cookies"></pre>
  <h3>Gated elements</h3><pre data-slot="gated"></pre>
  <h3>Scripts that are not gated</h3>
  <p class="note">They collect nothing about the visitor (consentry.js sets only the consent cookie), so they
  run for every visitor. The site's own
  measurement (the stats and recorder stand-ins) loads from the site itself: no host list can hold it,
  so its markup does (<code>type="text/plain" data-consent</code>), and it is listed above.</p>
  <pre data-slot="not-gated"></pre>
  <h3>Receipts stored by the server</h3><pre data-slot="receipts"></pre>
</aside>`
}

/**
 * The shell every mock-site page shares. `ctx`: id, site, overrides (the page's JSON
 * config, laid over the preset by the drop-in), config (the result), query (kept on
 * internal links), region, hostMode. `addOns`: drop-in add-on files present in dist/.
 */
function sitePage(ctx, title, main, addOns = []) {
  const { id, site } = ctx
  const query = esc(ctx.query)
  const region = ctx.region ? ` data-consent-region="${esc(ctx.region)}"` : ''
  const addOnTags = addOns.map(file => `\n<script src="/dist/${file}"></script>`).join('')
  const scripts = `
<script src="/demo/signals.js"></script>
<script src="/demo/watch.js"></script>
<script type="application/json" id="consentry-config">${scriptJson(ctx.overrides)}</script>
<script src="/dist/consentry.js" data-preset="${id}"></script>${addOnTags}
<script src="/demo/inspector.js" defer></script>`
  return `<!doctype html>
<html lang="en"${region}>
<head>${head(title, scripts).replace('<!doctype html>\n', '')}
</head>
<body class="site theme-${id}">
<div class="layout">
<div class="page">
<header class="top">
  <a class="brand" href="./${query}">${esc(site.name)}</a>
  <nav><a href="./${query}#features">Product</a> <a href="./${query}#pricing">Pricing</a> <a href="privacy${query}">Privacy</a></nav>
  <a class="cta" href="./${query}#pricing">Start free trial</a>
</header>
<main>
${main}
</main>
<footer>
  <p>© 2026 ${esc(site.name)}, a fictional company in the consentry demo, modeled on ${esc(site.modeledOn)}.</p>
  <p><a href="privacy${query}">Privacy policy</a> · <a href="#" data-consent-open>Cookie settings</a> · <a href="/">All demo sites</a></p>
</footer>
</div>
${inspector(ctx)}
</div>
<button class="chat-button" type="button">Chat with us</button>
</body>
</html>`
}

/** A mock site's homepage, with its gated markup. */
export function home(ctx, addOns) {
  const { site } = ctx
  const main = `<section class="hero">
  <h1>${esc(site.tagline)}</h1>
  <p>${esc(site.pitch)}</p>
  <p><a class="cta" href="#pricing">Start free trial</a> <a class="ghost" href="privacy${esc(ctx.query)}">How we handle your data</a></p>
</section>
<section id="features">
  <h2>What you get</h2>
  <ul class="features">${site.features.join('')}</ul>
</section>
<section id="pricing" class="pricing">
  <h2>Pricing</h2>
  <p>One plan, every feature, per seat per month. Cancel whenever you like.</p>
</section>
${site.markup(ctx.u, ctx.hostMode)}`
  return sitePage(ctx, `${site.name}: ${site.tagline}`, main, addOns)
}

const codes = values =>
  values && values.length ? values.map(value => `<code>${esc(value)}</code>`).join(' ') : '—'

/**
 * A category in words, from describePolicy's facts: always on, not in use, or optional;
 * whether it tracks visitors; whether a browser signal switches it off. The last two are
 * separate facts: a category can stay off under Do Not Track without tracking anyone.
 */
function categoryKind(category, policy) {
  if (category.required) return 'Always on'
  if (!category.inUse) return 'Not in use'
  const parts = ['Optional']
  if (category.usedForTracking) parts.push('used for tracking')
  const honoured = ['dnt', 'gpc'].filter(signal => policy.signals[signal] !== 'ignore')
  if (category.signalsApply && honoured.length) {
    const names = honoured.map(signal => SIGNAL_NAMES[signal]).join(' or ')
    parts.push(`off when your browser sends ${names}`)
  }
  return parts.join('; ')
}

/** One row per category, then one per service, for the privacy page's table. */
function cookieRows(config, policy) {
  const serviceRow = ([name, service]) => {
    const notes = []
    if (service.thirdParty) notes.push('another company')
    if (service.disabled) notes.push('not in use')
    const note = notes.length ? ` <small>(${notes.join(', ')})</small>` : ''
    return `<tr class="service"><td>↳ ${esc(service.label || name)}${note}</td><td>${esc(service.description || '')}</td><td>${codes(service.hosts)}</td><td>${codes(service.cookies)}</td></tr>`
  }
  const categoryRows = ([name, category]) => {
    const facts = policy.categories.find(described => described.name === name)
    const kind = categoryKind(facts, policy)
    const row = `<tr><th scope="row">${esc(category.label || name)}<br><small>${esc(kind)}</small></th><td>${esc(category.description || '')}</td><td>—</td><td>${codes(category.cookies)}</td></tr>`
    const services = Object.entries(category.services || {}).map(serviceRow)
    return row + services.join('')
  }
  return Object.entries(config.categories).map(categoryRows).join('\n')
}

/** The privacy page: the site's own words, a table generated from the config, and the
 * generated policy text (`describe.js` fills `data-consentry-policy` when it is built). */
export function privacy(ctx, addOns) {
  const { site, config } = ctx
  const main = `<article class="policy">
<h1>Privacy at ${esc(site.name)}</h1>
<p class="lead">${esc(site.name)} is a fictional company in the consentry demo. This page was written for it, from the
facts (not the words) of a real policy: ${esc(site.modeledOn)}.</p>
<h2>What we collect</h2>
<p>${esc(site.collects)}</p>
<h2>Cookies and the services behind them</h2>
<table>
<thead><tr><th scope="col">Category</th><th scope="col">What for</th><th scope="col">Loads from</th><th scope="col">Cookies</th></tr></thead>
<tbody>
${cookieRows(config, ctx.policy)}
</tbody>
</table>
<h2>Your choices, Do Not Track and Global Privacy Control</h2>
<div data-consentry-policy><p>You can change or withdraw your choice at any time in the cookie settings.</p></div>
<p>${esc(site.updated)} When it changes, we ask you again. <a href="#" data-consent-open>Change your cookie settings</a>.</p>
</article>`
  return sitePage(ctx, `Privacy at ${site.name}`, main, addOns)
}

/** A plain 404 page. */
export const notFound = () =>
  `${head('Not found')}<body class="gallery"><h1>Not found</h1><p><a href="/">Back to the demo</a></p></body>`
