import { mountUI } from 'consentry/ui'
import { createApp } from 'vue'
import App from './App.vue'
import { consent } from './consent'

// consentry's own banner and preferences dialog, in a shadow root beside the app.
mountUI(consent)

createApp(App).mount('#app')
