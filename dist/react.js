import { useSyncExternalStore, useState, useContext, createContext, createElement } from 'react';
import { c as createBindings } from './chunks/create.js';
import './chunks/shared.js';
import './chunks/placeholder.js';
import './chunks/texts.js';
import 'nanostores';

// consentry/react: hooks and components over the consent stores. React and React DOM
// are optional peer dependencies; no other consentry entry imports React.
// useSyncExternalStore: server rendering and hydration read the server snapshot, every
// later render the store, so the two never disagree and nothing renders twice.
const react = {
    createElement: createElement,
    createContext,
    useContext,
    useState,
    useSyncExternalStore,
};
const { ConsentProvider, useConsentContext, useConsent, useConsentView, ConsentGate } = createBindings(react);

export { ConsentGate, ConsentProvider, useConsent, useConsentContext, useConsentView };
