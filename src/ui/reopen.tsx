import type { Ref } from 'preact'
import type { Consent } from '../core/consent'
import { useStore, useTexts } from './hooks'

/** Props of `ConsentReopen`. */
export interface ConsentReopenProps {
  consent: Consent
  /** Opens the dialog; defaults to `consent.showPreferences`. Gets the button, to return focus to. */
  onOpen?: (button: HTMLButtonElement) => void
  buttonRef?: Ref<HTMLButtonElement>
}

/**
 * The floating cookie button that reopens the preferences, hidden while a layer is open.
 * @example <ConsentReopen consent={consent} />
 */
export function ConsentReopen({ consent, onOpen, buttonRef }: ConsentReopenProps) {
  const view = useStore(consent.$view)
  const { texts } = useTexts(consent)
  const open = (event: MouseEvent) => {
    if (onOpen) onOpen(event.currentTarget as HTMLButtonElement)
    else consent.showPreferences()
  }
  // An icon drawn in CSS, so its name comes from aria-label (nothing visible to mismatch).
  return (
    <button
      type="button"
      class="r"
      ref={buttonRef}
      hidden={!!view}
      aria-label={texts.reopen}
      onClick={open}
    />
  )
}
