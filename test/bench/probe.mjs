// The in-page instrumentation, installed with `addInitScript` so it runs before any of
// the page's own scripts. Everything it records lives on `window.__b`, on the page's
// own `performance.now()` timeline (0 = navigation start).
//
// It must cost the same on every variant of a comparison, so it does the same work on
// the page with and without the SDK: observers, plus a rAF poll that stops at the first
// frame after <body> exists, or at the frame showing the banner when one is expected.

/**
 * @param {{ expectBanner: boolean, maxFrames: number }} opts
 */
export function probe(opts) {
  const now = () => performance.now()
  const b = {
    body: null,
    firstFrame: null,
    bodyFrame: null,
    banner: null,
    bannerFrame: null,
    hostSeen: null,
    hosts: 0,
    load: null,
    frames: 0,
    done: false,
    longtasks: [],
    loaf: [],
    shifts: [],
    paints: {},
    events: [],
    input: {},
  }
  window.__b = b

  const observe = (type, fn, extra) => {
    try {
      new PerformanceObserver(list => list.getEntries().forEach(fn)).observe({
        type,
        buffered: true,
        ...extra,
      })
    } catch {
      // This Chromium does not know the entry type: that series stays empty.
    }
  }
  observe('longtask', e => b.longtasks.push({ start: e.startTime, duration: e.duration }))
  // Long animation frames carry script attribution (source URL), which long tasks lack.
  observe('long-animation-frame', e =>
    b.loaf.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: e.scripts.map(s => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })),
    }),
  )
  // Which boxes moved, so a shift can be traced to its cause.
  const describe = n => {
    if (!n) return null
    if (n.nodeType !== 1) return n.nodeName
    const id = n.id ? '#' + n.id : ''
    const firstClass = n.className ? '.' + String(n.className).split(' ')[0] : ''
    return n.localName + id + firstClass
  }
  observe('layout-shift', e =>
    b.shifts.push({
      value: e.value,
      start: e.startTime,
      recent: e.hadRecentInput,
      sources: (e.sources || []).map(s => ({
        node: describe(s.node),
        from: s.previousRect.toJSON(),
        to: s.currentRect.toJSON(),
      })),
    }),
  )
  observe('paint', e => (b.paints[e.name] = e.startTime))
  // 16 ms is the smallest threshold Event Timing allows: faster interactions are not reported.
  observe(
    'event',
    e =>
      b.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        id: e.interactionId,
      }),
    {
      durationThreshold: 16,
    },
  )
  observe(
    'first-input',
    e =>
      (b.firstInput = {
        name: e.name,
        duration: e.duration,
        delay: e.processingStart - e.startTime,
      }),
  )

  // The first event of each kind: its timeStamp is when the input was generated, before any handler.
  for (const type of ['pointerdown', 'click'])
    addEventListener(
      type,
      e => {
        if (b.input[type]) return
        b.input[type] = { stamp: e.timeStamp, handler: now() }
        if (type === 'click')
          requestAnimationFrame(() => {
            b.input.nextFrame = now()
          })
      },
      true,
    )

  /** A host element of ours: an element with an open shadow root holding an "Accept all" button. */
  const visibleBanner = () => {
    for (const el of document.body ? document.body.children : []) {
      const root = el.shadowRoot
      if (!root) continue
      for (const button of root.querySelectorAll('button')) {
        if (button.textContent.trim() !== 'Accept all') continue
        const r = button.getBoundingClientRect()
        // The entry fade starts at opacity 0 in this very frame: laid out and in the
        // viewport counts as visible, so opacity is deliberately not checked.
        if (
          r.width > 0 &&
          r.height > 0 &&
          r.top < innerHeight &&
          r.bottom > 0 &&
          button.checkVisibility({ visibilityProperty: true })
        )
          return true
      }
    }
    return false
  }

  const frame = () => {
    b.frames++
    const t = now()
    if (b.firstFrame == null) {
      b.firstFrame = t
      b.bodyFrame = b.frames
    }
    if (b.banner == null && visibleBanner()) {
      b.banner = t
      b.bannerFrame = b.frames
    }
    const waiting = opts.expectBanner ? b.banner == null : false
    if (waiting && b.frames < opts.maxFrames) requestAnimationFrame(frame)
  }

  // A parser-inserted <body> is reported to observers before anything inside it runs.
  const watch = new MutationObserver(records => {
    if (b.body == null && document.body) {
      b.body = now()
      requestAnimationFrame(frame)
    }
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeType === 1 && n.shadowRoot) {
          b.hosts++
          if (b.hostSeen == null) b.hostSeen = now()
        }
  })
  watch.observe(document, { childList: true, subtree: true })

  // Done two frames after load (so late layout shifts and long-frame entries are in),
  // and never before the banner was seen when one is expected (bounded by maxFrames).
  addEventListener('load', () => {
    b.load = now()
    let n = 0
    const after = () => {
      const ready = !opts.expectBanner || b.banner != null || b.frames >= opts.maxFrames
      if (++n < 3 || (!ready && n < opts.maxFrames)) return requestAnimationFrame(after)
      watch.disconnect()
      b.bannerAtEnd = visibleBanner()
      b.done = true
      // The runner listens for this instead of polling, so no evaluate() adds script time.
      console.debug('__bench_done')
    }
    requestAnimationFrame(after)
  })
}
