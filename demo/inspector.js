// The demo's inspector panel: what the SDK decided and what actually happened on this
// page. Reads `window.consent` and the page; never changes consent except through the
// buttons, which call the public API. An external file, so a strict CSP allows it.
;(() => {
  const panel = document.getElementById('inspector')
  if (!panel) return
  const slot = name => panel.querySelector('[data-slot="' + name + '"]')
  const consent = window.consent
  const ran = new Set(window.demoLog || [])
  let receipts = 'loading…'
  let receiptsFor = null

  const show = (name, text) => {
    const el = slot(name)
    if (el && el.textContent != text) el.textContent = text
  }
  const json = value => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ')

  // Every gated element seen so far: the gate swaps a script for a live copy when it runs,
  // and a held frame for a placeholder, so the original may leave the page.
  const seen = []
  const track = () => {
    for (const el of document.querySelectorAll('[data-consent], script[data-inserted]')) {
      // The live copy of a claimed script keeps data-inserted but not data-consent.
      const copy = !el.hasAttribute('data-consent') && seen.some(o => o.src == el.src)
      if (!panel.contains(el) && !seen.includes(el) && !copy) seen.push(el)
    }
  }

  /** Each gated element: held, or let through. */
  const gated = () => {
    track()
    return seen.map(el => {
      const tag = el.localName
      const who =
        el.getAttribute('data-service') ||
        el.getAttribute('data-consent') ||
        new URL(el.src, location.href).host
      const status =
        tag == 'script'
          ? !el.isConnected || el.type != 'text/plain'
            ? 'ran '
            : 'held'
          : !el.isConnected
            ? 'held'
            : el.getAttribute('src')
              ? 'set '
              : 'held'
      const how = el.hasAttribute('data-inserted')
        ? ', inserted unmarked'
        : tag == 'iframe' && !el.isConnected
          ? ', placeholder shown'
          : ''
      return (
        status +
        '  ' +
        tag +
        ' ' +
        who +
        ' (' +
        (el.getAttribute('data-consent') || 'not claimed') +
        how +
        ')'
      )
    })
  }

  const fetchReceipts = () => {
    const record = consent && consent.record
    const id = record && record.id
    if (!id) {
      receipts = 'none (no record)'
      receiptsFor = null
      return
    }
    receiptsFor = id
    fetch('/api/receipts?consent=' + encodeURIComponent(id))
      .then(r =>
        r.status == 404 ? 'none (no receipt endpoint)' : r.ok ? r.json() : 'error ' + r.status,
      )
      .then(body => {
        if (typeof body == 'string') receipts = body
        else {
          const list = Array.isArray(body) ? body : body.receipts || []
          receipts = list.length
            ? list
                .map(
                  r =>
                    new Date(r.time).toLocaleTimeString() +
                    ' ' +
                    r.method +
                    ' ' +
                    json(r.categories),
                )
                .join('\n')
            : 'none stored yet'
        }
        render()
      })
      .catch(() => {
        receipts = 'none (endpoint unreachable)'
        render()
      })
  }

  const render = () => {
    if (!consent) {
      show('state', 'window.consent is missing: the SDK did not start (see the console).')
      return
    }
    const d = consent.$decision.get()
    const region = document.documentElement.getAttribute('data-consent-region')
    show('state', json(consent.get()))
    show('services', json(d.services))
    show(
      'decision',
      'model: ' +
        d.model +
        ', ask: ' +
        d.ask +
        (Object.keys(d.locked).length ? ', locked: ' + json(d.locked) : ''),
    )
    show('signals', json(consent.signals) + ', region: ' + (region || 'none (default model)'))
    show('record', consent.record ? json(consent.record) : 'null (no choice stored)')
    show('cookies', document.cookie ? document.cookie.split('; ').join('\n') : 'none')
    show('gated', gated().join('\n') || 'none on this page')
    show('ran', ran.size ? [...ran].join(', ') : 'none')
    show('receipts', receipts)
  }

  panel.addEventListener('click', e => {
    const act = e.target.closest && e.target.closest('[data-act]')
    if (!act || !consent) return
    const what = act.getAttribute('data-act')
    if (what == 'prefs') consent.showPreferences()
    else if (what == 'reset') consent.reset()
    else if (what == 'reload') location.reload()
  })
  document.addEventListener('demo:ran', e => {
    ran.add(e.detail)
    render()
  })
  // Widgets in iframes report through postMessage; they may be on another host.
  addEventListener('message', e => {
    if (e.data && typeof e.data.demoRan == 'string') {
      ran.add(e.data.demoRan)
      render()
    }
  })
  const changed = () => {
    render()
    // A receipt is sent on each decision; give the endpoint a moment to store it.
    setTimeout(fetchReceipts, 300)
  }
  document.addEventListener('consentry:change', changed)
  document.addEventListener('consentry:ready', changed)
  // Scripts set cookies and the gate swaps elements on their own schedule.
  setInterval(() => {
    for (const name of window.demoLog || []) ran.add(name)
    if (consent && consent.record && consent.record.id != receiptsFor) fetchReceipts()
    render()
  }, 500)
  fetchReceipts()
  render()
})()
