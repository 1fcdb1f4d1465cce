// @vitest-environment-options {"url":"http://www.site.test/shop/page","settings":{"enableJavaScriptEvaluation":true,"disableJavaScriptFileLoading":true}}
// The gate in happy-dom: activation order and bookkeeping, holding by host, placeholders,
// clean-up, the network guard. External scripts never load here: happy-dom answers each
// with an `error` event, which is also how a 404 looks to the gate.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { startGate } from '../../../src/gate'

const config = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  categories: {
    necessary: { required: true },
    analytics: {
      label: 'Analytics',
      cookies: ['_ga', '_ga_*'],
      storage: ['ajs_*'],
      services: {
        ga: { label: 'Google Analytics', hosts: ['tracker.test'], cookies: ['/^_gid$/'] },
      },
    },
    social: {
      label: 'Social media',
      services: { video: { label: 'VideoTube', hosts: ['*.social.test'] } },
    },
  },
  ...extra,
})

let stop = () => {}
const w = window as any

/** A consent controller and a gate over `body`, as the drop-in starts them. */
function start(body = '', extra?: Partial<ConsentConfig>) {
  document.body.innerHTML = body
  const consent = createConsent(config(extra))
  stop = startGate(consent)
  return consent
}

/** Lets the observer and queued tasks run. */
const tick = () => new Promise(r => setTimeout(r, 20))

const clearCookies = () => {
  for (const pair of document.cookie.split(/; */)) {
    const name = pair.split('=')[0]
    if (name) document.cookie = name + '=; max-age=-1; path=/'
  }
}

beforeEach(() => {
  w.__ran = []
  clearCookies()
  localStorage.clear()
  sessionStorage.clear()
})
afterEach(() => {
  stop()
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

const gated = (attrs: string, code = '') =>
  `<script type="text/plain" data-consent="analytics" ${attrs}>${code}</script>`
const log = (name: string) => `__ran.push('${name}')`

describe('activation', () => {
  it('runs nothing before consent', async () => {
    start(gated('', log('a')) + gated('src="https://tracker.test/b.js"'))
    await tick()
    expect(w.__ran).toEqual([])
    expect(document.querySelectorAll('script[type="text/plain"]').length).toBe(2)
  })

  it('runs inline and external scripts in document order, each after the one before has loaded or failed', async () => {
    const consent = start(
      gated(`id="a" src="https://tracker.test/a.js" onerror="${log('a')}"`) +
        gated('', log('b')) +
        gated(`src="https://tracker.test/c.js" onerror="${log('c')}"`) +
        gated('', log('d')),
    )
    const inserted: string[] = []
    new MutationObserver(rs =>
      rs.forEach(r =>
        r.addedNodes.forEach(n => inserted.push((n as Element).getAttribute?.('src') || 'inline')),
      ),
    ).observe(document.body, { childList: true })
    consent.acceptAll()
    await tick()
    expect(w.__ran).toEqual(['a', 'b', 'c', 'd'])
    expect(inserted).toEqual([
      'https://tracker.test/a.js',
      'inline',
      'https://tracker.test/c.js',
      'inline',
    ])
  })

  it('runs each script at most once, through withdrawals and grants, and when the page inserts it again', async () => {
    const consent = start(gated('id="a"', log('a')))
    const original = document.getElementById('a')!
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    document.body.append(original)
    await tick()
    expect(w.__ran).toEqual(['a'])
  })

  it('copies every attribute but the gating ones, and uses data-type as the type', async () => {
    const consent = start(
      gated(
        'id="m" class="x" data-id="7" data-service="ga" data-type="module" src="https://tracker.test/m.js"',
      ),
    )
    consent.acceptAll()
    const s = document.getElementById('m')!
    expect(s.getAttributeNames().sort()).toEqual([
      'class',
      'data-id',
      'data-service',
      'id',
      'src',
      'type',
    ])
    expect(s.getAttribute('type')).toBe('module')
  })

  it('follows a named service, which may be granted apart from its category', async () => {
    const consent = start(gated('data-service="ga"', log('ga')) + gated('', log('analytics')))
    consent.set({}, { ga: true })
    await tick()
    expect(w.__ran).toEqual(['ga'])
  })

  it('runs a !category fallback only while the category is not granted', async () => {
    const consent = start(
      `<script type="text/plain" data-consent="!analytics">${log('fallback')}</script>`,
    )
    await tick()
    expect(w.__ran).toEqual(['fallback'])
    consent.acceptAll()
    expect(w.__ran).toEqual(['fallback'])
  })

  it('fails closed: unknown, inherited or missing names never run', async () => {
    const consent = start(
      `<script type="text/plain" data-consent="nope">${log('nope')}</script>` +
        `<script type="text/plain" data-consent="toString">${log('toString')}</script>` +
        `<script type="text/plain" data-consent="analytics" data-service="constructor">${log('constructor')}</script>` +
        `<script type="text/plain" data-consent="">${log('empty')}</script>`,
    )
    consent.acceptAll()
    await tick()
    expect(w.__ran).toEqual([])
  })

  it('warns once, naming it, about a data-consent script that is executable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    document.body.innerHTML =
      '<script data-consent="analytics" src="https://tracker.test/x.js"></script>'
    stop = startGate(createConsent(config()))
    expect(warn.mock.calls).toEqual([
      ['consentry: not gated, add type="text/plain":', 'https://tracker.test/x.js'],
    ])
  })

  it('starts images once granted', async () => {
    const consent = start(
      '<img data-consent="analytics" data-src="https://px.tracker.test/p.gif" alt="">',
    )
    const img = document.querySelector('img')!
    expect(img.hasAttribute('src')).toBe(false)
    consent.acceptAll()
    expect(img.getAttribute('src')).toBe('https://px.tracker.test/p.gif')
  })
})

describe('holding what other code inserts', () => {
  it('turns a created script of a denied host into text/plain before it is inserted, and runs it once granted', async () => {
    const consent = start()
    const s = document.createElement('script')
    s.src = 'https://www.tracker.test/x.js'
    s.type = 'module'
    expect([
      s.type,
      s.getAttribute('data-consent'),
      s.getAttribute('data-service'),
      s.getAttribute('data-type'),
    ]).toEqual(['text/plain', 'analytics', 'ga', 'module'])
    document.head.append(s)
    await tick()
    consent.acceptAll()
    const copy = document.querySelector('script[src="https://www.tracker.test/x.js"]')!
    expect(copy).not.toBe(s)
    expect(copy.getAttribute('type')).toBe('module')
  })

  it('holds setAttribute("src") the same way, and leaves other hosts and granted services alone', () => {
    const consent = start()
    const a = document.createElement('script')
    a.setAttribute('SRC', 'https://tracker.test/a.js')
    const b = document.createElement('script')
    b.setAttribute('src', 'https://cdn.example.test/b.js')
    consent.acceptAll()
    const c = document.createElement('script')
    c.src = 'https://tracker.test/c.js'
    expect([a.type, b.type, c.type]).toEqual(['text/plain', '', ''])
  })

  it('keeps a pixel from loading until granted, even detached', () => {
    const consent = start()
    const img = new Image()
    img.src = 'https://px.tracker.test/p.gif'
    expect(img.hasAttribute('src')).toBe(false)
    expect(img.getAttribute('data-src')).toBe('https://px.tracker.test/p.gif')
    consent.acceptAll()
    expect(img.getAttribute('src')).toBe('https://px.tracker.test/p.gif')
  })

  it('rewrites innerHTML and insertAdjacentHTML markup naming a denied host', async () => {
    start()
    const div = document.createElement('div')
    document.body.append(div)
    div.innerHTML =
      '<img src="https://tracker.test/p.gif"><p>text</p><iframe src="https://www.social.test/v"></iframe>'
    div.insertAdjacentHTML('beforeend', '<img src="https://tracker.test/q.gif"><b id="b"></b>')
    document.getElementById('b')!.outerHTML = '<img src="https://tracker.test/r.gif">'
    expect(div.innerHTML).not.toContain(' src=')
    expect(div.querySelectorAll('[data-src]').length).toBe(4)
    await tick()
    expect(document.querySelectorAll('.consentry-held').length).toBe(1)
  })

  it('leaves other markup exactly as given', () => {
    start()
    const div = document.createElement('div')
    div.innerHTML = '<img src="https://cdn.example.test/p.gif"><b>tracker.test</b>'
    expect(div.innerHTML).toBe('<img src="https://cdn.example.test/p.gif"><b>tracker.test</b>')
  })

  it('puts every hook back when stopped', () => {
    const before = ['src', 'type', 'setAttribute'].map(k =>
      Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, k),
    )
    const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')
    start()
    expect(Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')).not.toEqual(
      before[0],
    )
    stop()
    stop = () => {}
    expect(
      ['src', 'type', 'setAttribute'].map(k =>
        Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, k),
      ),
    ).toEqual(before)
    expect(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')).toEqual(inner)
  })
})

describe('placeholders', () => {
  const frame =
    '<iframe data-consent="social" data-service="video" data-src="https://www.social.test/v" width="560" height="315" class="embed"></iframe>'

  it('stands in for a held frame with its size, what is held and why, and two buttons', () => {
    start(frame)
    const box = document.querySelector('.consentry-held') as HTMLElement
    expect(document.querySelector('iframe')).toBeNull()
    expect(box.className).toBe('consentry-held embed')
    expect([box.style.width, box.style.height]).toEqual(['560px', '315px'])
    expect(box.getAttribute('role')).toBe('group')
    expect(box.textContent).toBe(
      'VideoTube is blocked until you allow Social media cookies.Load onceAlways allow',
    )
    expect([...box.querySelectorAll('button')].map(b => b.type)).toEqual(['button', 'button'])
  })

  it('loads the frame once, granting nothing', () => {
    const consent = start(frame)
    document.querySelector<HTMLButtonElement>('.consentry-held button')!.click()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://www.social.test/v')
    expect(consent.get('video')).toBe(false)
  })

  it('grants the service with Always allow', () => {
    const consent = start(frame)
    document.querySelectorAll<HTMLButtonElement>('.consentry-held button')[1].click()
    expect(consent.get('video')).toBe(true)
    expect(consent.get('social')).toBe(false)
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://www.social.test/v')
  })

  it('goes back to a placeholder on withdrawal, unloading the frame', () => {
    const consent = start(frame)
    consent.acceptAll()
    const iframe = document.querySelector('iframe')!
    consent.set({ social: false })
    expect(iframe.isConnected).toBe(false)
    expect(iframe.hasAttribute('src')).toBe(false)
    expect(document.querySelectorAll('.consentry-held').length).toBe(1)
  })
})

describe('withdrawal', () => {
  it('calls each withdrawn service’s onRevoke once, and survives one that throws', () => {
    const calls: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const consent = createConsent({
      categories: {
        analytics: {
          services: {
            ga: { onRevoke: () => calls.push('ga') },
            bad: {
              onRevoke: () => {
                throw Error('bad')
              },
            },
          },
        },
      },
    })
    stop = startGate(consent)
    consent.acceptAll()
    expect(() => consent.rejectAll()).not.toThrow()
    consent.rejectAll()
    expect(calls).toEqual(['ga'])
    expect(error).toHaveBeenCalledTimes(1)
  })

  it('deletes a denied category’s cookies and storage keys, never the consent cookie, even under "*"', async () => {
    const consent = createConsent({
      categories: { analytics: { cookies: ['*'], storage: ['ajs_*'] } },
    })
    stop = startGate(consent)
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = 'other=1; path=/'
    localStorage.setItem('ajs_user', '1')
    sessionStorage.setItem('ajs_anon', '1')
    localStorage.setItem('keep', '1')
    consent.rejectAll()
    expect(document.cookie.split('; ').map(c => c.split('=')[0])).toEqual(['consentry'])
    expect([Object.keys(localStorage), Object.keys(sessionStorage)]).toEqual([['keep'], []])
  })

  it('deletes nothing before a first decision', () => {
    document.cookie = '_ga=1; path=/'
    start()
    expect(document.cookie).toBe('_ga=1')
  })
})

describe('network guard', () => {
  it('refuses fetch and sendBeacon to a denied host, and only with gate.network', async () => {
    const fetch = vi.fn(async () => new Response(''))
    const beacon = vi.fn(() => true)
    vi.stubGlobal('fetch', fetch)
    Object.defineProperty(Navigator.prototype, 'sendBeacon', {
      value: beacon,
      configurable: true,
      writable: true,
    })
    const consent = start('', { gate: { network: true } })
    await expect(window.fetch('https://tracker.test/collect')).rejects.toThrow(TypeError)
    await expect(window.fetch(new Request('https://tracker.test/collect'))).rejects.toThrow(
      TypeError,
    )
    expect(navigator.sendBeacon('https://tracker.test/collect')).toBe(false)
    await window.fetch('/own')
    expect(fetch).toHaveBeenCalledTimes(1)
    consent.acceptAll()
    await window.fetch('https://tracker.test/collect')
    expect(navigator.sendBeacon('https://tracker.test/collect')).toBe(true)
    expect([fetch.mock.calls.length, beacon.mock.calls.length]).toEqual([2, 1])
    stop()
    stop = () => {}
    expect(window.fetch).toBe(fetch)
    vi.unstubAllGlobals()
  })
})
