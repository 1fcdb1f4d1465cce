// Stand-in for a session-recording script: buffers clicks and scrolls in localStorage
// and sends them in batches, keyed by a session cookie.
;(() => {
  const src = document.currentScript ? document.currentScript.src : location.href
  const session = 'r' + Math.floor(Math.random() * 1e9)
  document.cookie = '_rec_ses=' + session + '; path=/; max-age=1800'
  const events = [{ t: Date.now(), type: 'start', path: location.pathname }]
  const flush = () => {
    localStorage.setItem('rec_buffer', JSON.stringify(events.slice(-50)))
    navigator.sendBeacon(new URL('record?s=' + session, src).href, JSON.stringify(events.splice(0)))
  }
  addEventListener('click', e =>
    events.push({ t: Date.now(), type: 'click', x: e.clientX, y: e.clientY }),
  )
  addEventListener('scroll', () => events.push({ t: Date.now(), type: 'scroll', y: scrollY }), {
    passive: true,
  })
  addEventListener('pagehide', flush)
  flush()
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'recorder')
})()
