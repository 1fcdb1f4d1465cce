// The in-page instrument of the peer benchmark, installed with `addInitScript` so it runs
// before any script of the page. It does the same work on every variant (the bare page
// too): observers, and one requestAnimationFrame poll from the document's start until the
// load is over. Everything lands on `window.__peers`, on the page's own clock
// (performance.now(), 0 = navigation start).
//
// What each frame checks, for the figures and for the older instrument they are compared with:
// - `visible`: the first frame in which the banner's first visible button passes
//   checkVisibility({ opacityProperty: true, visibilityProperty: true }) and lies inside the
//   viewport (the figure this benchmark reports);
// - `laidOut`: the first frame in which such a button has a box in the viewport and is not
//   visibility:hidden, whatever its opacity (what `npm run bench` took as "visible");
// - `content`: the first frame in which the page's own headline passes the first test
//   (the bare page's "banner visible": when a visitor first sees the page at all);
// - `bodyFrame`: the first frame after <body> exists (the older instrument's baseline).

/**
 * @param {{ banner: { root: string, buttons: string } | null, uiRoot: string | null,
 *   expectBanner: boolean, maxFrames: number }} options
 */
export function probe(options) {
  const record = {
    bodyFrame: null,
    content: null,
    visible: null,
    laidOut: null,
    bannerBuilt: null,
    uiRootSeen: null,
    frames: 0,
    load: null,
    longtasks: [],
    shifts: [],
    click: null,
    done: false,
  }
  window.__peers = record
  window.__ran = null

  const observe = (type, onEntry) => {
    try {
      const observer = new PerformanceObserver(list => list.getEntries().forEach(onEntry))
      observer.observe({ type, buffered: true })
    } catch {
      // An entry type this browser lacks leaves its list empty; the report says so.
    }
  }
  observe('longtask', entry => {
    record.longtasks.push({ start: entry.startTime, duration: entry.duration })
  })
  observe('layout-shift', entry => {
    record.shifts.push({ start: entry.startTime, value: entry.value, input: entry.hadRecentInput })
  })

  // The click's timeStamp is when the input happened, before any handler of the library ran.
  addEventListener(
    'click',
    event => {
      if (record.click == null) record.click = event.timeStamp
    },
    true,
  )

  /** The first element matching `selector` in the document or in any open shadow root. */
  const deepQuery = selector => {
    const inDocument = document.querySelector(selector)
    if (inDocument) return inDocument
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const found = node.shadowRoot ? node.shadowRoot.querySelector(selector) : null
      if (found) return found
    }
    return null
  }

  const inViewport = element => {
    const box = element.getBoundingClientRect()
    const hasArea = box.width > 0 && box.height > 0
    const overlaps =
      box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0
    return hasArea && overlaps
  }

  const seen = element =>
    inViewport(element) &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const laidOut = element =>
    inViewport(element) && element.checkVisibility({ visibilityProperty: true })

  const bannerButtons = () => {
    if (!options.banner) return []
    const root = deepQuery(options.banner.root)
    if (!root) return []
    const scope = root.shadowRoot || root
    return [...scope.querySelectorAll(options.banner.buttons)]
  }

  const frame = () => {
    record.frames++
    const now = performance.now()
    if (document.body && record.bodyFrame == null) record.bodyFrame = now
    if (record.content == null) {
      const headline = document.getElementById('headline')
      if (headline && seen(headline)) record.content = now
    }
    if (options.uiRoot && record.uiRootSeen == null && deepQuery(options.uiRoot)) {
      record.uiRootSeen = now
    }
    const buttons = bannerButtons()
    if (buttons.length && record.bannerBuilt == null) record.bannerBuilt = now
    if (record.laidOut == null && buttons.some(laidOut)) record.laidOut = now
    if (record.visible == null && buttons.some(seen)) record.visible = now
    if (!record.done && record.frames < options.maxFrames) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)

  // Done three frames after load, and not before the banner showed when one is expected
  // (bounded by maxFrames), so late shifts and a late banner are still seen.
  addEventListener('load', () => {
    record.load = performance.now()
    let framesAfterLoad = 0
    const afterLoad = () => {
      framesAfterLoad++
      const waitingForBanner = options.expectBanner && record.visible == null
      const bounded = record.frames >= options.maxFrames
      if (framesAfterLoad < 3 || (waitingForBanner && !bounded)) {
        requestAnimationFrame(afterLoad)
        return
      }
      record.done = true
      // The runner listens for this line instead of polling the page, which would add script.
      console.debug('__peers_done')
    }
    requestAnimationFrame(afterLoad)
  })
}
