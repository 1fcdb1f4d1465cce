// The demo's inspector panel: what the SDK decided and what actually happened on this
// page. Reads `window.consent`, the page, and what demo/watch.js noted; never changes
// consent except through the buttons, which call the public API. An external file, so a
// strict CSP allows it.
;(() => {
  const panel = document.getElementById('inspector')
  if (!panel) return
  const consent = window.consent
  /** Every element with `data-demo`, as the page wrote it (demo/watch.js). */
  const gated = window.demoGated || new Map()
  /** Names of the gated scripts that ran (demo/watch.js). */
  const ran = window.demoLog || []
  let receipts = 'loading…'
  let receiptsFor = null

  /** Scripts every page loads that are not gated, and why that is right. */
  const NOT_GATED = {
    '/demo/signals.js': 'demo only: turns ?dnt=1 and ?gpc=1 into browser signals',
    '/demo/watch.js': 'demo only: notes the gated elements for this panel',
    '/dist/consentry.js':
      'the consent SDK itself: it has to run to ask, and sets only its own cookie',
    '/dist/receipts.js': 'consentry add-on: stores proof of each choice, sets no cookie',
    '/dist/describe.js': 'consentry add-on: writes the policy text of this page',
    '/demo/inspector.js': 'demo only: this panel',
    '/demo/insert.js':
      'site code the page needs; the tag it inserts unmarked is held by its host instead',
  }

  const slot = name => panel.querySelector('[data-slot="' + name + '"]')
  const show = (name, text) => {
    const element = slot(name)
    if (element && element.textContent !== text) element.textContent = text
  }
  const json = value => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ')

  /** The live element for `name`: the original, or the copy the gate made of it. */
  const live = (name, tag) =>
    document.querySelector(tag + '[data-demo="' + name + '"]:not([data-consent])') ||
    document.querySelector(tag + '[data-demo="' + name + '"]')

  /** What a gated element waits for: its service when it names one, else its category. */
  const purpose = element => {
    const category = element.getAttribute('data-consent')
    const service = element.getAttribute('data-service')
    if (!category) return { label: 'not claimed yet', name: null }
    const label = service ? category + ' › ' + service : category
    return { label, name: service || category }
  }

  /** Whether the config lists `name` as a service that is not in use. */
  const notInUse = name => {
    for (const category of Object.values(consent.config.categories)) {
      const services = category.services || {}
      if (Object.hasOwn(services, name) && services[name].disabled) return true
    }
    return false
  }

  /** One line per gated element: what happened, what it is, and what it waits for. */
  const describe = (name, element) => {
    const tag = element.localName
    const { label, name: unit } = purpose(element)
    const granted = unit !== null && consent.get(unit)
    const notes = []
    if (element.hasAttribute('data-inserted')) notes.push('inserted unmarked by site code')
    let status = 'held   '
    if (tag === 'script') {
      if (ran.includes(name)) status = 'ran    '
      else if (granted) status = 'loading'
    } else {
      const current = live(name, tag)
      const loaded = current !== null && current.isConnected && current.hasAttribute('src')
      if (loaded) status = 'loaded '
      else if (tag === 'iframe') notes.push('placeholder shown')
    }
    if (status === 'held   ' && unit !== null && notInUse(unit)) notes.push('not in use')
    const details = [label, ...notes].join(', ')
    return status + ' ' + tag + ' ' + name + ' (' + details + ')'
  }

  const gatedLines = () => {
    const lines = []
    for (const [name, element] of gated) lines.push(describe(name, element))
    return lines
  }

  const notGatedLines = () => {
    const lines = []
    for (const script of document.querySelectorAll('script[src]:not([data-demo])')) {
      const path = new URL(script.src, location.href).pathname
      const why = NOT_GATED[path] || 'not gated'
      lines.push(path + ': ' + why)
    }
    return lines
  }

  const formatReceipts = list => {
    if (!list.length) return 'none stored yet'
    const line = receipt =>
      new Date(receipt.time).toLocaleTimeString() +
      ' ' +
      receipt.method +
      ' ' +
      json(receipt.categories)
    return list.map(line).join('\n')
  }

  const readReceipts = async response => {
    if (response.status === 404) return 'none (no receipt endpoint)'
    if (!response.ok) return 'error ' + response.status
    const body = await response.json()
    const list = Array.isArray(body) ? body : body.receipts || []
    return formatReceipts(list)
  }

  const fetchReceipts = async () => {
    const id = consent && consent.record ? consent.record.id : null
    receiptsFor = id
    if (!id) {
      receipts = 'none (no record)'
      return
    }
    try {
      const response = await fetch('/api/receipts?consent=' + encodeURIComponent(id))
      receipts = await readReceipts(response)
    } catch {
      receipts = 'none (endpoint unreachable)'
    }
    render()
  }

  const decisionLine = decision => {
    let line = 'model: ' + decision.model + ', ask: ' + decision.ask
    if (Object.keys(decision.locked).length) line += ', locked: ' + json(decision.locked)
    return line
  }

  const render = () => {
    if (!consent) {
      show('state', 'window.consent is missing: the SDK did not start (see the console).')
      return
    }
    const decision = consent.$decision.get()
    const region = document.documentElement.getAttribute('data-consent-region')
    show('state', json(consent.get()))
    show('services', json(decision.services))
    show('decision', decisionLine(decision))
    show('signals', json(consent.signals) + ', region: ' + (region || 'none (unknown region)'))
    show('record', consent.record ? json(consent.record) : 'null (no choice stored)')
    show('cookies', document.cookie ? document.cookie.split('; ').join('\n') : 'none')
    show('gated', gatedLines().join('\n') || 'none on this page')
    show('not-gated', notGatedLines().join('\n'))
    show('receipts', receipts)
  }

  panel.addEventListener('click', event => {
    const button = event.target.closest ? event.target.closest('[data-act]') : null
    if (!button || !consent) return
    const act = button.getAttribute('data-act')
    if (act === 'prefs') consent.showPreferences()
    else if (act === 'reset') consent.reset()
    else if (act === 'reload') location.reload()
  })
  document.addEventListener('demo:ran', render)
  // Widgets in frames report through postMessage; they may be on another host.
  addEventListener('message', event => {
    if (event.data && typeof event.data.demoRan === 'string') render()
  })
  const changed = () => {
    render()
    // A receipt is sent on each decision; give the endpoint a moment to store it.
    setTimeout(() => void fetchReceipts(), 300)
  }
  document.addEventListener('consentry:change', changed)
  document.addEventListener('consentry:ready', changed)
  // Scripts set cookies and the gate swaps elements on their own schedule.
  setInterval(() => {
    const id = consent && consent.record ? consent.record.id : null
    if (id !== receiptsFor) void fetchReceipts()
    render()
  }, 500)
  void fetchReceipts()
  render()
})()
