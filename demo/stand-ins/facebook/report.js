// Tells the demo page (possibly on another host) that this widget loaded.
parent.postMessage({ demoRan: 'facebook' }, '*')
