// Stand-in for a share-buttons script: sets its visitor cookie and draws the buttons.
;(() => {
  document.cookie = '__sharethis_cookie_test__=0; path=/'
  document.cookie =
    '__stid=st' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=' + 390 * 86400
  for (const box of document.querySelectorAll('[data-share-buttons]')) {
    box.textContent = ''
    for (const net of ['Share', 'Post', 'Email']) {
      const b = document.createElement('button')
      b.type = 'button'
      b.className = 'share-button'
      b.textContent = net
      box.append(b)
    }
  }
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'sharethis')
})()
