// Stand-in for a third-party chat add-on: a translation badge on the chat button.
;(() => {
  const chat = document.querySelector('.chat-button')
  if (chat && !chat.querySelector('.addon')) {
    const badge = document.createElement('span')
    badge.className = 'addon'
    badge.textContent = 'Translate'
    chat.append(badge)
  }
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'addon')
})()
