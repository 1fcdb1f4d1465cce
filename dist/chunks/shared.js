import { a as adoptPlaceholderSheet } from './placeholder.js';
import { t as textsFor, f as format } from './texts.js';

const closed = new WeakMap();
/**
 * The state a server renders when it was told nothing: required categories granted,
 * everything else denied, no banner. Unknown means no consent; the browser shows the
 * real state right after hydration. One object per config, so React sees a stable snapshot.
 */
function closedState(config) {
    const known = closed.get(config);
    if (known)
        return known;
    const state = { categories: {}, services: {}, ask: false };
    for (const name in config.categories) {
        const category = config.categories[name];
        state.categories[name] = !!category.required;
        for (const service in category.services || {})
            state.services[service] = false;
    }
    closed.set(config, state);
    return state;
}
/** One category's or service's grant in a state; a name it does not know is denied. */
function grantIn(state, name) {
    if (name in state.categories)
        return !!state.categories[name];
    return !!state.services[name];
}
/** The UI layer a server state implies: the banner when the visitor must be asked. */
function viewIn(state) {
    if (state.ask)
        return 'banner';
    return null;
}
/** The category a service belongs to, or `name` itself when it is a category. */
const categoryOf = (config, name) => {
    if (name in config.categories)
        return name;
    for (const category in config.categories)
        if (name in (config.categories[category].services || {}))
            return category;
    return name;
};
const labelOf = (config, name) => {
    const category = config.categories[name];
    if (category)
        return category.label || name;
    const owner = config.categories[categoryOf(config, name)];
    const service = owner && owner.services && owner.services[name];
    return (service && service.label) || name;
};
/**
 * The texts of the click-to-load placeholder for a category or service: the same words
 * as the gate's placeholders for held frames.
 * @example placeholderTexts(consent, 'youtube').text // 'YouTube is blocked until you allow Marketing cookies.'
 */
function placeholderTexts(consent, name) {
    const config = consent.config;
    const texts = textsFor(consent);
    const label = labelOf(config, name);
    const category = labelOf(config, categoryOf(config, name));
    return {
        label,
        text: format(texts.held, { service: label, category }),
        loadOnce: texts.loadOnce,
        allowAlways: texts.allowAlways,
    };
}
/**
 * Records consent for one category or service, as the gate's "Always allow" does.
 * Category and service names are distinct, so each half ignores the name it does not know.
 */
function allow(consent, name) {
    const grant = { [name]: true };
    consent.set(grant, grant);
}
/**
 * The gate's placeholder markup and classes (src/gate/placeholder.ts), in a framework's
 * elements, so that one stylesheet, the gate's, dresses both: the theme, and the compact
 * form in a small box. No ids: a server and a browser would count them differently.
 */
function placeholderTree(factory, consent, name, buttons) {
    if (typeof document === 'object')
        adoptPlaceholderSheet();
    const { h, classProp } = factory;
    const texts = placeholderTexts(consent, name);
    const theme = consent.config.ui?.theme;
    let boxClass = 'consentry-held';
    if (theme === 'dark' || theme === 'auto')
        boxClass += ' consentry-held-' + theme;
    const button = (label, onClick) => h('button', { type: 'button', onClick, 'aria-label': label + ': ' + texts.label }, label);
    return h('div', { [classProp]: boxClass, role: 'group', 'aria-label': texts.label, title: texts.text }, h('div', { [classProp]: 'consentry-held-content' }, h('p', null, texts.text), h('strong', { [classProp]: 'consentry-held-name', 'aria-hidden': 'true' }, texts.label), h('div', { [classProp]: 'consentry-held-buttons' }, button(texts.loadOnce, buttons.loadOnce), button(texts.allowAlways, buttons.allow))));
}

export { allow as a, closedState as c, grantIn as g, placeholderTree as p, viewIn as v };
