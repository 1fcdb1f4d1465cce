import { fireEvent } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { cleanup, config, setup } from './helpers'

afterEach(cleanup)

describe('reopening', () => {
  it('opens the preferences from any [data-consent-open] element, also one added after mounting', () => {
    createConsent(config).rejectAll()
    const { consent, ui } = setup()
    const link = document.createElement('a')
    link.href = '#cookies'
    link.setAttribute('data-consent-open', '')
    link.innerHTML = '<span>Cookie settings</span>'
    document.body.append(link)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.firstChild!.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(consent.$view.get()).toBe('preferences')
    expect(ui().getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    // Focus returns to the link, even where a click does not focus it.
    fireEvent.click(ui().getByRole('button', { name: 'Close' }))
    expect(document.activeElement).toBe(link)
  })

  it('ignores clicks elsewhere', () => {
    createConsent(config).rejectAll()
    const { consent } = setup()
    const other = document.createElement('a')
    document.body.append(other)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    other.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(false)
    expect(consent.$view.get()).toBeNull()
  })

  it('stops listening once unmounted', () => {
    createConsent(config).rejectAll()
    const { consent, unmount } = setup()
    unmount()
    const link = document.createElement('button')
    link.setAttribute('data-consent-open', '')
    document.body.append(link)
    fireEvent.click(link)
    expect(consent.$view.get()).toBeNull()
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('offers a labelled floating button with ui.reopen, hidden while a layer is open', () => {
    createConsent(config).rejectAll()
    const { consent, ui } = setup({ ...config, ui: { reopen: true } })
    const button = ui().getByRole('button', { name: 'Cookie settings' })
    expect(button.className).toBe('r')
    fireEvent.click(button)
    expect(consent.$view.get()).toBe('preferences')
    expect(button.hidden).toBe(true)
    expect(ui().queryByRole('button', { name: 'Cookie settings' })).toBeNull()
    // Focus returns to it when the dialog closes.
    fireEvent.click(ui().getByRole('button', { name: 'Close' }))
    expect(button.hidden).toBe(false)
    expect(document.getElementById('consentry-root')!.shadowRoot!.activeElement).toBe(button)
  })

  it('has no floating button unless asked for', () => {
    createConsent(config).rejectAll()
    setup()
    expect(document.getElementById('consentry-root')).toBeNull()
  })
})
