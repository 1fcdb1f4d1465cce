// HTML for the demo: the gallery, each mock site's homepage and its privacy page.
// Plain template strings; every value that is not our own markup is escaped.

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = value => String(value).replace(/[&<>"']/g, c => ESC[c])

/** JSON inside <script type="application/json">: `<` escaped so no `</script>` can end it. */
const scriptJson = value => JSON.stringify(value).replace(/</g, '\\u003c')

const MODEL_WORDS = {
  'opt-in': 'nothing optional runs until you agree',
  'opt-out': 'optional cookies run until you refuse them',
  notice: 'a notice only; consent is implied by use, and you may still refuse',
}
const SIGNAL_WORDS = {
  ignore: 'not honoured (the policy makes no promise)',
  'default-deny': 'tracking starts switched off; you may switch it on',
  enforce: 'tracking is locked off while the signal is on',
}

const regionsOf = config =>
  typeof config.model == 'object' ? Object.keys(config.model.regions || {}) : []
const defaultModel = config =>
  typeof config.model == 'object' ? config.model.default : config.model || 'opt-in'

/** One-line facts about a preset, for the gallery and the privacy page. */
export function facts(config) {
  const regions = regionsOf(config)
  const signals = config.signals || {}
  return [
    [
      'Model',
      regions.length
        ? `opt-in in the EU, EEA and UK; ${defaultModel(config)} elsewhere`
        : `${defaultModel(config)} everywhere`,
    ],
    [
      'DNT',
      SIGNAL_WORDS[signals.dnt || 'ignore'] + (signals.cookieless ? '; no cookie at all' : ''),
    ],
    ['GPC', SIGNAL_WORDS[signals.gpc || 'ignore']],
    ['Categories', Object.keys(config.categories).join(', ')],
  ]
}

const head = (title, extra = '') => `<!doctype html>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/demo/demo.css">${extra}`

/** The gallery: one card per mock site. Loads no SDK. */
export function gallery({ sites, presets }) {
  const cards = Object.entries(sites)
    .map(([id, site]) => {
      const config = presets[id]
      const rows = facts(config)
        .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
        .join('')
      const link = (q, text) => `<a href="/${id}/${q}">${esc(text)}</a>`
      return `<li class="card theme-${id}">
  <h2><a href="/${id}/">${esc(site.name)}</a></h2>
  <p class="tagline">${esc(site.tagline)}</p>
  <p class="modeled">Preset <code>${id}</code>, modeled on ${esc(site.modeledOn)}.</p>
  <dl>${rows}</dl>
  <p class="visit">Visit as: ${link('?region=DE', 'EU visitor')} · ${link('?region=US', 'US visitor')} · ${link('', 'no region')} · ${link('?dnt=1', 'with DNT')} · ${link('?gpc=1', 'with GPC')}</p>
</li>`
    })
    .join('\n')
  return `${head('consentry demo: five sites, five presets')}
<body class="gallery">
<header class="gallery-head">
  <h1>consentry demo</h1>
  <p>Five invented support-software vendors. Each runs the shipped drop-in (<code>dist/consentry.js</code>) with the preset
  derived from one archived privacy policy. Every third party is a local stand-in: nothing here leaves this machine.
  Each site has an inspector showing the decision, the record, the cookies, which gated elements ran, and the receipts stored.</p>
  <p>A site cannot know where you are without help, so the links below pass a region (<code>?region=DE</code>) the way a
  site's server would after its own lookup. <code>?dnt=1</code> and <code>?gpc=1</code> emulate the browser signals.</p>
</header>
<ul class="cards">
${cards}
</ul>
</body>`
}

const inspector = (
  site,
  ctx,
) => `<aside id="inspector" class="inspector" aria-label="Demo inspector">
  <h2>Inspector <small>demo only, not part of the site</small></h2>
  <p class="note">Preset <code>${ctx.id}</code>: ${esc(site.modeledOn)}.<br>${
    ctx.hostMode
      ? 'Stand-ins load from *.test hosts, so tags inserted by other code are held by host.'
      : 'Stand-ins load from this server by path; marked markup holds them. (Open the demo under *.test names, as the tests do, to see blocking by host.)'
  }</p>
  <p class="act">
    <button type="button" data-act="prefs">Preferences</button>
    <button type="button" data-act="reset">Forget my choice</button>
    <button type="button" data-act="reload">Reload</button>
  </p>
  <p class="try">Try: <a href="?region=DE">EU visitor</a> · <a href="?region=US">US visitor</a> · <a href="?">no region</a> · <a href="?dnt=1">DNT</a> · <a href="?gpc=1">GPC</a></p>
  <h3>consent.get()</h3><pre data-slot="state"></pre>
  <h3>Services</h3><pre data-slot="services"></pre>
  <h3>Decision</h3><pre data-slot="decision"></pre>
  <h3>Signals</h3><pre data-slot="signals"></pre>
  <h3>Record (consent cookie)</h3><pre data-slot="record"></pre>
  <h3>Cookies (document.cookie)</h3><pre data-slot="cookies"></pre>
  <h3>Gated elements</h3><pre data-slot="gated"></pre>
  <h3>Stand-ins that ran</h3><pre data-slot="ran"></pre>
  <h3>Receipts stored by the server</h3><pre data-slot="receipts"></pre>
</aside>`

/**
 * The shell every mock-site page shares. `ctx`: id, site, overrides (the page's JSON
 * config, laid over the preset by the drop-in), config (the result), query (kept on
 * internal links), region, hostMode. `addOns`: drop-in add-on files present in dist/.
 */
function sitePage(ctx, title, main, addOns = []) {
  const { id, site, query } = ctx
  const region = ctx.region ? ` data-consent-region="${esc(ctx.region)}"` : ''
  const scripts = `
<script src="/demo/signals.js"></script>
<script type="application/json" id="consentry-config">${scriptJson(ctx.overrides)}</script>
<script src="/dist/consentry.js" data-preset="${id}"></script>${addOns.map(f => `\n<script src="/dist/${f}"></script>`).join('')}
<script src="/demo/inspector.js" defer></script>`
  return `<!doctype html>
<html lang="en"${region}>
<head>${head(title, scripts).replace('<!doctype html>\n', '')}
</head>
<body class="site theme-${id}">
<div class="layout">
<div class="page">
<header class="top">
  <a class="brand" href="./${esc(query)}">${esc(site.name)}</a>
  <nav><a href="./${esc(query)}#features">Product</a> <a href="./${esc(query)}#pricing">Pricing</a> <a href="privacy${esc(query)}">Privacy</a></nav>
  <a class="cta" href="./${esc(query)}#pricing">Start free trial</a>
</header>
<main>
${main}
</main>
<footer>
  <p>© 2026 ${esc(site.name)}, a fictional company in the consentry demo, modeled on ${esc(site.modeledOn)}.</p>
  <p><a href="privacy${esc(query)}">Privacy policy</a> · <a href="#" data-consent-open>Cookie settings</a> · <a href="/">All demo sites</a></p>
</footer>
</div>
${inspector(site, ctx)}
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

const cookieList = patterns =>
  patterns && patterns.length ? patterns.map(p => `<code>${esc(p)}</code>`).join(' ') : '—'

/** The privacy page: the site's own words, a table generated from the config, and the
 * generated policy text (`describe.js` fills `data-consentry-policy` when it is built). */
export function privacy(ctx, addOns) {
  const { site, config } = ctx
  const rows = Object.entries(config.categories)
    .map(([name, c]) => {
      const services = Object.entries(c.services || {})
      const kind = c.required
        ? 'always on'
        : c.tracking
          ? 'optional, affected by DNT/GPC'
          : 'optional'
      const head = `<tr><th scope="row">${esc(c.label || name)}<br><small><code>${esc(name)}</code>, ${kind}</small></th><td>${esc(c.description || '')}</td><td>—</td><td>${cookieList(c.cookies)}</td></tr>`
      const lines = services.map(
        ([s, v]) =>
          `<tr class="service"><td>↳ ${esc(v.label || s)}${v.thirdParty ? ' <small>(third party)</small>' : ''}${v.disabled ? ' <small>(not in use)</small>' : ''}</td><td>${esc(v.description || '')}</td><td>${(v.hosts || []).map(h => `<code>${esc(h)}</code>`).join(' ') || '—'}</td><td>${cookieList(v.cookies)}</td></tr>`,
      )
      return head + lines.join('')
    })
    .join('\n')
  const fallback = facts(config)
    .slice(0, 3)
    .map(([k, v]) => `<h3>${esc(k)}</h3><p>${esc(v)}.</p>`)
    .join('')
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
${rows}
</tbody>
</table>
<h2>Your choices, Do Not Track and Global Privacy Control</h2>
<div data-consentry-policy>${fallback}</div>
<p>Policy revision ${esc(config.revision)}. When it changes, we ask again. <a href="#" data-consent-open>Change your cookie settings</a>.</p>
</article>`
  return sitePage(ctx, `Privacy at ${site.name}`, main, addOns)
}

/** A plain 404 page. */
export const notFound = () =>
  `${head('Not found')}<body class="gallery"><h1>Not found</h1><p><a href="/">Back to the demo</a></p></body>`
