import { chmodSync, existsSync, readFileSync } from 'node:fs'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import ts from 'typescript'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url)))
const out = process.env.CONSENTRY_OUT || 'dist'
const banner = `/*! consentry v${pkg.version} | MIT */`

// Type checking is `tsc`'s job (npm test); the build only strips types, so it stays fast.
const typescript = () => ({
  name: 'typescript',
  transform(code, id) {
    if (!/\.tsx?$/.test(id)) return null
    const { outputText, sourceMapText } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: {
        target: ts.ScriptTarget.ES2020,
        module: ts.ModuleKind.ESNext,
        jsx: ts.JsxEmit.ReactJSX,
        jsxImportSource: 'preact',
        verbatimModuleSyntax: false,
        sourceMap: true,
      },
    })
    return { code: outputText, map: JSON.parse(sourceMapText) }
  },
})

// nanostores keeps dev-only code behind process.env.NODE_ENV, which browsers do not have.
const production = () => ({
  name: 'production',
  transform: code =>
    code.includes('process.env.NODE_ENV')
      ? code.replaceAll('process.env.NODE_ENV', '"production"')
      : null,
})

/**
 * nanostores 1.3+ keeps its update counter in `globalThis.nanostoresGlobal`, so copies
 * bundled apart in one app share it. A drop-in bundles exactly one copy and promises to
 * define only `window.consent`, so its copy keeps the counter to itself. The build fails
 * if nanostores changes the line, rather than shipping the global unnoticed.
 */
const SHARED_COUNTER = 'globalThis.nanostoresGlobal ||= { epoch: 0 }'
const ownNanostoresCounter = () => ({
  name: 'own-nanostores-counter',
  transform(code, id) {
    if (!id.includes('/node_modules/nanostores/') || !code.includes('nanostoresGlobal')) return null
    if (!code.includes('globalThis.nanostoresGlobal')) return null
    if (!code.includes(SHARED_COUNTER))
      throw new Error(`${id}: nanostores changed how it defines globalThis.nanostoresGlobal`)
    return { code: code.replace(SHARED_COUNTER, '{ epoch: 0 }'), map: null }
  },
})

const plugins = [resolve({ extensions: ['.ts', '.tsx', '.mjs', '.js'] }), typescript()]
const minify = terser({
  ecma: 2020,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  mangle: { properties: { regex: /^_/ } },
  format: { comments: /^!/ },
})

/** ESM entries for bundler users (`consentry`, `consentry/ui`, ...): dependencies stay external. */
const esm = { index: 'src/index.ts' }
for (const dir of ['ui', 'gate', 'presets', 'integrations', 'server'])
  if (existsSync(`src/${dir}/index.ts`)) esm[dir] = `src/${dir}/index.ts`
// Framework bindings (`consentry/react`, ...): the framework is the app's, never bundled.
for (const framework of ['react', 'preact', 'vue']) esm[framework] = `src/bindings/${framework}.ts`

/**
 * Drop-in files for a script tag, everything bundled and minified: each file in
 * src/drop-in/ builds the dist/ file of the same name.
 */
const iife = {
  consentry: 'src/drop-in/consentry.ts',
  'consent-mode': 'src/drop-in/consent-mode.ts',
  describe: 'src/drop-in/describe.ts',
  receipts: 'src/drop-in/receipts.ts',
  timezone: 'src/drop-in/timezone.ts',
  vendors: 'src/drop-in/vendors.ts',
  'lang/ar': 'src/drop-in/lang/ar.ts',
  'lang/de': 'src/drop-in/lang/de.ts',
  'lang/es': 'src/drop-in/lang/es.ts',
  'lang/fr': 'src/drop-in/lang/fr.ts',
  'lang/nl': 'src/drop-in/lang/nl.ts',
  'lang/pl': 'src/drop-in/lang/pl.ts',
}

export default [
  {
    input: esm,
    external: [/^preact/, 'nanostores', 'js-cookie', 'react', 'vue'],
    plugins,
    output: {
      dir: out,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js',
    },
  },
  ...Object.entries(iife).map(([name, input]) => ({
    input,
    plugins: [...plugins, ownNanostoresCounter(), production(), minify],
    output: { file: `${out}/${name}.js`, format: 'iife', banner, strict: true },
  })),
  // `consentry scan` for Node (the package's bin); the browser driver and the databases stay external.
  {
    input: 'src/scan/cli.ts',
    external: [/^node:/, 'playwright-core', 'tldts', '@ghostery/trackerdb'],
    // Executable, as a bin is: npm would set the bit itself, leaving the file changed in git.
    plugins: [...plugins, { name: 'executable', writeBundle: o => chmodSync(o.file, 0o755) }],
    output: { file: `${out}/scan.js`, format: 'es', banner: '#!/usr/bin/env node' },
  },
]
