import { screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { de, en, registerTexts } from '../../../src/ui'
import { change, cleanup, config, pageLink, renderUI } from './helpers'

afterEach(cleanup)

const buttonLabels = () => screen.getAllByRole('button').map(b => b.textContent)

describe('banner', () => {
  it('asks a first-time visitor with a title, what it is for, the policy link and three choices', () => {
    renderUI()
    const banner = screen.getByRole('region', { name: 'Your privacy choices' })
    expect(document.getElementById(banner.getAttribute('aria-describedby')!)!.textContent).toBe(
      en.body + ' Optional purposes: Analytics. Third parties: hotjar. Privacy policy',
    )
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy',
    )
    expect(buttonLabels()).toEqual(['Accept all', 'Reject all', 'Manage preferences'])
  })

  it('gives the three choices one row and no class of their own, so the same size, weight and colour', () => {
    renderUI()
    const buttons = screen.getAllByRole('button')
    expect(new Set(buttons.map(b => b.parentElement!.className))).toEqual(new Set(['bs']))
    expect(buttons.filter(b => b.className)).toEqual([])
  })

  it('renders no layer for a returning visitor', () => {
    createConsent(config).acceptAll()
    const { container } = renderUI()
    expect(container.querySelector('.l')).toBeNull()
    expect(screen.queryAllByRole('button')).toEqual([])
  })

  it('leaves the policy link out when the config has no policyUrl', () => {
    renderUI({ ...config, policyUrl: undefined })
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('Reject all denies every optional category, closes, and says so', async () => {
    const { consent, user } = renderUI()
    const state = vi.fn()
    const record = vi.fn()
    consent.subscribe(state)
    consent.$record.listen(record)
    await user.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(consent.$view.get()).toBeNull()
    expect(screen.queryByRole('region')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Preferences saved')
    // One record written; the state was all-false already, so subscribers hear nothing new.
    expect(record).toHaveBeenCalledTimes(1)
    expect(state).toHaveBeenCalledTimes(1)
  })

  it('Accept all grants every category that no signal locks and that has something in use', async () => {
    const { consent, user } = renderUI()
    await user.click(screen.getByRole('button', { name: 'Accept all' }))
    // marketing's only service is disabled: nothing to grant, so it is recorded as denied.
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.record!.categories).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
    })
    expect(consent.record).toMatchObject({ method: 'accept-all' })
    expect(consent.$view.get()).toBeNull()
  })

  it('Manage preferences opens the dialog without deciding', async () => {
    const { consent, user } = renderUI()
    await user.click(screen.getByRole('button', { name: 'Manage preferences' }))
    expect(consent.$view.get()).toBe('preferences')
    expect(consent.record).toBeNull()
    expect(screen.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('under the opt-in model asks before anything optional runs', () => {
    renderUI()
    expect(screen.getByRole('region').textContent).toContain('stay off until you agree')
  })

  it('under the opt-out model says what already runs and offers the opt-out', async () => {
    const { consent, user } = renderUI({ ...config, model: 'opt-out' })
    const text = screen.getByRole('region').textContent
    expect(text).toContain(en.bodyOptOut)
    expect(text).not.toContain('If you agree')
    expect(consent.get('analytics')).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(consent.get('analytics')).toBe(false)
  })

  it('under the notice model informs and offers one OK, recorded as accept-all, beside Manage preferences', async () => {
    const { consent, user } = renderUI({ ...config, model: 'notice' })
    expect(screen.getByRole('region').textContent).toContain(en.bodyNotice)
    expect(buttonLabels()).toEqual(['OK', 'Manage preferences'])
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(consent.record).toMatchObject({ method: 'accept-all' })
  })

  it('uses the bar layout by default and the configured one otherwise', () => {
    const { unmount } = renderUI()
    expect(screen.getByRole('region').className).toBe('l bar consentry-banner')
    unmount()
    renderUI({ ...config, ui: { layout: 'box' } })
    expect(screen.getByRole('region').className).toBe('l box consentry-banner')
  })

  it('names each choice in data-choice, the same in every language, for tools that answer banners', async () => {
    registerTexts('de', de)
    const { consent, user } = renderUI({ ...config, lang: 'de' })
    expect(buttonLabels()).toEqual([de.acceptAll, de.rejectAll, de.manage])
    const choices = () => screen.getAllByRole('button').map(b => b.dataset.choice)
    expect(choices()).toEqual(['accept-all', 'reject-all', 'manage'])
    await user.click(document.querySelector<HTMLElement>('[data-choice=manage]')!)
    expect(consent.$view.get()).toBe('preferences')
    const dialog = screen.getByRole('dialog')
    expect(dialog.classList.contains('consentry-preferences')).toBe(true)
    const dialogChoices = dialog.querySelectorAll<HTMLElement>('.bs [data-choice]')
    expect([...dialogChoices].map(b => b.dataset.choice)).toEqual([
      'save',
      'accept-all',
      'reject-all',
    ])
  })

  it('names the notice banner\'s OK "ok"', () => {
    renderUI({ ...config, model: 'notice' })
    expect(screen.getAllByRole('button').map(b => b.dataset.choice)).toEqual(['ok', 'manage'])
  })

  it('in the modal layout is a modal dialog, makes the page inert, and Escape closes it recording nothing', async () => {
    const main = document.createElement('main')
    document.body.append(main)
    const { consent, user } = renderUI({ ...config, ui: { layout: 'modal' } })
    const dialog = screen.getByRole('dialog', { name: 'Your privacy choices' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.activeElement).toBe(dialog)
    expect(main.hasAttribute('inert')).toBe(true)
    await user.keyboard('{Escape}')
    expect(consent.$view.get()).toBeNull()
    expect(consent.record).toBeNull()
    expect(main.hasAttribute('inert')).toBe(false)
  })

  it('keeps what the page adds while the modal is open out of reach too', async () => {
    const { user } = renderUI({ ...config, ui: { layout: 'modal' } })
    const late = pageLink('late')
    // The observer reports after the current task's microtasks.
    await vi.waitFor(() => expect(late.hasAttribute('inert')).toBe(true))
    await user.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(late.hasAttribute('inert')).toBe(false)
  })

  it('leaves an element the site made inert itself inert after closing', async () => {
    const own = pageLink('own')
    own.setAttribute('inert', '')
    const { user } = renderUI({ ...config, ui: { layout: 'modal' } })
    await user.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(own.hasAttribute('inert')).toBe(true)
  })

  it('does not close a non-modal banner on Escape', async () => {
    const { consent, user } = renderUI()
    await user.click(screen.getByRole('heading'))
    await user.keyboard('{Escape}')
    expect(consent.$view.get()).toBe('banner')
  })

  it('shows texts from the config as text, never as markup', () => {
    renderUI({ ...config, texts: { title: '<img src=x onerror=alert(1)>' } })
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>')
    expect(document.querySelector('img')).toBeNull()
  })

  it('redraws when the view changes through the API', () => {
    const { consent } = renderUI()
    change(() => consent.hide())
    expect(screen.queryByRole('region')).toBeNull()
    change(() => consent.show())
    expect(screen.getByRole('region')).toBeTruthy()
  })
})
