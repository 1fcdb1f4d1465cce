// Stand-in for a social network's JavaScript SDK: sets its first-party browser id cookie.
;(() => {
  const read = name => (document.cookie.match('(?:^|; )' + name + '=([^;]*)') || [])[1]
  const fbp = read('_fbp') || 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9)
  document.cookie = '_fbp=' + fbp + '; path=/; max-age=' + 90 * 86400
  ;(window.demoLog = window.demoLog || []).push('facebook')
  document.dispatchEvent(new CustomEvent('demo:ran', { detail: 'facebook' }))
})()
