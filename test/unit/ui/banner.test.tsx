import { fireEvent } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { cleanup, config, press, setup } from './helpers'

afterEach(cleanup)

describe('banner', () => {
  it('asks a first-time visitor with a title, the policy link and three choices', () => {
    const { ui } = setup()
    const banner = ui().getByRole('region', { name: 'Your privacy choices' })
    expect(banner.textContent).toContain('We use cookies the site needs to work.')
    expect(ui().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy')
    expect(
      ui()
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Accept all', 'Reject all', 'Manage preferences'])
  })

  it('gives the three choices the same class, so the same size, weight and colour', () => {
    const { ui } = setup()
    const buttons = ui().getAllByRole('button')
    expect(new Set(buttons.map(b => b.parentElement))).toHaveLength(1)
    expect(buttons.filter(b => b.className && b.className != 'm')).toEqual([])
  })

  it('renders nothing at all for a returning visitor', () => {
    createConsent(config).acceptAll()
    setup()
    expect(document.getElementById('consentry-root')).toBeNull()
  })

  it('leaves the policy link out when the config has no policyUrl', () => {
    const { policyUrl: _, ...noPolicy } = config
    const { ui } = setup(noPolicy)
    expect(ui().queryByRole('link')).toBeNull()
  })

  it('Reject all denies every optional category, closes, and says so', () => {
    const { consent, ui } = setup()
    const state = vi.fn()
    const record = vi.fn()
    consent.subscribe(state)
    consent.$record.listen(record)
    fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(consent.$view.get()).toBeNull()
    expect(ui().queryByRole('region')).toBeNull()
    expect(ui().getByRole('status').textContent).toBe('Preferences saved')
    // One record written; the state was all-false already, so subscribers hear nothing new.
    expect(record).toHaveBeenCalledTimes(1)
    expect(state).toHaveBeenCalledTimes(1)
  })

  it('Accept all grants every category that no signal locks', () => {
    const { consent, ui } = setup()
    fireEvent.click(ui().getByRole('button', { name: 'Accept all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: true })
    expect(consent.record).toMatchObject({ method: 'accept-all' })
    expect(consent.$view.get()).toBeNull()
  })

  it('Manage preferences opens the dialog without deciding', () => {
    const { consent, ui } = setup()
    fireEvent.click(ui().getByRole('button', { name: 'Manage preferences' }))
    expect(consent.$view.get()).toBe('preferences')
    expect(consent.record).toBeNull()
    expect(ui().getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    expect(ui().queryByRole('region')).toBeNull()
  })

  it('under the notice model offers one OK, recorded as accept-all, beside Manage preferences', () => {
    const { consent, ui } = setup({ ...config, model: 'notice' })
    expect(
      ui()
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['OK', 'Manage preferences'])
    fireEvent.click(ui().getByRole('button', { name: 'OK' }))
    expect(consent.record).toMatchObject({ method: 'accept-all' })
    expect(consent.$view.get()).toBeNull()
  })

  it('uses the bar layout by default and the configured one otherwise', () => {
    expect(setup().ui().getByRole('region').className).toBe('l bar')
    cleanup()
    expect(
      setup({ ...config, ui: { layout: 'box' } })
        .ui()
        .getByRole('region').className,
    ).toBe('l box')
  })

  it('in the modal layout is a modal dialog, makes the page inert, and Escape closes it recording nothing', () => {
    const page = document.createElement('main')
    const aside = document.createElement('aside')
    aside.setAttribute('inert', '')
    document.body.append(page, aside)
    const { consent, ui, host, root } = setup({ ...config, ui: { layout: 'modal' } })
    const dialog = ui().getByRole('dialog', { name: 'Your privacy choices' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(root().activeElement).toBe(dialog)
    expect(page.hasAttribute('inert')).toBe(true)
    expect(host()!.hasAttribute('inert')).toBe(false)
    press(dialog, 'Escape')
    expect(consent.$view.get()).toBeNull()
    expect(consent.record).toBeNull()
    expect(page.hasAttribute('inert')).toBe(false)
    // It was inert before we came: still is.
    expect(aside.hasAttribute('inert')).toBe(true)
  })

  it('does not close a non-modal banner on Escape', () => {
    const { consent, ui } = setup()
    const accept = ui().getByRole('button', { name: 'Accept all' })
    accept.focus()
    press(accept, 'Escape')
    expect(consent.$view.get()).toBe('banner')
  })

  it('shows texts from the config as text, never as markup', () => {
    const { ui, root } = setup({
      ...config,
      texts: { title: '<img src=x onerror=alert(1)>', acceptAll: 'Yes <b>please</b>' },
    })
    expect(ui().getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>')
    expect(ui().getByRole('button', { name: 'Yes <b>please</b>' })).toBeTruthy()
    expect(root().querySelector('img, b')).toBeNull()
  })

  it('waits for <body> when mounted from <head>, then draws at once', async () => {
    const body = document.body
    body.remove()
    const { host } = setup()
    expect(host()).toBeNull()
    document.documentElement.append(body)
    await Promise.resolve()
    expect(host()!.parentElement).toBe(body)
    expect(host()!.shadowRoot!.querySelector('[role=region]')).not.toBeNull()
  })
})

describe('modal layout while the page is still loading', () => {
  it('makes content parsed after the banner opened inert too', () => {
    const { consent } = setup({ ...config, ui: { layout: 'modal' } })
    const late = document.createElement('footer')
    document.body.append(late)
    document.dispatchEvent(new Event('DOMContentLoaded'))
    expect(late.hasAttribute('inert')).toBe(true)
    consent.hide()
    expect(late.hasAttribute('inert')).toBe(false)
  })
})
