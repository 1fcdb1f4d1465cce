import { fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { ConsentReopen } from '../../../src/ui'
import { cleanup, config, pageLink, renderUI, setup } from './helpers'
import userEvent from '@testing-library/user-event'

afterEach(cleanup)

/** A site's "Cookie settings" link, with a child to click on. */
const settingsLink = () => {
  const link = document.createElement('a')
  link.href = '#cookies'
  link.setAttribute('data-consent-open', '')
  link.innerHTML = '<span>Cookie settings</span>'
  document.body.append(link)
  return link
}

describe('reopening', () => {
  it('opens the preferences from any [data-consent-open] element, also one added after mounting', async () => {
    createConsent(config).rejectAll()
    const { consent, ui, user } = setup()
    const link = settingsLink()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    fireEvent(link.firstChild!, click)
    expect(click.defaultPrevented).toBe(true)
    expect(consent.$view.get()).toBe('preferences')
    expect(ui().getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    // Focus returns to the link, even where a click does not focus it.
    await user.click(ui().getByRole('button', { name: 'Close' }))
    expect(document.activeElement).toBe(link)
  })

  it('ignores clicks elsewhere', () => {
    createConsent(config).rejectAll()
    const { consent } = setup()
    const other = pageLink('other')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    fireEvent(other, click)
    expect(click.defaultPrevented).toBe(false)
    expect(consent.$view.get()).toBeNull()
  })

  it('stops listening once unmounted', () => {
    createConsent(config).rejectAll()
    const { consent, unmount } = setup()
    unmount()
    fireEvent.click(settingsLink())
    expect(consent.$view.get()).toBeNull()
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('offers a labelled floating button with ui.reopen, hidden while a layer is open, and focus comes back to it', async () => {
    createConsent(config).rejectAll()
    const { consent, ui, root, user } = setup({ ...config, ui: { reopen: true } })
    const button = ui().getByRole('button', { name: 'Cookie settings' })
    expect(button.className).toBe('r')
    await user.click(button)
    expect(consent.$view.get()).toBe('preferences')
    expect(button.hidden).toBe(true)
    expect(ui().queryByRole('button', { name: 'Cookie settings' })).toBeNull()
    await user.click(ui().getByRole('button', { name: 'Close' }))
    expect(button.hidden).toBe(false)
    expect(root().activeElement).toBe(button)
  })

  it('has no floating button unless asked for', () => {
    createConsent(config).rejectAll()
    setup()
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('renders on its own in an app, opening the preferences on click', async () => {
    const consent = createConsent(config)
    consent.rejectAll()
    const user = userEvent.setup()
    render(<ConsentReopen consent={consent} />)
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }))
    expect(consent.$view.get()).toBe('preferences')
  })

  it('after a decision in the bar, gives focus back to where the visitor tabbed in from', async () => {
    const before = pageLink('before')
    const { consent, user } = renderUI()
    before.focus()
    // Here the page's link comes first and the banner after it: policy link, Accept, Reject.
    await user.tab()
    expect(document.activeElement!.textContent).toBe('Privacy policy')
    await user.tab()
    await user.tab()
    expect(document.activeElement!.textContent).toBe('Reject all')
    await user.keyboard('{Enter}')
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(document.activeElement).toBe(before)
  })
})
