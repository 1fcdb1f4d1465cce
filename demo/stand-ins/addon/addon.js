// Stand-in for a third-party chat add-on: a translation badge on the chat button.
;(() => {
  const chat = document.querySelector('.chat-button')
  if (chat && !chat.querySelector('.addon')) {
    const badge = document.createElement('span')
    badge.className = 'addon'
    badge.textContent = 'Translate'
    chat.append(badge)
  }
  ;(window.demoLog = window.demoLog || []).push('addon')
  document.dispatchEvent(new CustomEvent('demo:ran', { detail: 'addon' }))
})()
