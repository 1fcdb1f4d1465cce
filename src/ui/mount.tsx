import type { ComponentChildren, VNode } from 'preact'
import { render } from 'preact'
import type { Consent } from '../core/consent'
import { listenOpenLinks } from './opener'
import { ConsentUI } from './root'
import { css } from './styles'
import { registerTexts, type TextList, type UITexts } from './texts'

/** Options for `mountUI`. */
export interface UIOptions {
  /**
   * Nonce for the `<style>` used where constructable stylesheets are missing (Safari
   * before 16.4). Defaults to config `ui.nonce`, then the nonce of the drop-in's own tag.
   */
  nonce?: string
  /** Replaces the banner's title text. */
  bannerTitle?: ComponentChildren
  /** Replaces the banner's paragraph (a Preact element); buttons, actions and focus stay. */
  bannerContent?: ComponentChildren
}

/** The language files' event: `detail` is the language tag and its texts. */
type TextsEvent = CustomEvent<[string, Partial<UITexts> | TextList]>

/**
 * The host first in <body> (keyboard and screen reader users meet the choice before the
 * page), the UI rendered in its shadow root, then the stylesheet.
 */
function createHost(ui: VNode, nonce: string | undefined) {
  const host = document.createElement('div')
  host.id = 'consentry-root'
  const root = host.attachShadow({ mode: 'open' })
  // In the page before rendering, so a modal layer can take focus as it appears.
  document.body.prepend(host)
  // Before the <style>: Preact's first render into a parent removes what it did not draw.
  render(ui, root)
  // Missing before Safari 16.4, where the nonce'd <style> takes over.
  if (root.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    if (nonce) style.setAttribute('nonce', nonce)
    style.textContent = css
    root.append(style)
  }
  return { host, root }
}

/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists, and again on a new `<body>`). Draws nothing until
 * `consent.$view` opens a layer or `ui.reopen` asks for the button, so a returning
 * visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
export function mountUI(consent: Consent, options: UIOptions = {}): () => void {
  const ui = consent.config.ui || {}
  // Read now: the drop-in calls this while its own <script> is still current.
  const script = document.currentScript as HTMLScriptElement | null
  const nonce = options.nonce || ui.nonce || script?.nonce || undefined
  let mounted: { host: HTMLElement; root: ShadowRoot } | undefined

  const attach = () => {
    if (!document.body) return
    if (!mounted) {
      if (!consent.$view.get() && !ui.reopen) return
      const tree = (
        <ConsentUI
          consent={consent}
          bannerTitle={options.bannerTitle}
          bannerContent={options.bannerContent}
        />
      )
      mounted = createHost(tree, nonce)
    }
    // A site swapped <body> (Turbo, pjax, htmx boost): the host moves, its tree with it.
    if (mounted.host.parentNode !== document.body) document.body.prepend(mounted.host)
  }

  // Language files (dist/lang/*.js) announce themselves with this event: no extra global.
  const texts = (event: Event) => {
    const [lang, list] = (event as TextsEvent).detail
    registerTexts(lang, list)
  }
  document.addEventListener('consentry:texts', texts)
  const offLinks = listenOpenLinks(consent)
  const offView = consent.$view.listen(attach)
  // In <head> there is no body yet: draw the moment the parser adds it, before its first
  // frame. Kept on afterwards, to follow a replaced <body>.
  const watch = new MutationObserver(attach)
  watch.observe(document.documentElement, { childList: true })
  attach()

  return () => {
    offView()
    offLinks()
    watch.disconnect()
    document.removeEventListener('consentry:texts', texts)
    if (mounted) {
      render(null, mounted.root)
      mounted.host.remove()
    }
  }
}
