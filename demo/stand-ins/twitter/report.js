parent.postMessage({ demoRan: 'twitter' }, '*')
