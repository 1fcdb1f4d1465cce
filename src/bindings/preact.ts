// consentry/preact: the React binding's hooks and components for Preact apps, built
// from preact/hooks alone (preact/compat would change how Preact renders everywhere).
import { createContext, createElement, type ComponentChildren, type Context } from 'preact'
import { useContext, useEffect, useReducer, useRef, useState } from 'preact/hooks'
import { createBindings, type Framework, type Provided } from './create'

const browser = typeof document === 'object'

/**
 * React's useSyncExternalStore contract over preact/hooks: the server snapshot on the
 * server, the store in the browser, a render whenever the snapshot changes. A change
 * between render and subscription is caught by comparing once subscribed.
 */
function useSyncExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const value = browser ? getSnapshot() : getServerSnapshot()
  const [, render] = useReducer((count: number) => count + 1, 0)
  const latest = useRef({ value, getSnapshot })
  latest.current = { value, getSnapshot }
  useEffect(() => {
    const check = () => {
      if (latest.current.getSnapshot() !== latest.current.value) render(undefined)
    }
    const unsubscribe = subscribe(check)
    check()
    return unsubscribe
  }, [subscribe])
  return value
}

const preact: Framework<Context<Provided | null>> = {
  createElement: createElement as Framework<Context<Provided | null>>['createElement'],
  createContext,
  useContext,
  useState,
  useSyncExternalStore,
}

export const { ConsentProvider, useConsentContext, useConsent, useConsentView, ConsentGate } =
  createBindings<ComponentChildren, Context<Provided | null>>(preact)

export type {
  Bindings,
  ConsentGateProps,
  ConsentProviderProps,
  PlaceholderActions,
  UseConsent,
} from './create'
export type { ServerState } from './shared'
