export { jsx as jsxDEV, jsx, jsxs, Fragment } from './jsx-runtime';
export type { JSX } from './jsx-runtime';
