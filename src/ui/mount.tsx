/** @jsxRuntime classic */
/** @jsx h */
import type { Consent, View } from '../core/consent'
import { Banner, type LayerProps } from './banner'
import { h } from './jsx-runtime'
import { Preferences } from './preferences'
import { css } from './styles'
import { $langs, langFor, registerTexts, textsFor, type TextList } from './texts'

/** Options for `mountUI`. */
export interface UIOptions {
  /**
   * Nonce for the `<style>` used where constructable stylesheets are missing (Safari
   * before 16.4). Defaults to config `ui.nonce`, then the nonce of the drop-in's own tag.
   */
  nonce?: string
}

const RTL = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/

/** The focused element, looking inside open shadow roots (ours included). */
const deepActive = (el = document.activeElement): HTMLElement | null =>
  el?.shadowRoot?.activeElement
    ? deepActive(el.shadowRoot.activeElement)
    : (el as HTMLElement | null)

/**
 * Mounts the banner, the preferences dialog and the reopen controls for a consent
 * controller, in an open shadow root on `<div id="consentry-root">` at the start of
 * `<body>` (as soon as it exists). Renders only what `consent.$view` says, so a
 * returning visitor gets no UI at all. Returns the unmount function.
 * @example
 * import { mountUI } from 'consentry/ui'
 * const unmount = mountUI(createConsent(config))
 */
export function mountUI(consent: Consent<any>, options: UIOptions = {}): () => void {
  const ui = consent.config.ui || {}
  const { $view } = consent
  // Read now: the drop-in calls this while its own <script> is still current.
  const script = document.currentScript as HTMLScriptElement | null
  const nonce = options.nonce || ui.nonce || script?.nonce || undefined
  const html = document.documentElement

  let host: HTMLElement | undefined
  let root: ShadowRoot
  let theme: HTMLElement
  let status: HTMLElement
  let reopen: HTMLElement
  // Those without an initial value start undefined, which every test here treats as null or false.
  let layer: HTMLElement | null | undefined
  let shown: View | undefined
  // The open layer is modal: the page behind is inert, Tab stays inside, Escape closes.
  let modal: boolean | undefined
  let opener: HTMLElement | null | undefined
  // The dialog was opened from the banner: closing it goes back there, still undecided.
  let back: boolean | undefined
  let inert: Element[] = []
  let padding: string | null | undefined

  // WCAG 2.2 2.4.11: keep focused elements scrolled clear of the banner. A CSSOM property
  // set, which CSP's style-src does not govern (only markup and setAttribute('style') are).
  // Every browser that parses this bundle (ES2020) has ResizeObserver.
  const resize = new ResizeObserver(() => {
    // Layout sizes, not getBoundingClientRect: the entry animation's transform would skew it.
    if (layer)
      html.style.scrollPaddingBottom =
        layer.offsetHeight + parseFloat(getComputedStyle(layer).bottom) + 'px'
  })

  // Marks what is not inert yet, and only that, so a site's own inert stays when we undo ours.
  const setInert = (on?: boolean) => {
    inert.forEach(el => el.removeAttribute('inert'))
    inert = on
      ? [...document.body.children].filter(el => el != host && !el.hasAttribute('inert'))
      : []
    inert.forEach(el => el.setAttribute('inert', ''))
  }

  const close = () => (shown == 'preferences' && back ? consent.show() : consent.hide())
  const act = (action: () => void) => () => {
    action()
    status.textContent = textsFor(consent).saved
  }

  const key = (e: KeyboardEvent) => {
    if (!modal) return
    if (e.key == 'Escape') {
      e.preventDefault()
      close()
    } else if (e.key == 'Tab') {
      // The first and last controls are always buttons or links, never inside a closed <details>.
      const all = layer!.querySelectorAll<HTMLElement>(
        'a[href],button,input:not(:disabled),summary',
      )
      const first = all[0]
      const last = all[all.length - 1]
      const at = root.activeElement
      if (e.shiftKey ? at == first || at == layer : at == last) {
        e.preventDefault()
        ;(e.shiftKey ? last : first).focus()
      }
    }
  }

  const draw = () => {
    const view = $view.get()
    if (!document.body || !(host || view || ui.reopen)) return
    if (!host) {
      host = <div id="consentry-root" />
      root = host.attachShadow({ mode: 'open' })
      // Missing before Safari 16.4, where the nonce'd <style> takes over.
      if (root.adoptedStyleSheets) {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(css)
        root.adoptedStyleSheets = [sheet]
      } else root.append(<style nonce={nonce}>{css}</style>)
      status = <p class="sr" role="status" />
      reopen = <button class="r" onClick={() => openFrom(reopen)} />
      theme = (
        <div class={'t ' + (ui.theme || '')} onKeyDown={key}>
          {status}
          {reopen}
        </div>
      )
      root.append(theme)
      // First in <body>: keyboard and screen reader users meet the choice before the page.
      document.body.prepend(host)
    }
    const t = textsFor(consent)
    const lang = langFor(consent)
    const focused = document.activeElement == host
    const was = shown
    modal = view == 'preferences' || (view == 'banner' && ui.layout == 'modal')
    if (view && !was) {
      opener = deepActive()
      status.textContent = ''
    }
    if (view == 'preferences' && was != view) back = was == 'banner'
    theme.lang = lang
    theme.dir = RTL.test(lang) ? 'rtl' : 'ltr'
    reopen.hidden = !ui.reopen || !!view
    reopen.setAttribute('aria-label', t.reopen)

    layer?.remove()
    const props: LayerProps = { consent, t, act, close, modal }
    layer = view && (view == 'banner' ? Banner(props, ui.layout || 'bar') : Preferences(props))
    if (layer) theme.append(layer)
    setInert(modal)
    resize.disconnect()
    if (view == 'banner' && !modal) {
      if (padding == null) padding = html.style.scrollPaddingBottom
      resize.observe(layer!)
    } else if (padding != null) {
      html.style.scrollPaddingBottom = padding
      padding = null
    }

    shown = view
    if (layer && modal && (view != was || focused)) layer.focus()
    else if (view == 'banner' && was == 'preferences' && focused)
      (layer!.querySelector('.m') as HTMLElement).focus()
    // Back to the opener; not to <body> (nothing opened it, and body.focus() would only force a
    // synchronous style and layout pass into the click that decided).
    else if (!view && was && focused && opener && opener != document.body) opener.focus()
  }

  // Safari does not focus a clicked button or link: name the opener instead of trusting focus.
  const openFrom = (el: HTMLElement) => {
    consent.showPreferences()
    opener = el
  }
  const listeners = [
    // Delegated, so links added after load work too.
    [
      'click',
      (e: Event) => {
        const target = e.target as Element
        const el = target.closest?.<HTMLElement>('[data-consent-open]')
        if (el) {
          e.preventDefault()
          openFrom(el)
        }
      },
    ],
    // Language files (dist/lang/*.js) announce themselves with this event: no extra global.
    [
      'consentry:texts',
      (e: Event) => registerTexts(...((e as CustomEvent).detail as [string, TextList])),
    ],
    // Content parsed after a modal opened must be inert too.
    ['DOMContentLoaded', () => setInert(modal)],
  ] as const
  listeners.forEach(([type, fn]) => document.addEventListener(type, fn))
  const offs = [$view.listen(draw), $langs.listen(draw)]
  // In <head> there is no body yet: draw the moment the parser adds it, before its first frame.
  const wait = new MutationObserver(() => document.body && (wait.disconnect(), draw()))
  if (document.body) draw()
  else wait.observe(html, { childList: true })

  return () => {
    offs.forEach(off => off())
    wait.disconnect()
    listeners.forEach(([type, fn]) => document.removeEventListener(type, fn))
    setInert(false)
    if (padding != null) html.style.scrollPaddingBottom = padding
    resize.disconnect()
    if (host) host.remove()
  }
}
