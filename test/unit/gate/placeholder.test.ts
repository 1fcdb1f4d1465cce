// @vitest-environment-options {"url":"http://www.site.test/page","settings":{"disableIframePageLoading":true}}
// The placeholder's markup in happy-dom: its theme from the config, its border from the frame's
// `frameborder`, and what it tells assistive technology. How it looks and fits at each size is
// tested in Chromium, in test/browser/placeholders.browser.test.ts.
import { afterEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../../src/core/consent'
import type { ConsentConfig } from '../../../src/core/types'
import { startGate } from '../../../src/gate'

let stop = () => {}

afterEach(() => {
  stop()
  document.body.innerHTML = ''
})

/** Starts a gate over `body` and returns the placeholders it drew. */
function held(body: string, ui: ConsentConfig['ui'] = {}) {
  document.body.innerHTML = body
  const consent = createConsent({
    categories: {
      necessary: { required: true },
      social: {
        label: 'Social media',
        services: { video: { label: 'VideoTube', hosts: ['*.social.test'] } },
      },
    },
    ui,
  })
  stop = startGate(consent)
  return [...document.querySelectorAll<HTMLElement>('.consentry-held')]
}

const frame = (attributes = '') =>
  `<iframe data-consent="social" data-service="video" data-src="https://www.social.test/v" ${attributes}></iframe>`

describe('placeholder theme', () => {
  it('follows ui.theme: dark and auto add their class, light and none add nothing', () => {
    const classes = (['dark', 'auto', 'light', undefined] as const).map(theme => {
      const [box] = held(frame('class="embed"'), { theme })
      stop()
      return box.className
    })
    expect(classes).toEqual([
      'consentry-held embed consentry-held-dark',
      'consentry-held embed consentry-held-auto',
      'consentry-held embed',
      'consentry-held embed',
    ])
  })

  it('has no border where the frame has frameborder 0 or no, and a border otherwise', () => {
    const boxes = held(
      [frame('frameborder="0"'), frame('frameborder="no"'), frame('frameborder="1"'), frame()].join(
        '',
      ),
    )
    expect(boxes.map(box => box.classList.contains('consentry-held-borderless'))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})

describe('placeholder accessibility', () => {
  it('is described by its sentence, titled with it, and names its buttons after what they load', () => {
    const [box] = held(frame())
    const sentence = 'VideoTube is blocked until you allow Social media cookies.'
    expect(box.getAttribute('aria-label')).toBe('VideoTube')
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe(
      sentence,
    )
    expect(box.title).toBe(sentence)
    expect(
      [...box.querySelectorAll('button')].map(button => button.getAttribute('aria-label')),
    ).toEqual(['Load once: VideoTube', 'Always allow: VideoTube'])
    // The visible name repeats the group's name: hidden from assistive technology.
    expect(box.querySelector('.consentry-held-name')!.getAttribute('aria-hidden')).toBe('true')
  })

  it('gives each placeholder its own description', () => {
    const boxes = held(frame() + frame())
    const ids = boxes.map(box => box.getAttribute('aria-describedby'))
    expect(new Set(ids).size).toBe(2)
  })
})
