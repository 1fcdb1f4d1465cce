import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { Consent, View } from '../core/consent'
import { ConsentBanner } from './banner'
import { useTexts } from './hooks'
import { openPreferencesFrom, takeOpener } from './opener'
import { deepActive, pageChildOf, usePageInert, useRoomBelow } from './page'
import { ConsentPreferences } from './preferences'
import { ConsentReopen } from './reopen'

/** Props of `ConsentUI`. */
export interface ConsentUIProps {
  consent: Consent
  /** Replaces the banner's title text. */
  bannerTitle?: ComponentChildren
  /** Replaces the banner's paragraph; its buttons, actions and focus handling stay. */
  bannerContent?: ComponentChildren
}

const RTL = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/

/** Where focus goes as layers open and close, kept across renders. */
interface FocusMemory {
  /** The view drawn last. */
  shown: View
  /** Focus was inside the UI when the view changed. */
  inside: boolean
  /** The page element to return to when the UI closes. */
  returnTo: HTMLElement | null
  /** The page element that opened the dialog over the banner; null for Manage preferences. */
  dialogOpener: HTMLElement | null
  /** The dialog was opened from the banner: closing it goes back there, still undecided. */
  back: boolean
}

/**
 * The whole consent UI: the banner or the preferences dialog as `consent.$view` says, the
 * reopen button (config `ui.reopen`), the status line that announces a saved choice, and
 * what a layer does to the page: focus in and back out, the page inert behind a modal
 * layer, Tab kept inside it, Escape, and room below a bar. `mountUI` renders it in a
 * shadow root; an app can render it in its own tree (with the `css` stylesheet, and
 * `listenOpenLinks` for `[data-consent-open]` links).
 * @example render(<ConsentUI consent={consent} />, document.getElementById('consent')!)
 */
export function ConsentUI({ consent, bannerTitle, bannerContent }: ConsentUIProps) {
  const ui = consent.config.ui || {}
  const layout = ui.layout || 'bar'
  const { texts, lang } = useTexts(consent)
  const [view, setView] = useState<View>(consent.$view.get())
  const [status, setStatus] = useState('')
  const wrapper = useRef<HTMLDivElement>(null)
  const manage = useRef<HTMLButtonElement>(null)
  const reopen = useRef<HTMLButtonElement>(null)
  const memory = useRef<FocusMemory>({
    shown: null,
    inside: false,
    returnTo: null,
    dialogOpener: null,
    back: false,
  }).current
  const modal = view === 'preferences' || (view === 'banner' && layout === 'modal')

  const layer = () => wrapper.current?.querySelector<HTMLElement>('.l') || null
  const ours = () => (wrapper.current ? pageChildOf(wrapper.current) : null)
  const focusInside = () => {
    const root = wrapper.current?.getRootNode() as Document | ShadowRoot | undefined
    const active = root?.activeElement
    return !!active && !!wrapper.current?.contains(active)
  }
  /** The focused page element, or null when focus is on <body> or in the UI. */
  const pageFocus = () => {
    const active = deepActive()
    if (!active || active === document.body || active === ours()) return null
    if (wrapper.current?.contains(active)) return null
    return active
  }

  // Drawn with a layer already open: where focus was is where it goes back to.
  if (view && !memory.shown && !memory.returnTo) memory.returnTo = pageFocus()

  useLayoutEffect(
    () =>
      consent.$view.listen(next => {
        // Read here, while the control that decided still exists and before a layer takes focus.
        memory.inside = focusInside()
        if (next && !memory.shown) memory.returnTo = pageFocus()
        setView(next)
      }),
    [],
  )
  const openFrom = (el: HTMLElement) => openPreferencesFrom(consent, el)

  usePageInert(modal, ours)
  useRoomBelow(layer, view === 'banner' && !modal)

  useLayoutEffect(() => {
    const was = memory.shown
    memory.shown = view
    if (view === was) return
    const opener = takeOpener(consent)
    if (view && !was) {
      if (opener) memory.returnTo = opener
      setStatus('')
    }
    if (view === 'preferences') {
      memory.back = was === 'banner'
      memory.dialogOpener = was === 'banner' ? opener : null
    }
    // A modal layer has focused itself; the rest moves focus only if it was inside the UI.
    if (!memory.inside) return
    memory.inside = false
    if (view === 'banner' && was === 'preferences') {
      // Back to what opened the dialog: the site's own button, or Manage preferences.
      const dialogOpener = memory.dialogOpener
      if (dialogOpener?.isConnected && !modal) dialogOpener.focus()
      else manage.current?.focus()
    } else if (!view) {
      // Not to <body>: nothing opened it, and body.focus() would only force a synchronous
      // style and layout pass into the click that decided.
      const target = memory.returnTo
      if (target?.isConnected) target.focus()
      else if (reopen.current && !reopen.current.hidden) reopen.current.focus()
    }
  }, [view])

  const close = () => {
    if (view === 'preferences' && memory.back) consent.show()
    else consent.hide()
  }
  const announce = () => setStatus(texts.saved)

  const keyDown = (event: KeyboardEvent) => {
    if (!modal) return
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if (event.key === 'Tab') keepTabInside(event)
  }
  const keepTabInside = (event: KeyboardEvent) => {
    const current = layer()
    if (!current) return
    // The first and last controls are always buttons or links, never inside a closed <details>.
    const controls = current.querySelectorAll<HTMLElement>(
      'a[href],button,input:not(:disabled),summary',
    )
    const first = controls[0]
    const last = controls[controls.length - 1]
    const root = current.getRootNode() as Document | ShadowRoot
    const active = root.activeElement
    const leaving = event.shiftKey ? active === first || active === current : active === last
    if (leaving) {
      event.preventDefault()
      if (event.shiftKey) last.focus()
      else first.focus()
    }
  }
  const focusIn = (event: FocusEvent) => {
    // Where the visitor came from when they tabbed into a non-modal banner: focus returns there.
    const from = event.relatedTarget as HTMLElement | null
    if (from && !wrapper.current?.contains(from) && from !== ours()) memory.returnTo = from
  }

  let shownLayer = null
  if (view === 'banner')
    shownLayer = (
      <ConsentBanner
        consent={consent}
        layout={layout}
        title={bannerTitle}
        onDecide={announce}
        manageRef={manage}
      >
        {bannerContent}
      </ConsentBanner>
    )
  else if (view === 'preferences')
    shownLayer = <ConsentPreferences consent={consent} onDecide={announce} onClose={close} />

  return (
    <div
      ref={wrapper}
      class={'t ' + (ui.theme || '')}
      lang={lang}
      dir={RTL.test(lang) ? 'rtl' : 'ltr'}
      onKeyDown={keyDown}
      onFocusIn={focusIn}
    >
      <p class="sr" role="status">
        {status}
      </p>
      {ui.reopen ? <ConsentReopen consent={consent} onOpen={openFrom} buttonRef={reopen} /> : null}
      {shownLayer}
    </div>
  )
}
