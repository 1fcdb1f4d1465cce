// Stand-in for a measurement script: a visitor id and a session cookie in the style of
// `_ga`, then a page-view beacon to where the script came from.
;(() => {
  const src = document.currentScript ? document.currentScript.src : location.href
  const read = name => (document.cookie.match('(?:^|; )' + name + '=([^;]*)') || [])[1]
  const id =
    read('_pv_id') ||
    'PV1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000)
  document.cookie = '_pv_id=' + id + '; path=/; max-age=' + 400 * 86400
  document.cookie = '_pv_ses=' + Date.now() + '; path=/; max-age=1800'
  const hit = new URL(
    'collect?v=' + encodeURIComponent(id) + '&p=' + encodeURIComponent(location.pathname),
    src,
  )
  navigator.sendBeacon(hit.href)
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'stats')
})()
