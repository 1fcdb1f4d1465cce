// Placeholders of held frames in real Chromium, through the shipped drop-in: they fit the
// frame's box at every size (both buttons inside it, visible, clickable), take the same room as
// the frame that later loads in their place, wear the UI's theme (light, dark, auto, custom
// properties), pass axe, and are reachable and named for keyboard and screen-reader users.
// Pages live on www.site.test, frames on cdn.social.test.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, ROOT, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pages = 0

const SOCIAL = () => server.origin('cdn.social.test')

const config = (ui: object = {}) => ({
  categories: {
    necessary: { required: true },
    social: {
      label: 'Social media',
      services: { video: { label: 'VideoTube', hosts: ['cdn.social.test'] } },
    },
  },
  ui,
})

/** A page on its own path: the drop-in with `config`, then `body`. */
function page(body: string, { ui = {}, head = '', headers = {} } = {}) {
  pages += 1
  const path = `/placeholders${pages}`
  // JSON, not a script: it runs under a CSP without 'unsafe-inline' too.
  const configScript = `<script type="application/json" id="consentry-config">${JSON.stringify(config(ui))}</script>`
  server.route(path, html(configScript + dropIn() + head, body), headers)
  return server.origin() + path
}

/** A held frame of the video service; `attributes` give its size. */
const frame = (name: string, attributes: string) =>
  `<iframe data-consent="social" data-service="video" data-src="${SOCIAL()}/f/${name}.html" title="${name}" ${attributes}></iframe>`

/** The frame sizes embed codes use. */
const SIZES = [
  // A Like button, as its embed code writes it.
  {
    name: 'like',
    attributes: 'width="320" height="60" style="border:none;overflow:hidden" frameborder="0"',
  },
  // A frame with the default size and border.
  { name: 'default', attributes: 'width="300" height="150"' },
  // A YouTube embed.
  { name: 'youtube', attributes: 'width="560" height="315" frameborder="0"' },
  { name: 'full-width', attributes: 'width="100%" height="150"' },
  // Sized by the page's CSS, its height left to the frame's default.
  { name: 'css-sized', attributes: 'class="wide"' },
]

/** The page's own rule for the `css-sized` frame. */
const WIDE = '<style>.wide{width:400px;height:auto}</style>'

/** Requests that reached the frames' host, as paths. */
const frameRequests = () => server.hits('cdn.social.test').map(request => request.path)

async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  // Tall enough that the bar banner at the bottom covers none of the placeholders.
  const opened = await openPage(browser, { viewport: { width: 1000, height: 1100 }, ...options })
  server.requests.length = 0
  await opened.page.goto(url)
  await opened.page.waitForLoadState('load')
  return opened
}

/** How a placeholder's buttons sit in its box, and whether anything overflows it. */
const fit = (p: Page, index: number) =>
  p.evaluate(i => {
    const box = document.querySelectorAll('.consentry-held')[i] as HTMLElement
    const outer = box.getBoundingClientRect()
    const buttons = [...box.querySelectorAll('button')].map(button => {
      const rect = button.getBoundingClientRect()
      const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      return {
        inside:
          rect.left >= outer.left &&
          rect.right <= outer.right &&
          rect.top >= outer.top &&
          rect.bottom <= outer.bottom,
        visible: button.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        // Not covered and not clipped: the button is what a click at its centre hits.
        hit: document.elementFromPoint(centre.x, centre.y) === button,
      }
    })
    return {
      buttons,
      overflows: box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth,
    }
  }, index)

/** Where an element is drawn, in page coordinates. */
const rectOf = (p: Page, selector: string) =>
  p.evaluate(s => {
    const rect = document.querySelector(s)!.getBoundingClientRect()
    return { x: rect.x, y: rect.y + scrollY, width: rect.width, height: rect.height }
  }, selector)

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/f/like.html', html('', '<button>Like</button>'))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('placeholders fit the frame', () => {
  for (const size of SIZES) {
    it(`shows both buttons inside the box, unclipped and clickable, and keeps the frame's room: ${size.name}`, async () => {
      const body =
        frame(size.name, size.attributes) +
        '<p id="after">After the first frame.</p>' +
        frame(size.name + '-2', size.attributes)
      const { context, page: p, errors } = await open(page(body, { head: WIDE }))
      expect(await p.locator('.consentry-held').count()).toBe(2)
      const expected = { inside: true, visible: true, hit: true }
      for (const index of [0, 1])
        expect(await fit(p, index)).toEqual({ buttons: [expected, expected], overflows: false })
      const boxBefore = await rectOf(p, '.consentry-held')
      const afterBefore = await rectOf(p, '#after')

      await p.getByRole('button', { name: 'Load once' }).first().click()
      await expect.poll(frameRequests).toEqual([`/f/${size.name}.html`])
      // The frame takes the placeholder's place and size: nothing after it moves.
      expect(await rectOf(p, `iframe[title="${size.name}"]`)).toEqual(boxBefore)
      expect(await rectOf(p, '#after')).toEqual(afterBefore)

      await p.getByRole('button', { name: 'Always allow' }).click()
      await expect.poll(frameRequests).toEqual([`/f/${size.name}.html`, `/f/${size.name}-2.html`])
      expect(await p.evaluate(() => (window as any).consent.get('video'))).toBe(true)
      expect(await p.locator('.consentry-held').count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('shows the sentence where there is room, and only the name and the buttons in a small frame', async () => {
    const body = SIZES.slice(0, 2)
      .map(size => frame(size.name, size.attributes))
      .join('')
    const { context, page: p } = await open(page(body))
    const sentence = 'VideoTube is blocked until you allow Social media cookies.'
    const shown = (index: number) =>
      p.evaluate(i => {
        const box = document.querySelectorAll('.consentry-held')[i] as HTMLElement
        // Drawn with more than one clipped pixel.
        const drawn = (el: Element) => el.getBoundingClientRect().width > 1
        return {
          sentence: drawn(box.querySelector('p')!),
          name: drawn(box.querySelector('.consentry-held-name')!),
          title: box.title,
        }
      }, index)
    // 320x60: the name beside the buttons; the sentence is the title and stays in the page.
    expect(await shown(0)).toEqual({ sentence: false, name: true, title: sentence })
    expect(await p.locator('.consentry-held').first().locator('p').textContent()).toBe(sentence)
    // 300x150: the sentence above the buttons.
    expect(await shown(1)).toEqual({ sentence: true, name: false, title: sentence })
    await context.close()
  })
})

describe('placeholders wear the UI’s theme', () => {
  /** Computed colours of the first placeholder: its content and its first button. */
  const colours = (p: Page) =>
    p.evaluate(() => {
      const content = document.querySelector('.consentry-held-content')!
      const button = document.querySelector('.consentry-held button')!
      return {
        background: getComputedStyle(content).backgroundColor,
        text: getComputedStyle(content).color,
        button: getComputedStyle(button).backgroundColor,
        buttonText: getComputedStyle(button).color,
      }
    })
  const LIGHT = {
    background: 'rgb(255, 255, 255)',
    text: 'rgb(28, 28, 30)',
    button: 'rgb(11, 87, 208)',
    buttonText: 'rgb(255, 255, 255)',
  }
  const DARK = {
    background: 'rgb(28, 28, 30)',
    text: 'rgb(242, 242, 247)',
    button: 'rgb(138, 180, 248)',
    buttonText: 'rgb(16, 33, 61)',
  }
  const body = () => SIZES.map(size => frame(size.name, size.attributes)).join('')

  /** axe's violations on the page, and what it leaves to review in the placeholders. */
  async function axe(p: Page) {
    await p.addScriptTag({ path: ROOT + 'node_modules/axe-core/axe.min.js' })
    return p.evaluate(async () => {
      const run = await (window as any).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'label-content-name-mismatch': { enabled: true } },
      })
      const targets = (nodes: any[]) => nodes.map((n: any) => n.target.join(' > '))
      const inPlaceholder = (nodes: any[]) =>
        nodes.filter((n: any) => n.target.join(' ').includes('consentry-held'))
      return {
        violations: run.violations.map((v: any) => v.id + ': ' + targets(v.nodes).join(', ')),
        review: run.incomplete
          .filter((r: any) => inPlaceholder(r.nodes).length)
          .map((r: any) => r.id + ': ' + targets(inPlaceholder(r.nodes)).join(', ')),
        // That axe looked at the placeholders at all.
        contrastChecked: inPlaceholder(
          run.passes.find((r: any) => r.id === 'color-contrast')?.nodes ?? [],
        ).length,
      }
    })
  }

  const cases = [
    { theme: 'light', scheme: 'light', expected: LIGHT },
    { theme: 'light', scheme: 'dark', expected: LIGHT },
    { theme: 'dark', scheme: 'light', expected: DARK },
    { theme: 'auto', scheme: 'light', expected: LIGHT },
    { theme: 'auto', scheme: 'dark', expected: DARK },
  ] as const
  for (const { theme, scheme, expected } of cases)
    it(`uses the ${expected === DARK ? 'dark' : 'light'} colours with ui.theme ${theme} in a ${scheme} scheme, and axe finds no violations and nothing to review`, async () => {
      const { context, page: p } = await open(page(body(), { ui: { theme } }), {
        colorScheme: scheme,
      })
      expect(await colours(p)).toEqual(expected)
      // Let the banner's entry animation end: axe reads colours mid-fade otherwise.
      await p.waitForTimeout(350)
      const { contrastChecked, ...found } = await axe(p)
      expect(found).toEqual({ violations: [], review: [] })
      // Both buttons of every placeholder, at least.
      expect(contrastChecked).toBeGreaterThanOrEqual(SIZES.length * 2)
      await context.close()
    })

  it('takes the --consentry-* properties the site sets', async () => {
    const head =
      '<style>:root{--consentry-accent:rgb(109, 40, 217);--consentry-radius:0px}.consentry-held{--consentry-bg:rgb(244, 244, 244)}</style>'
    const { context, page: p } = await open(page(body(), { head }))
    expect(await colours(p)).toEqual({
      ...LIGHT,
      background: 'rgb(244, 244, 244)',
      button: 'rgb(109, 40, 217)',
    })
    expect(
      await p.evaluate(
        () => getComputedStyle(document.querySelector('.consentry-held button')!).borderRadius,
      ),
    ).toBe('0px')
    await context.close()
  })

  it('keeps its buttons styled under a page’s button reset', async () => {
    const head =
      "<style>button,[type='button']{background-color:transparent;border:0;padding:0;color:inherit}</style>"
    const { context, page: p } = await open(page(body(), { head }))
    expect(await colours(p)).toEqual(LIGHT)
    await context.close()
  })

  it('shows a focus ring in the accent colour', async () => {
    const { context, page: p } = await open(
      page('<a id="before" href="#">Before</a>' + body(), { ui: { theme: 'dark' } }),
    )
    await p.focus('#before')
    await p.keyboard.press('Tab')
    expect(
      await p.evaluate(() => {
        const style = getComputedStyle(document.activeElement!)
        return [style.outlineStyle, style.outlineWidth, style.outlineColor]
      }),
    ).toEqual(['solid', '2px', 'rgb(138, 180, 248)'])
    await context.close()
  })

  it('is styled under a CSP without unsafe-inline, with no violation', async () => {
    const { context, page: p } = await open(
      page(body(), { headers: { 'content-security-policy': "default-src 'self'; frame-src *" } }),
    )
    const violations = await p.evaluate(
      () =>
        new Promise<string[]>(resolve => {
          const seen: string[] = []
          document.addEventListener('securitypolicyviolation', e => seen.push(e.violatedDirective))
          // Draws a placeholder after the listener is on: its styles and its size go in then.
          document.body.insertAdjacentHTML(
            'beforeend',
            '<iframe data-consent="social" data-service="video" data-src="/late.html" width="320" height="60"></iframe>',
          )
          requestAnimationFrame(() => setTimeout(() => resolve(seen), 100))
        }),
    )
    expect(violations).toEqual([])
    expect(await p.locator('.consentry-held').count()).toBe(SIZES.length + 1)
    expect(await colours(p)).toEqual(LIGHT)
    expect(await p.locator('.consentry-held').last().boundingBox()).toMatchObject({
      width: 324,
      height: 64,
    })
    await context.close()
  })
})

describe('placeholders are accessible', () => {
  it('is a group named after the service, described by the sentence, with buttons that say what they load', async () => {
    const { context, page: p } = await open(page(frame('like', SIZES[0].attributes)))
    const group = p.getByRole('group', { name: 'VideoTube', exact: true })
    expect(await group.count()).toBe(1)
    const describedBy = await group.getAttribute('aria-describedby')
    expect(await p.locator(`[id="${describedBy}"]`).textContent()).toBe(
      'VideoTube is blocked until you allow Social media cookies.',
    )
    expect(
      await group.getByRole('button', { name: 'Load once: VideoTube', exact: true }).count(),
    ).toBe(1)
    expect(
      await group.getByRole('button', { name: 'Always allow: VideoTube', exact: true }).count(),
    ).toBe(1)
    await context.close()
  })

  it('is reached with Tab, in order, and loads the frame with Enter', async () => {
    const { context, page: p } = await open(
      page('<a id="before" href="#">Before</a>' + frame('like', SIZES[0].attributes)),
    )
    await p.focus('#before')
    const focusedName = () => p.evaluate(() => document.activeElement!.getAttribute('aria-label'))
    await p.keyboard.press('Tab')
    expect(await focusedName()).toBe('Load once: VideoTube')
    await p.keyboard.press('Tab')
    expect(await focusedName()).toBe('Always allow: VideoTube')
    await p.keyboard.press('Shift+Tab')
    await p.keyboard.press('Enter')
    await expect.poll(frameRequests).toEqual(['/f/like.html'])
    expect(await p.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('like')
    await context.close()
  })
})
