// Demo only, loaded before consentry.js: notes every element that carries `data-demo` (the
// site's gated scripts, frames and pixels, and tags that site code inserts) the moment the
// parser or a script adds it, before the gate holds, runs or replaces it. The inspector
// (demo/inspector.js, deferred) reads `window.demoGated` and `window.demoLog`, so it lists
// what ran before it loaded too: under opt-out and notice models that is everything.
;(() => {
  /** The first element seen for each name: the one the page itself wrote. */
  const gated = new Map()
  /** Names of what ran, in order. */
  const ran = []
  window.demoGated = gated
  window.demoLog = ran

  /** Called by each gated script as it runs. */
  window.demoRan = name => {
    ran.push(name)
    document.dispatchEvent(new CustomEvent('demo:ran', { detail: name }))
  }

  const note = element => {
    const name = element.getAttribute('data-demo')
    if (!gated.has(name)) gated.set(name, element)
  }
  const noteTree = node => {
    if (node.nodeType !== Node.ELEMENT_NODE) return
    if (node.hasAttribute('data-demo')) note(node)
    for (const element of node.querySelectorAll('[data-demo]')) note(element)
  }
  new MutationObserver(records => {
    for (const record of records) for (const node of record.addedNodes) noteTree(node)
  }).observe(document.documentElement, { childList: true, subtree: true })
})()
