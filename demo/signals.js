// Demo only: `?dnt=1` and `?gpc=1` emulate the browser's privacy signals. Loaded before
// consentry.js, which reads them once as it starts.
;(() => {
  const query = new URLSearchParams(location.search)
  const define = (name, value) =>
    Object.defineProperty(Navigator.prototype, name, { configurable: true, get: () => value })
  if (query.get('dnt') === '1') define('doNotTrack', '1')
  if (query.get('gpc') === '1') define('globalPrivacyControl', true)
})()
