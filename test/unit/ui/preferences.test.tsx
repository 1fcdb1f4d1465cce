import { fireEvent } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { cleanup, config, press, setup } from './helpers'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const open = () => {
  const s = setup()
  s.consent.showPreferences()
  return { ...s, dialog: s.ui().getByRole('dialog', { name: 'Cookie preferences' }) }
}
const sw = (ui: ReturnType<typeof setup>['ui'], name: string) =>
  ui().getByRole('switch', { name }) as HTMLInputElement

describe('preferences dialog', () => {
  it('is a labelled, described modal dialog with one switch per category', () => {
    const { ui, dialog } = open()
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)).toBeNull()
    expect(dialog.querySelector('#pd')!.textContent).toContain(
      'Choose which kinds of cookies we may use.',
    )
    const switches = ui()
      .getAllByRole('switch')
      .filter(s => !s.hasAttribute('data-c'))
    expect(switches.map(s => s.getAttribute('name'))).toEqual([
      'necessary',
      'analytics',
      'marketing',
    ])
    expect(switches.every(s => s.getAttribute('type') == 'checkbox')).toBe(true)
    expect(
      ui()
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['×', 'Save preferences', 'Accept all', 'Reject all'])
    expect(ui().getByRole('button', { name: 'Close' }).textContent).toBe('×')
  })

  it('shows a required category on and disabled, with the reason', () => {
    const { ui } = open()
    const necessary = sw(ui, 'Necessary')
    expect([necessary.checked, necessary.disabled]).toEqual([true, true])
    const note = ui().getByText(/Always on/)
    expect(necessary.getAttribute('aria-describedby')).toBe(note.id)
    expect(note.textContent).toBe('Sign-in and security. Always on: the site needs these to work.')
  })

  it('names the signal that locks a category, and Accept all cannot turn it on', () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true, language: 'en' })
    const { consent, ui } = setup()
    expect(consent.$view.get()).toBeNull()
    consent.showPreferences()
    const analytics = sw(ui, 'Analytics')
    expect([analytics.checked, analytics.disabled]).toEqual([false, true])
    expect(ui().getByText(/Counts visits\./).textContent).toBe(
      'Counts visits. Off because your browser sends the Global Privacy Control signal.',
    )
    fireEvent.click(ui().getByRole('button', { name: 'Accept all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('lists services in an expandable section with their cookies, and a disabled one as not in use', () => {
    const { ui, dialog } = open()
    const details = dialog.querySelectorAll('details')
    expect(details).toHaveLength(2)
    expect(details[0].open).toBe(false)
    expect(details[0].querySelector('summary')!.textContent).toBe('Services and cookies')
    const ga = sw(ui, 'Google Analytics')
    expect([ga.checked, ga.disabled, ga.getAttribute('data-c')]).toEqual([
      false,
      false,
      'analytics',
    ])
    // Labels default to the names.
    expect(sw(ui, 'hotjar').getAttribute('name')).toBe('hotjar')
    expect(sw(ui, 'marketing').getAttribute('name')).toBe('marketing')
    expect(ui().getByRole('list', { name: 'Cookies' }).textContent).toBe(
      '_ga Tells visitors apart (2 years)',
    )
    const ads = sw(ui, 'Ad network')
    expect([ads.checked, ads.disabled]).toEqual([false, true])
    expect(ui().getByText('Not in use').id).toBe(ads.getAttribute('aria-describedby'))
  })

  it('Save preferences records exactly the switches, closes, and announces it', () => {
    const { consent, ui } = open()
    const record = vi.fn()
    consent.$record.listen(record)
    fireEvent.click(sw(ui, 'Analytics'))
    fireEvent.click(sw(ui, 'hotjar'))
    fireEvent.click(ui().getByRole('button', { name: 'Save preferences' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect([consent.get('ga'), consent.get('hotjar'), consent.get('ads')]).toEqual([
      true,
      false,
      false,
    ])
    expect(consent.record).toMatchObject({ method: 'custom', services: { hotjar: false } })
    expect(record).toHaveBeenCalledTimes(1)
    expect(consent.$view.get()).toBeNull()
    expect(ui().queryByRole('dialog')).toBeNull()
    expect(ui().getByRole('status').textContent).toBe('Preferences saved')
  })

  it('moves a category and its services together', () => {
    const { ui } = open()
    fireEvent.click(sw(ui, 'Analytics'))
    expect([sw(ui, 'Google Analytics').checked, sw(ui, 'hotjar').checked]).toEqual([true, true])
    fireEvent.click(sw(ui, 'Analytics'))
    expect([sw(ui, 'Google Analytics').checked, sw(ui, 'hotjar').checked]).toEqual([false, false])
    fireEvent.click(sw(ui, 'hotjar'))
    expect([sw(ui, 'Analytics').checked, sw(ui, 'Google Analytics').checked]).toEqual([true, false])
    // A disabled service never follows.
    fireEvent.click(sw(ui, 'marketing'))
    expect(sw(ui, 'Ad network').checked).toBe(false)
  })

  it('Reject all from the dialog denies everything and closes', () => {
    const { consent, ui } = open()
    fireEvent.click(sw(ui, 'Analytics'))
    fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(consent.$view.get()).toBeNull()
  })

  it('shows the current state when reopened', () => {
    const { consent, ui } = setup()
    consent.set({ analytics: true }, { ga: false })
    consent.showPreferences()
    expect([
      sw(ui, 'Analytics').checked,
      sw(ui, 'Google Analytics').checked,
      sw(ui, 'hotjar').checked,
      sw(ui, 'marketing').checked,
    ]).toEqual([true, false, true, false])
  })

  it('preselects the previous choices when a new revision asks again', () => {
    createConsent(config).set({ marketing: true, analytics: true }, { hotjar: false })
    const { consent, ui } = setup({ ...config, revision: 2 })
    expect(consent.$view.get()).toBe('banner')
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    consent.showPreferences()
    expect([
      sw(ui, 'Analytics').checked,
      sw(ui, 'Google Analytics').checked,
      sw(ui, 'hotjar').checked,
      sw(ui, 'marketing').checked,
    ]).toEqual([true, true, false, true])
  })

  it('takes focus on open, keeps Tab and Shift+Tab inside, and gives focus back to the opener on Escape', () => {
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    const { consent, ui, root } = setup()
    consent.hide()
    consent.showPreferences()
    const dialog = ui().getByRole('dialog')
    expect(root().activeElement).toBe(dialog)
    expect(opener.hasAttribute('inert')).toBe(true)
    const close = ui().getByRole('button', { name: 'Close' })
    const last = ui().getByRole('button', { name: 'Reject all' })
    last.focus()
    expect(press(last, 'Tab').defaultPrevented).toBe(true)
    expect(root().activeElement).toBe(close)
    expect(press(close, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true)
    expect(root().activeElement).toBe(last)
    // Inside the list, Tab is the browser's own.
    const analytics = sw(ui, 'Analytics')
    analytics.focus()
    expect(press(analytics, 'Tab').defaultPrevented).toBe(false)
    press(analytics, 'Escape')
    expect(consent.$view.get()).toBeNull()
    expect(consent.record).toBeNull()
    expect(document.activeElement).toBe(opener)
    expect(opener.hasAttribute('inert')).toBe(false)
  })

  it('goes back to the banner, undecided, when closed after opening from it', () => {
    const { consent, ui, root } = setup()
    const manage = ui().getByRole('button', { name: 'Manage preferences' })
    manage.focus()
    fireEvent.click(manage)
    fireEvent.click(ui().getByRole('button', { name: 'Close' }))
    expect(consent.$view.get()).toBe('banner')
    expect(root().activeElement!.textContent).toBe('Manage preferences')
    fireEvent.click(ui().getByRole('button', { name: 'Manage preferences' }))
    press(ui().getByRole('dialog'), 'Escape')
    expect(consent.$view.get()).toBe('banner')
    expect(consent.record).toBeNull()
  })
})
