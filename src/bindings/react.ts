// consentry/react: hooks and components over the consent stores. React and React DOM
// are optional peer dependencies; no other consentry entry imports React.
import {
  createContext,
  createElement,
  useContext,
  useState,
  useSyncExternalStore,
  type Context,
  type ReactNode,
} from 'react'
import { createBindings, type Framework, type Provided } from './create'

// useSyncExternalStore: server rendering and hydration read the server snapshot, every
// later render the store, so the two never disagree and nothing renders twice.
const react: Framework<Context<Provided | null>> = {
  createElement: createElement as Framework<Context<Provided | null>>['createElement'],
  createContext,
  useContext,
  useState,
  useSyncExternalStore,
}

export const { ConsentProvider, useConsentContext, useConsent, useConsentView, ConsentGate } =
  createBindings<ReactNode, Context<Provided | null>>(react)

export type {
  Bindings,
  ConsentGateProps,
  ConsentProviderProps,
  PlaceholderActions,
  UseConsent,
} from './create'
export type { ServerState } from './shared'
