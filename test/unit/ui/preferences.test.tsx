import { screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import { de, registerTexts } from '../../../src/ui'
import { change, cleanup, config, pageLink, renderUI } from './helpers'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The UI with the dialog open, as after a click on a site's "Cookie settings" link. */
const open = (conf: typeof config = config) => {
  createConsent(conf).rejectAll()
  const rendered = renderUI(conf)
  change(() => rendered.consent.showPreferences())
  return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Cookie preferences' }) }
}
const sw = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name })
const states = (...names: string[]) => names.map(name => sw(name).checked)

describe('preferences dialog', () => {
  it('is a labelled, described modal dialog with one switch per category', () => {
    const { dialog } = open()
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Choose which kinds of cookies we may use. Privacy policy',
    )
    const categories = [...dialog.querySelectorAll(':scope > ul > li > .w input')]
    expect(categories.map(s => s.id)).toEqual(['c-necessary', 'c-analytics', 'c-marketing'])
    expect(categories.every(s => s.getAttribute('type') === 'checkbox')).toBe(true)
    expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual([
      '×Close',
      'Save preferences',
      'Accept all',
      'Reject all',
    ])
  })

  it('names the close button by what it shows a screen reader, with the × hidden from it', () => {
    open()
    const close = screen.getByRole('button', { name: 'Close' })
    expect(close.hasAttribute('aria-label')).toBe(false)
    expect(close.querySelector('[aria-hidden="true"]')!.textContent).toBe('×')
  })

  it('shows a required category on and disabled, with the reason', () => {
    open()
    const necessary = sw('Necessary')
    expect([necessary.checked, necessary.disabled]).toEqual([true, true])
    const note = screen.getByText(/Always on/)
    expect(necessary.getAttribute('aria-describedby')).toBe(note.id)
    expect(note.textContent).toBe('Sign-in and security. Always on: the site needs these to work.')
  })

  it('names the signal that locks a category, draws it locked, and Accept all cannot turn it on', async () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true, language: 'en' })
    // Marketing not affected by signals and with a service in use, so something is left to accept.
    const marketing = {
      services: { ...config.categories.marketing.services, pixel: { label: 'Pixel' } },
    }
    const { consent, user } = renderUI({
      ...config,
      categories: { ...config.categories, marketing },
    } as unknown as typeof config)
    expect(consent.$view.get()).toBeNull()
    change(() => consent.showPreferences())
    const analytics = sw('Analytics')
    expect([analytics.checked, analytics.disabled]).toEqual([false, true])
    expect(analytics.closest('li')!.className).toBe('lk')
    expect(sw('Necessary').closest('li')!.className).toBe('')
    expect(screen.getByText(/Counts visits\./).textContent).toBe(
      'Counts visits. Off because your browser sends the Global Privacy Control signal.',
    )
    await user.click(screen.getByRole('button', { name: 'Accept all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: true })
  })

  it('offers one honest OK instead of choices that change nothing when every optional category is locked', async () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true, language: 'en' })
    const { consent, user } = renderUI()
    change(() => consent.showPreferences())
    expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual(['×Close', 'OK'])
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(consent.record).toMatchObject({
      method: 'custom',
      categories: { necessary: true, analytics: false, marketing: false },
    })
    expect(consent.$view.get()).toBeNull()
  })

  it('lists services in an expandable section with their cookies, and a disabled one as not in use', () => {
    const { dialog } = open()
    const details = dialog.querySelectorAll('details')
    expect(details).toHaveLength(2)
    expect(details[0].open).toBe(false)
    expect(details[0].querySelector('summary')!.textContent).toBe('Services and cookies')
    const ga = sw('Google Analytics')
    expect([ga.checked, ga.disabled]).toEqual([false, false])
    // Labels default to the names.
    expect(sw('hotjar').id).toBe('s-hotjar')
    expect(sw('marketing').id).toBe('c-marketing')
    const ads = sw('Ad network')
    expect([ads.checked, ads.disabled]).toEqual([false, true])
    expect(document.getElementById(ads.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Not in use',
    )
  })

  it('shows a category with nothing in use as not in use, and neither a click nor Accept all grants it', async () => {
    const { consent, user } = open()
    const marketing = sw('marketing')
    expect([marketing.checked, marketing.disabled]).toEqual([false, true])
    expect(document.getElementById(marketing.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Not in use',
    )
    // Drawn as not in use, not as locked by a signal.
    expect(marketing.closest('li')!.className).toBe('')
    await user.click(marketing)
    expect(marketing.checked).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Save preferences' }))
    expect(consent.record!.categories.marketing).toBe(false)
    change(() => consent.showPreferences())
    await user.click(screen.getByRole('button', { name: 'Accept all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.record).toMatchObject({
      method: 'accept-all',
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
    })
  })

  it('lists each service’s cookies: cookieInfo in full, else the cookies patterns as written', () => {
    open()
    const lists = screen.getAllByRole('list', { name: 'Cookies' }).map(list => list.textContent)
    expect(lists).toEqual(['_ga Tells visitors apart (2 years)', '_hj*^_hjSession'])
    const hotjarCookies = sw('hotjar').closest('li')!.querySelectorAll('.k li')
    expect([...hotjarCookies].map(li => li.textContent?.trim())).toEqual(['_hj*', '^_hjSession'])
  })

  it('Save preferences records exactly the switches, closes, and announces it', async () => {
    const { consent, user } = open()
    const record = vi.fn()
    consent.$record.listen(record)
    await user.click(sw('Analytics'))
    await user.click(sw('hotjar'))
    await user.click(screen.getByRole('button', { name: 'Save preferences' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect([consent.get('ga'), consent.get('hotjar'), consent.get('ads')]).toEqual([
      true,
      false,
      false,
    ])
    expect(consent.record).toMatchObject({ method: 'custom', services: { hotjar: false } })
    expect(record).toHaveBeenCalledTimes(1)
    expect(consent.$view.get()).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Preferences saved')
  })

  it('toggles a switch with Space from the keyboard', async () => {
    const { user } = open()
    sw('Analytics').focus()
    await user.keyboard(' ')
    expect(states('Analytics', 'Google Analytics', 'hotjar')).toEqual([true, true, true])
  })

  it('moves a category and its services together', async () => {
    const { user } = open()
    await user.click(sw('Analytics'))
    expect(states('Google Analytics', 'hotjar')).toEqual([true, true])
    await user.click(sw('Analytics'))
    expect(states('Google Analytics', 'hotjar')).toEqual([false, false])
    await user.click(sw('hotjar'))
    expect(states('Analytics', 'Google Analytics')).toEqual([true, false])
    // A disabled service never follows.
    await user.click(sw('marketing'))
    expect(sw('Ad network').checked).toBe(false)
  })

  it('Reject all from the dialog denies everything and closes', async () => {
    const { consent, user } = open()
    await user.click(sw('Analytics'))
    await user.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(consent.$view.get()).toBeNull()
  })

  it('shows the current state when reopened', () => {
    const { consent } = renderUI()
    change(() => consent.set({ analytics: true }, { ga: false }))
    change(() => consent.showPreferences())
    expect(states('Analytics', 'Google Analytics', 'hotjar', 'marketing')).toEqual([
      true,
      false,
      true,
      false,
    ])
  })

  it('preselects the previous choices when a new revision asks again', () => {
    createConsent(config).set({ marketing: true, analytics: true }, { hotjar: false })
    const { consent } = renderUI({ ...config, revision: 2 })
    expect(consent.$view.get()).toBe('banner')
    expect(consent.get()).toEqual({ necessary: true, analytics: false, marketing: false })
    change(() => consent.showPreferences())
    // marketing has nothing in use: it was never recorded as granted, and shows off.
    expect(states('Analytics', 'Google Analytics', 'hotjar', 'marketing')).toEqual([
      true,
      true,
      false,
      false,
    ])
  })

  it('keeps unsaved switches and focus when a language file arrives late', async () => {
    const { user } = open({ ...config, lang: 'de' } as typeof config)
    await user.click(sw('Analytics'))
    await user.click(sw('hotjar'))
    const hotjar = sw('hotjar')
    expect(document.activeElement).toBe(hotjar)
    change(() => registerTexts('de', de))
    expect(screen.getByRole('heading', { name: de.prefsTitle })).toBeTruthy()
    expect(states('Analytics', 'Google Analytics', 'hotjar')).toEqual([true, true, false])
    expect(document.activeElement).toBe(hotjar)
  })

  it('takes focus on open, keeps Tab and Shift+Tab inside, and gives focus back to the opener on Escape', async () => {
    createConsent(config).rejectAll()
    const opener = pageLink('settings')
    const { consent, user } = renderUI()
    opener.focus()
    change(() => consent.showPreferences())
    const dialog = screen.getByRole('dialog')
    expect(document.activeElement).toBe(dialog)
    expect(opener.hasAttribute('inert')).toBe(true)
    const close = screen.getByRole('button', { name: 'Close' })
    const last = screen.getByRole('button', { name: 'Reject all' })
    last.focus()
    await user.tab()
    expect(document.activeElement).toBe(close)
    await user.tab({ shift: true })
    expect(document.activeElement).toBe(last)
    // Inside, Tab is the browser's own: from the close button to the policy link.
    close.focus()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Privacy policy' }))
    await user.keyboard('{Escape}')
    expect(consent.$view.get()).toBeNull()
    expect(consent.record).toMatchObject({ method: 'reject-all' })
    expect(document.activeElement).toBe(opener)
    expect(opener.hasAttribute('inert')).toBe(false)
  })

  it('goes back to the banner, undecided, with focus on Manage preferences, when closed after opening from it', async () => {
    const { consent, user } = renderUI()
    await user.click(screen.getByRole('button', { name: 'Manage preferences' }))
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(consent.$view.get()).toBe('banner')
    expect(document.activeElement!.textContent).toBe('Manage preferences')
    await user.click(screen.getByRole('button', { name: 'Manage preferences' }))
    await user.keyboard('{Escape}')
    expect(consent.$view.get()).toBe('banner')
    expect(consent.record).toBeNull()
  })
})
