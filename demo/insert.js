// Demo only: site code (a tag manager, a CMS plugin) that adds a tag nobody marked for
// consent. Only the service's `hosts` can hold it back.
;(() => {
  const src = document.currentScript && document.currentScript.getAttribute('data-insert')
  if (!src) return
  setTimeout(() => {
    const s = document.createElement('script')
    s.src = src
    s.setAttribute('data-inserted', '')
    document.body.appendChild(s)
  }, 50)
})()
