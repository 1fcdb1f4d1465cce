// Stand-in for a social network's JavaScript SDK: sets its first-party browser id cookie.
;(() => {
  const read = name => (document.cookie.match('(?:^|; )' + name + '=([^;]*)') || [])[1]
  const fbp = read('_fbp') || 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9)
  document.cookie = '_fbp=' + fbp + '; path=/; max-age=' + 90 * 86400
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'facebook')
})()
