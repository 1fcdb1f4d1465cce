// Stand-in for an ad script: sets its ad cookie and fills the ad slots.
;(() => {
  document.cookie =
    '__gads=ID=' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=' + 390 * 86400
  for (const slot of document.querySelectorAll('ins.adsbygoogle'))
    slot.textContent = 'AD: Cheap flights to anywhere!'
  // Tells the demo's inspector that it ran, under the name its tag gives (demo/watch.js).
  const tag = document.currentScript
  window.demoRan?.((tag && tag.getAttribute('data-demo')) || 'ads')
})()
