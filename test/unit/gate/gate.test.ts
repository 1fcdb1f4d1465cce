// @vitest-environment-options {"url":"http://www.site.test/shop/page","settings":{"disableJavaScriptFileLoading":true,"disableIframePageLoading":true}}
// The gate's bookkeeping in happy-dom: which elements it marks, copies, holds and puts
// placeholders in place of, and what the network guard answers. Nothing here runs a script
// or loads a file (happy-dom stays offline); what only a browser shows (a script ran, a
// request reached a host, a cookie is gone) is tested in Chromium, in
// test/browser/gate*.browser.test.ts.
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

/** A consent controller and a gate over `body`, as the drop-in starts them. */
function start(body = '', extra?: Partial<ConsentConfig>) {
  document.body.innerHTML = body
  const consent = createConsent(config(extra))
  stop = startGate(consent)
  return consent
}

/** Lets the observer and queued tasks run. */
const tick = () => new Promise(r => setTimeout(r, 20))

/** Each test starts without a stored choice. */
const clearCookies = () => {
  for (const pair of document.cookie.split(/; */)) {
    const name = pair.split('=')[0]
    if (name) document.cookie = name + '=; max-age=-1; path=/'
  }
}

beforeEach(() => {
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

/** The scripts the gate let run: its copies, which are no longer text/plain, by id. */
const released = () =>
  [...document.querySelectorAll('script')]
    .filter(s => s.getAttribute('type')?.toLowerCase() !== 'text/plain')
    .map(s => s.id)

describe('activation', () => {
  it('releases nothing before consent', async () => {
    start(gated('id="a"', 'a()') + gated('id="b" src="https://tracker.test/b.js"'))
    await tick()
    expect(released()).toEqual([])
    expect(document.querySelectorAll('script[type="text/plain"]').length).toBe(2)
  })

  it('releases each script once, in its place, through withdrawals and grants, and when the page inserts it again', async () => {
    const consent = start(gated('id="a"', 'a()') + '<p id="after"></p>')
    const original = document.getElementById('a')!
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    document.body.append(original)
    await tick()
    expect(released()).toEqual(['a'])
    expect(document.getElementById('a')!.nextElementSibling!.id).toBe('after')
  })

  it('copies every attribute but the gating ones and the load handlers, and uses data-type as the type', () => {
    const consent = start(
      gated(
        'id="m" class="x" data-id="7" data-service="ga" data-type="module" onload="loaded()" src="https://tracker.test/m.js"',
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
    const consent = start(gated('id="ga" data-service="ga"') + gated('id="analytics"'))
    consent.set({}, { ga: true })
    await tick()
    expect(released()).toEqual(['ga'])
  })

  it('releases a !category fallback only while the category is not granted', async () => {
    const consent = start(
      '<script id="fallback" type="text/plain" data-consent="!analytics">fallback()</script>',
    )
    await tick()
    expect(released()).toEqual(['fallback'])
    consent.acceptAll()
    expect(released()).toEqual(['fallback'])
  })

  it('fails closed: unknown, inherited or missing names are never released', async () => {
    const consent = start(
      '<script id="nope" type="text/plain" data-consent="nope"></script>' +
        '<script id="toString" type="text/plain" data-consent="toString">x()</script>' +
        '<script id="proto" type="text/plain" data-consent="__proto__">x()</script>' +
        '<script id="ctor" type="text/plain" data-consent="analytics" data-service="constructor">x()</script>' +
        '<script id="empty" type="text/plain" data-consent="">x()</script>',
    )
    consent.acceptAll()
    await tick()
    expect(released()).toEqual([])
  })

  it('warns once, naming it, about a data-consent script that is executable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    document.body.innerHTML =
      '<script data-consent="analytics" src="https://tracker.test/x.js"></script>'
    stop = startGate(createConsent(config()))
    expect(warn.mock.calls).toEqual([
      ['consentry: not gated, add type="text/plain":', 'https://tracker.test/x.js'],
    ])
  })

  it('starts images once granted', () => {
    const consent = start(
      '<img data-consent="analytics" data-src="https://px.tracker.test/p.gif" alt="">',
    )
    const img = document.querySelector('img')!
    expect(img.hasAttribute('src')).toBe(false)
    consent.acceptAll()
    expect(img.getAttribute('src')).toBe('https://px.tracker.test/p.gif')
  })

  it('refuses a data-src that is not http(s) or relative, naming the element', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    start(
      '<img id="x" data-consent="necessary" data-src="javascript:alert(1)" alt="">' +
        '<img id="y" data-consent="necessary" data-src="/own.gif" alt="">',
    )
    expect(document.getElementById('x')!.hasAttribute('src')).toBe(false)
    expect(document.getElementById('y')!.getAttribute('src')).toBe('/own.gif')
    expect(error.mock.calls).toEqual([
      [
        'consentry: refused to load data-src, only http(s) and relative URLs load:',
        expect.stringContaining('id="x"'),
      ],
    ])
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
    expect(box.querySelector('p')!.textContent).toBe(
      'VideoTube is blocked until you allow Social media cookies.',
    )
    expect([...box.querySelectorAll('button')].map(b => b.textContent)).toEqual([
      'Load once',
      'Always allow',
    ])
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

describe('placeholder texts', () => {
  const frame = (service: string) =>
    `<iframe data-consent="social" data-service="${service}" data-src="https://www.social.test/v"></iframe>`
  const words = () =>
    [...document.querySelectorAll('.consentry-held')].map(box =>
      [...box.querySelectorAll('p, button')].map(child => child.textContent),
    )

  it('come from the texts option, read each time a placeholder is drawn, English where it gives none', () => {
    document.body.innerHTML = frame('video')
    let held = '{service} wartet auf {category} ({other}).'
    const consent = createConsent(config())
    stop = startGate(consent, { texts: () => ({ held, loadOnce: 'Einmal laden' }) })
    held = 'Später: {service}.'
    document.body.insertAdjacentHTML('beforeend', frame('video'))
    return tick().then(() => {
      expect(words()).toEqual([
        ['VideoTube wartet auf Social media ({other}).', 'Einmal laden', 'Always allow'],
        ['Später: VideoTube.', 'Einmal laden', 'Always allow'],
      ])
    })
  })

  it('name a service the config does not define by its name, also one like constructor', () => {
    start(frame('constructor') + frame('nope'))
    expect(words().map(w => w[0])).toEqual([
      'constructor is blocked until you allow Social media cookies.',
      'nope is blocked until you allow Social media cookies.',
    ])
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
})

describe('network guard', () => {
  /** What reached the functions the guard stands in front of. */
  let reached: string[]
  const record = (name: string) =>
    function (this: unknown, ...args: unknown[]) {
      reached.push(name + ' ' + String(args[name === 'open' ? 1 : 0]))
      return name === 'fetch' ? Promise.resolve(new Response('')) : true
    }
  const put = (target: object, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, configurable: true, writable: true })

  beforeEach(() => {
    reached = []
    put(window, 'fetch', record('fetch'))
    put(Navigator.prototype, 'sendBeacon', record('sendBeacon'))
    put(XMLHttpRequest.prototype, 'open', record('open'))
  })
  afterEach(() => {
    Reflect.deleteProperty(Navigator.prototype, 'sendBeacon')
    Reflect.deleteProperty(XMLHttpRequest.prototype, 'open')
  })

  it('answers a request to a denied host as a network failure, however its URL is given, and never passes it on', async () => {
    start('', { gate: { network: true } })
    const urls = [
      'https://tracker.test/collect',
      'HTTPS://PX.TRACKER.TEST/collect',
      'https://tracker.test./collect',
      new URL('https://tracker.test/collect'),
    ]
    for (const url of urls) await expect(window.fetch(url)).rejects.toThrow(TypeError)
    await expect(window.fetch(new Request('https://tracker.test/r'))).rejects.toThrow(
      'Failed to fetch',
    )
    expect(urls.map(url => navigator.sendBeacon(url))).toEqual([false, false, false, false])
    const xhr = new XMLHttpRequest()
    xhr.open('POST', 'https://tracker.test/collect')
    expect(reached).toEqual(['open http://0.0.0.0:1/'])
  })

  it('passes requests to other hosts and to granted services on unchanged', async () => {
    const consent = start('', { gate: { network: true } })
    await window.fetch('/own')
    new XMLHttpRequest().open('GET', 'https://cdn.example.test/x')
    consent.acceptAll()
    await window.fetch('https://tracker.test/collect')
    expect(navigator.sendBeacon('https://tracker.test/collect')).toBe(true)
    expect(reached).toEqual([
      'fetch /own',
      'open https://cdn.example.test/x',
      'fetch https://tracker.test/collect',
      'sendBeacon https://tracker.test/collect',
    ])
  })

  it('is not installed without gate.network, and is removed when the gate stops', () => {
    const fetch = window.fetch
    start()
    expect(window.fetch).toBe(fetch)
    stop()
    start('', { gate: { network: true } })
    expect(window.fetch).not.toBe(fetch)
    stop()
    stop = () => {}
    expect(window.fetch).toBe(fetch)
  })
})
