import { p as placeholderTree, v as viewIn, g as grantIn, a as allow, c as closedState } from './shared.js';

const subscriptions = new WeakMap();
const subscriptionsOf = (consent) => {
    const known = subscriptions.get(consent);
    if (known)
        return known;
    const created = {
        // $consent is set after $decision: its listeners see the new category map.
        categories: onChange => consent.$consent.listen(() => onChange()),
        // $decision changes with every category and service; a name's grant is a boolean,
        // so the framework skips the renders where it stayed the same.
        decision: onChange => consent.$decision.listen(() => onChange()),
        view: onChange => consent.$view.listen(() => onChange()),
    };
    subscriptions.set(consent, created);
    return created;
};
/**
 * Builds the hooks and components over one framework's functions.
 * @example export const { useConsent, ConsentGate } = createBindings<ReactNode, Context>({ createElement, ... })
 */
function createBindings(framework) {
    const { createElement: h, useContext, useState, useSyncExternalStore } = framework;
    const context = framework.createContext(null);
    /** What the server rendered from: the provider's state for this controller, else fail-closed. */
    const useServerState = (consent) => {
        const provided = useContext(context);
        if (provided && provided.consent === consent && provided.serverState)
            return provided.serverState;
        return closedState(consent.config);
    };
    const useConsent = (consent, name) => {
        const server = useServerState(consent);
        const subscriptions = subscriptionsOf(consent);
        if (name === undefined)
            return useSyncExternalStore(subscriptions.categories, () => consent.$consent.get(), () => server.categories);
        return useSyncExternalStore(subscriptions.decision, () => consent.get(name), () => grantIn(server, name));
    };
    const useConsentView = (consent) => {
        const server = useServerState(consent);
        return useSyncExternalStore(subscriptionsOf(consent).view, () => consent.$view.get(), () => viewIn(server));
    };
    const ConsentProvider = (props) => {
        const value = { consent: props.consent, serverState: props.serverState };
        return h(context.Provider, { value }, props.children);
    };
    const useConsentContext = () => {
        const provided = useContext(context);
        if (!provided)
            throw new Error('consentry: useConsentContext() needs a <ConsentProvider> above');
        return provided.consent;
    };
    const ConsentGate = (props) => {
        const { consent, name, fallback } = props;
        const granted = useConsent(consent, name);
        const [loadedOnce, setLoadedOnce] = useState(false);
        if (granted || loadedOnce)
            return props.children ?? null;
        const actions = {
            allow: () => allow(consent, name),
            loadOnce: () => setLoadedOnce(true),
        };
        if (typeof fallback === 'function')
            return fallback(actions);
        if (fallback !== undefined)
            return fallback;
        return placeholderTree({ h, classProp: 'className' }, consent, name, actions);
    };
    // The implementations take any config; the interface gives each app its own names.
    return {
        ConsentProvider,
        useConsentContext,
        useConsent,
        useConsentView,
        ConsentGate,
    };
}

export { createBindings as c };
