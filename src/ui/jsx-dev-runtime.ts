// Test runners compile JSX in development mode, which imports this file.
export { jsx as jsxDEV, jsx, jsxs, Fragment } from './jsx-runtime'
export type { JSX } from './jsx-runtime'
