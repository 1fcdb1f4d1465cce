// Demo only: site code (a tag manager, a CMS plugin) that adds a tag nobody marked for
// consent. Only the service's `hosts` can hold it back. `data-insert-name` is the name the
// inserted tag reports to the inspector.
;(() => {
  const own = document.currentScript
  const src = own && own.getAttribute('data-insert')
  if (!src) return
  setTimeout(() => {
    const script = document.createElement('script')
    script.src = src
    script.setAttribute('data-inserted', '')
    script.setAttribute('data-demo', own.getAttribute('data-insert-name') || 'inserted')
    document.body.appendChild(script)
    // Lets tests (and the inspector) tell "not inserted yet" from "inserted and held".
    own.setAttribute('data-insert-done', '')
  }, 50)
})()
