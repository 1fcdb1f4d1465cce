import { mountUI } from 'consentry/ui'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { consent } from './consent'

// consentry's own banner and preferences dialog, in a shadow root beside the app.
mountUI(consent)

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
