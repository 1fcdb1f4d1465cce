import { createContext, createElement } from 'preact';
import { useState, useContext, useReducer, useRef, useEffect } from 'preact/hooks';
import { c as createBindings } from './chunks/create.js';
import './chunks/shared.js';
import './chunks/placeholder.js';
import './chunks/texts.js';
import 'nanostores';

// consentry/preact: the React binding's hooks and components for Preact apps, built
// from preact/hooks alone (preact/compat would change how Preact renders everywhere).
const browser = typeof document === 'object';
/**
 * React's useSyncExternalStore contract over preact/hooks: the server snapshot on the
 * server, the store in the browser, a render whenever the snapshot changes. A change
 * between render and subscription is caught by comparing once subscribed.
 */
function useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot) {
    const value = browser ? getSnapshot() : getServerSnapshot();
    const [, render] = useReducer((count) => count + 1, 0);
    const latest = useRef({ value, getSnapshot });
    latest.current = { value, getSnapshot };
    useEffect(() => {
        const check = () => {
            if (latest.current.getSnapshot() !== latest.current.value)
                render(undefined);
        };
        const unsubscribe = subscribe(check);
        check();
        return unsubscribe;
    }, [subscribe]);
    return value;
}
const preact = {
    createElement: createElement,
    createContext,
    useContext,
    useState,
    useSyncExternalStore,
};
const { ConsentProvider, useConsentContext, useConsent, useConsentView, ConsentGate } = createBindings(preact);

export { ConsentGate, ConsentProvider, useConsent, useConsentContext, useConsentView };
