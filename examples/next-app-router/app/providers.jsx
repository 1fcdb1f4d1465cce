'use client'
import { ConsentProvider } from 'consentry/react'
import { consent } from './consent'

/** Hands the controller and the server's decision to every hook below. */
export function Providers({ serverState, children }) {
  return (
    <ConsentProvider consent={consent} serverState={serverState}>
      {children}
    </ConsentProvider>
  )
}
