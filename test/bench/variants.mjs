// The pages of the peer benchmark: one host page body for every variant (ordinary content,
// three categories, one gated analytics script), and per variant only what that library's
// documentation tells a site to add. Each variant also says where its banner and its
// Accept-all button are, which files are its own, and which cookie holds its record.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = new URL('../..', import.meta.url).pathname
const MODULES = ROOT + 'node_modules/'

/** The host the gated script loads from: a `*.test` name, mapped to 127.0.0.1 by FLAGS. */
export const TRACKER_HOST = 'stats.tracker.test'
/** The gated script: its first statement records when it ran, on the page's clock. */
export const GATED_PATH = '/analytics.js'
export const GATED_SOURCE = 'window.__ran = performance.now()\n'

const CATEGORY_TEXT = {
  necessary: { title: 'Necessary', description: 'Keeps the site working.' },
  analytics: { title: 'Analytics', description: 'Counts visits to improve the site.' },
  marketing: { title: 'Marketing', description: 'Shows relevant ads.' },
}

// Ordinary content: enough text and boxes that a banner pushing it would shift layout.
const WORDS = 'consent cookies privacy visitors analytics banner choice policy script service'
const words = WORDS.split(' ')

function sentence(index) {
  const picked = Array.from({ length: 14 }, (_, j) => words[(index * 7 + j * 3) % words.length])
  return picked.join(' ') + '.'
}

function paragraphs() {
  const list = Array.from({ length: 30 }, (_, i) => {
    return `<p>${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}</p>`
  })
  return list.join('')
}

const CONTENT =
  '<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>' +
  '<main><h1 id="headline">A page of an ordinary site</h1>' +
  paragraphs() +
  '</main><footer><a href="/privacy">Privacy policy</a></footer>'

const STYLE =
  '<style>body{font:16px/1.5 sans-serif;margin:0 auto;max-width:50em;padding:1em}</style>'

/** A whole document: the variant's head markup, the shared content, the variant's gated script. */
function page(head, gated) {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width"><title>bench</title>' +
    STYLE +
    head +
    '</head><body>' +
    CONTENT +
    gated +
    '</body></html>'
  )
}

const inline = value => `<script>${value}</script>`

/** consentry's drop-in config: the three categories, the tracker's host on its service. */
const CONSENTRY_CONFIG = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: {
      tracking: true,
      services: { stats: { label: 'Site statistics', hosts: [TRACKER_HOST] } },
    },
    marketing: { tracking: true },
  },
}

/** orejime's `window.orejimeConfig`: the same three purposes, necessary being mandatory. */
const OREJIME_CONFIG = {
  privacyPolicyUrl: '/privacy',
  purposes: Object.entries(CATEGORY_TEXT).map(([id, text]) => ({
    id,
    title: text.title,
    description: text.description,
    cookies: [],
    isMandatory: id === 'necessary',
  })),
}

/**
 * vanilla-cookieconsent's `CookieConsent.run()` config: the same three categories. Two
 * options differ from its defaults, both for the bench's sake: `hideFromBots: false`, as by
 * default it shows nothing where `navigator.webdriver` is set (as under automation), and
 * `cookie.secure: false`, as the bench serves plain http, where a Secure cookie is dropped.
 */
const COOKIECONSENT_CONFIG = {
  hideFromBots: false,
  cookie: { secure: false },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Choose which cookies this site may use.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: Object.entries(CATEGORY_TEXT).map(([id, text]) => ({
            title: text.title,
            description: text.description,
            linkedCategory: id,
          })),
        },
      },
    },
  },
}

/**
 * A library's own file, read once for the server, so the whole run measures one build;
 * `library` marks it for the bytes column.
 */
const libraryFile = (path, type) => ({ body: readFileSync(path), type, library: true })

/**
 * The variants, in the order each round loads them. Per variant:
 * - `files`: what the server answers beside the page (path -> body and type); `library`
 *   marks the library's own files (their gzip size is its first-visit bytes).
 * - `scripts`: paths whose main-thread time is the library's script time.
 * - `banner`: a root selector (searched in the document and every open shadow root) and the
 *   buttons inside it (inside its shadow root when it has one); `accept`: its Accept-all.
 * - `uiRoot`: the element the library creates for its UI, to tell whether UI code ran.
 * - `cookie`: the cookie that holds the visitor's record.
 * With `baseline` (a directory holding another build of the drop-in), that build is a
 * variant of its own, for an A/B of a change within one run.
 * @param {{ dist: string, gatedUrl: string, baseline?: string }} options
 */
export function variants({ dist, gatedUrl, baseline }) {
  const js = 'text/javascript; charset=utf-8'
  const css = 'text/css; charset=utf-8'
  const orejimePath = '/peers/orejime/orejime-standard-en.js'
  const orejimeCss = '/peers/orejime/orejime-standard.css'
  const ccPath = '/peers/cookieconsent/cookieconsent.umd.js'
  const ccCss = '/peers/cookieconsent/cookieconsent.css'
  const ccConfig = '/peers/cookieconsent/cookieconsent-config.js'
  // The same markup for a held script as each library documents it.
  const gatedAsText = attribute =>
    `<script type="text/plain" ${attribute} src="${gatedUrl}"></script>`
  /** consentry's drop-in from the build in `dir`, served under `urlDir`. */
  const consentryVariant = (label, dir, urlDir) => {
    const consentryPath = urlDir + '/consentry.js'
    return {
      label,
      html: page(
        inline(`window.consentryConfig = ${JSON.stringify(CONSENTRY_CONFIG)}`) +
          `<script src="${consentryPath}"></script>`,
        gatedAsText('data-consent="analytics"'),
      ),
      files: { [consentryPath]: libraryFile(resolve(dir, 'consentry.js'), js) },
      scripts: [consentryPath],
      banner: { root: '#consentry-root', buttons: 'button' },
      accept: { role: 'button', name: 'Accept all' },
      uiRoot: '#consentry-root',
      cookie: 'consentry',
    }
  }
  return {
    none: {
      label: 'page without any consent library',
      html: page('', gatedAsText('data-held')),
      files: {},
      scripts: [],
      banner: null,
    },
    consentry: consentryVariant('consentry', dist, '/dist'),
    ...(baseline
      ? { baseline: consentryVariant(`consentry ${baseline}`, baseline, '/baseline') }
      : {}),
    orejime: {
      label: 'orejime',
      // README "Installation" and "Configuration": the theme's CSS, the config, the script.
      html: page(
        `<link href="${orejimeCss}" rel="stylesheet">` +
          inline(`window.orejimeConfig = ${JSON.stringify(OREJIME_CONFIG)}`) +
          `<script src="${orejimePath}"></script>`,
        `<template data-purpose="analytics"><script src="${gatedUrl}"></script></template>`,
      ),
      files: {
        [orejimePath]: libraryFile(MODULES + 'orejime/dist/orejime-standard-en.js', js),
        [orejimeCss]: libraryFile(MODULES + 'orejime/dist/orejime-standard.css', css),
      },
      scripts: [orejimePath],
      banner: { root: '.orejime-Banner', buttons: 'button' },
      accept: { selector: '.orejime-Banner-saveButton' },
      uiRoot: '.orejime-Root',
      cookie: 'eu-consent',
    },
    cookieconsent: {
      label: 'vanilla-cookieconsent',
      // Its "Getting started": the stylesheet, and a module that imports the UMD build and
      // calls CookieConsent.run(); that module is the library's start-up, so its time counts.
      html: page(
        `<link rel="stylesheet" href="${ccCss}">` +
          `<script type="module" src="${ccConfig}"></script>`,
        gatedAsText('data-category="analytics"'),
      ),
      files: {
        [ccPath]: libraryFile(MODULES + 'vanilla-cookieconsent/dist/cookieconsent.umd.js', js),
        [ccCss]: libraryFile(MODULES + 'vanilla-cookieconsent/dist/cookieconsent.css', css),
        [ccConfig]: {
          body: `import '${ccPath}'\nCookieConsent.run(${JSON.stringify(COOKIECONSENT_CONFIG)})\n`,
          type: js,
        },
      },
      scripts: [ccPath, ccConfig],
      banner: { root: '#cc-main .cm', buttons: 'button' },
      accept: { selector: '#cc-main .cm [data-role="all"]' },
      uiRoot: '#cc-main',
      cookie: 'cc_cookie',
    },
  }
}

/** The installed version of a package, for the report. */
export function versionOf(name) {
  const manifest = JSON.parse(readFileSync(MODULES + name + '/package.json', 'utf8'))
  return manifest.version
}
