// Routes around the gate that real code takes, closed: markup decided by parsing (however
// the host is spelled), markup APIs beyond innerHTML, shadow roots, and every way to write
// an attribute. In real Chromium through the shipped drop-in, counting the requests that
// reach the stand-in tracker (px.tracker.test) and frame host (cdn.social.test): none
// before consent, every one once after Accept all.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropIn, html, launch, openPage, startServer, type TestServer } from './harness'

let server: TestServer
let browser: Browser
let pageCount = 0

const SETUP = `{
  categories: {
    analytics: { services: { ga: { hosts: ['tracker.test'] } } },
    social: { services: { video: { hosts: ['cdn.social.test'] } } },
  },
}`

/** Opens a page with the drop-in and `body`; third-party requests are counted from here. */
async function visit(body: string) {
  const path = `/routes${++pageCount}`
  server.route(path, html(`<script>window.consentryConfig = ${SETUP}</script>` + dropIn(), body))
  const { context, page, errors } = await openPage(browser)
  server.requests.length = 0
  await page.goto(server.origin() + path)
  await page.waitForLoadState('load')
  return { context, page, errors }
}

/** Paths requested from the tracker and frame hosts, sorted. */
const thirdParty = () =>
  server.requests
    .filter(r => r.host.endsWith('tracker.test') || r.host.endsWith('social.test'))
    .map(r => r.path)
    .sort()

const quiet = (page: Page, ms = 600) => page.waitForTimeout(ms)

/**
 * Runs `code` (with `PX` the pixel origin, `FRAMES` the frame origin, `PORT` the port) and
 * checks: nothing reaches a third party before consent, exactly `expected` after Accept all.
 */
async function heldUntilAccept(body: string, code: string, expected: string[]) {
  const { context, page, errors } = await visit(body)
  const prelude = `const PX = '${server.origin('px.tracker.test')}', FRAMES = '${server.origin('cdn.social.test')}', PORT = ${server.port};`
  // In an async function, so that `code` may await.
  await page.evaluate(`(async () => { ${prelude}\n${code} })()`)
  await quiet(page)
  expect(thirdParty()).toEqual([])
  await page.evaluate('consent.acceptAll()')
  await expect.poll(() => thirdParty(), { timeout: 5000 }).toEqual([...expected].sort())
  await quiet(page, 300)
  expect(thirdParty()).toEqual([...expected].sort())
  expect(errors).toEqual([])
  await context.close()
}

beforeAll(async () => {
  server = await startServer()
  browser = await launch()
  server.route('/f/frame.html', html('', 'frame'))
  server.route('/own/first.html', html('', 'first'))
  server.route('/own/second.html', html('', 'second'))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('markup, decided by parsing', () => {
  it('holds frames in innerHTML however the host is spelled: upper case, &#46;, %2E, U+3002', () =>
    // A frame starts loading the moment it is inserted: only the markup hook can hold it.
    // One write per spelling, so that no write also names the host plainly.
    heldUntilAccept(
      '<div id="a"></div><div id="b"></div><div id="c"></div><div id="d"></div><div id="e"></div>',
      `const frame = (id, host, name) => {
        document.getElementById(id).innerHTML = '<iframe src="http://' + host + ':' + PORT + '/f/frame.html?' + name + '"></iframe>'
      }
      frame('a', 'CDN.SOCIAL.TEST', 'upper')
      frame('b', 'cdn.social&#46;test', 'entity')
      frame('c', 'cdn.social%2Etest', 'percent')
      frame('d', 'cdn.social\u3002test', 'ideographic')
      document.getElementById('e').innerHTML = '<image src="' + PX + '/p/image.gif">'`,
      [
        '/f/frame.html?entity',
        '/f/frame.html?ideographic',
        '/f/frame.html?percent',
        '/f/frame.html?upper',
        '/p/image.gif',
      ],
    ))

  it('holds a relative URL that a <base href> on the tracker points there', () =>
    heldUntilAccept(
      '<div id="slot"></div>',
      `const base = document.createElement('base'); base.href = FRAMES + '/'; document.head.append(base)
      document.getElementById('slot').innerHTML = '<iframe src="f/frame.html?base"></iframe>'`,
      ['/f/frame.html?base'],
    ))

  it('holds what createContextualFragment, setHTMLUnsafe, DOMParser with importNode or adoptNode, and a shadow root’s innerHTML bring', () =>
    heldUntilAccept(
      '<div id="a"></div><div id="b"></div><div id="host"></div>',
      `const range = document.createRange(); range.selectNode(document.body)
      document.getElementById('a').append(range.createContextualFragment('<img src="' + PX + '/p/contextual.gif"><iframe src="' + FRAMES + '/f/frame.html?contextual"></iframe>'))
      document.getElementById('b').setHTMLUnsafe('<img src="' + PX + '/p/unsafe.gif">')
      const parsed = new DOMParser().parseFromString('<img id="i" src="' + PX + '/p/imported.gif"><img id="j" src="' + PX + '/p/adopted.gif">', 'text/html')
      document.body.append(document.importNode(parsed.getElementById('i'), true))
      document.body.append(document.adoptNode(parsed.getElementById('j')))
      document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<img src="' + PX + '/p/shadow.gif">'`,
      [
        '/f/frame.html?contextual',
        '/p/adopted.gif',
        '/p/contextual.gif',
        '/p/imported.gif',
        '/p/shadow.gif',
        '/p/unsafe.gif',
      ],
    ))
})

describe('attribute routes', () => {
  it('holds setAttributeNS, setAttributeNode, attributes.src.value, setAttribute.call and Reflect.apply', () =>
    heldUntilAccept(
      '',
      `const img = () => { const i = document.createElement('img'); document.body.append(i); return i }
      img().setAttributeNS(null, 'src', PX + '/p/ns.gif')
      const attr = document.createAttribute('src'); attr.value = PX + '/p/node.gif'; img().setAttributeNode(attr)
      const own = img(); own.setAttribute('src', '/own.gif'); own.attributes.src.value = PX + '/p/value.gif'
      Element.prototype.setAttribute.call(img(), 'src', PX + '/p/call.gif')
      Reflect.apply(Element.prototype.setAttribute, img(), ['src', PX + '/p/reflect.gif'])
      const frame = document.createElement('iframe'); document.body.append(frame)
      Reflect.apply(Element.prototype.setAttribute, frame, ['SRC', FRAMES + '/f/frame.html?reflect'])`,
      [
        '/f/frame.html?reflect',
        '/p/call.gif',
        '/p/node.gif',
        '/p/ns.gif',
        '/p/reflect.gif',
        '/p/value.gif',
      ],
    ))
})

describe('attribute node and SVG routes', () => {
  it('holds an attribute node’s nodeValue and textContent, and SVG image href.baseVal', () =>
    heldUntilAccept(
      '',
      // Written a task after insertion, when the observer has long seen the elements.
      `const img = () => { const i = document.createElement('img'); i.setAttribute('src', '/own.gif'); document.body.append(i); return i }
      const byNodeValue = img(), byTextContent = img()
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); document.body.append(svg)
      const image = document.createElementNS('http://www.w3.org/2000/svg', 'image'); svg.append(image)
      await new Promise(resolve => setTimeout(resolve))
      byNodeValue.getAttributeNode('src').nodeValue = PX + '/p/node-value.gif'
      byTextContent.attributes.src.textContent = PX + '/p/text-content.gif'
      image.href.baseVal = PX + '/p/base-val.gif'`,
      ['/p/base-val.gif', '/p/node-value.gif', '/p/text-content.gif'],
    ))

  it('holds SVG images and filter images by xlink:href or href, in markup and from code, and loads each on Accept', () =>
    heldUntilAccept(
      '<div id="slot"></div>',
      `const filter = (id, attribute, url) => '<filter id="' + id + '"><feImage ' + attribute + '="' + url + '"/></filter><rect filter="url(#' + id + ')" width="10" height="10"/>'
      document.getElementById('slot').insertAdjacentHTML('beforeend',
        '<svg><image xlink:href="' + PX + '/p/xlink-markup.gif" width="10" height="10"/>' +
        filter('f1', 'xlink:href', PX + '/p/fe-xlink.gif') + filter('f2', 'href', PX + '/p/fe-href.gif') + '</svg>')
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      svg.innerHTML = filter('f3', 'x', '')
      document.body.append(svg)
      svg.querySelector('feImage').setAttribute('href', PX + '/p/fe-code.gif')`,
      ['/p/fe-code.gif', '/p/fe-href.gif', '/p/fe-xlink.gif', '/p/xlink-markup.gif'],
    ))

  it('holds an xlink:href written through an attribute node, and markup whose only loader is an feImage', () =>
    heldUntilAccept(
      '<div id="slot"></div>',
      `const SVG_NS = 'http://www.w3.org/2000/svg', XLINK = 'http://www.w3.org/1999/xlink'
      const svg = document.createElementNS(SVG_NS, 'svg'); document.body.append(svg)
      const byNode = document.createElementNS(SVG_NS, 'image'); svg.append(byNode)
      const attr = document.createAttributeNS(XLINK, 'xlink:href'); attr.value = PX + '/p/xlink-node.gif'
      byNode.setAttributeNodeNS(attr)
      const byValue = document.createElementNS(SVG_NS, 'image'); svg.append(byValue)
      byValue.setAttributeNS(XLINK, 'xlink:href', '/own.gif')
      await new Promise(resolve => setTimeout(resolve))
      byValue.getAttributeNodeNS(XLINK, 'href').value = PX + '/p/xlink-value.gif'
      document.getElementById('slot').insertAdjacentHTML('beforeend',
        '<svg><filter id="f4"><feImage href="' + PX + '/p/fe-only.gif"/></filter><rect filter="url(#f4)" width="10" height="10"/></svg>')`,
      ['/p/fe-only.gif', '/p/xlink-node.gif', '/p/xlink-value.gif'],
    ))

  it('holds an SVG script given its URL as xlink:href and runs it once on Accept', async () => {
    server.route('/t/svg-xlink.js', '(window.__ran = window.__ran || []).push("xlink")')
    const { context, page, errors } = await visit('<svg id="svg"></svg>')
    await page.evaluate(`
      const script = document.createElementNS('http://www.w3.org/2000/svg', 'script')
      script.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', '${server.origin('px.tracker.test')}/t/svg-xlink.js')
      document.getElementById('svg').append(script)`)
    await quiet(page)
    expect(thirdParty()).toEqual([])
    expect(await page.evaluate('window.__ran')).toBeUndefined()
    await page.evaluate('consent.acceptAll()')
    await expect.poll(() => page.evaluate('window.__ran')).toEqual(['xlink'])
    await quiet(page, 300)
    expect(thirdParty()).toEqual(['/t/svg-xlink.js'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('holds SVG scripts given an href (setAttribute, href.baseVal) and runs each once on Accept', async () => {
    server.route('/t/svg-attribute.js', '(window.__ran = window.__ran || []).push("attribute")')
    server.route('/t/svg-base-val.js', '(window.__ran = window.__ran || []).push("baseVal")')
    const { context, page, errors } = await visit('<svg id="svg"></svg>')
    await page.evaluate(`
      const PX = '${server.origin('px.tracker.test')}'
      const script = () => document.createElementNS('http://www.w3.org/2000/svg', 'script')
      const byAttribute = script(); byAttribute.setAttribute('href', PX + '/t/svg-attribute.js')
      document.getElementById('svg').append(byAttribute)
      const byBaseVal = script(); document.getElementById('svg').append(byBaseVal)
      setTimeout(() => { byBaseVal.href.baseVal = PX + '/t/svg-base-val.js' })`)
    await quiet(page)
    expect(thirdParty()).toEqual([])
    expect(await page.evaluate('window.__ran')).toBeUndefined()
    await page.evaluate('consent.acceptAll()')
    await expect.poll(() => page.evaluate('window.__ran')).toEqual(['attribute', 'baseVal'])
    await quiet(page, 300)
    expect(thirdParty()).toEqual(['/t/svg-attribute.js', '/t/svg-base-val.js'])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('elements that load by other attributes', () => {
  it('holds srcset, <picture><source>, video poster, audio, new Audio(url), object data, embed src, input type=image, SVG image href and link href', async () => {
    const { context, page, errors } = await visit('<div id="slot"></div>')
    await page.evaluate(`
      const PX = '${server.origin('px.tracker.test')}', FRAMES = '${server.origin('cdn.social.test')}'
      const add = (tag, set) => { const el = document.createElement(tag); set(el); document.body.append(el) }
      add('img', el => { el.srcset = PX + '/p/srcset.gif 1x, ' + PX + '/p/srcset2.gif 2x' })
      document.getElementById('slot').innerHTML = '<picture><source srcset="' + PX + '/p/source.gif"><img alt="" src="/own.gif"></picture>'
      add('video', el => { el.poster = PX + '/p/poster.gif' })
      add('audio', el => { el.preload = 'auto'; el.src = PX + '/p/audio.wav' })
      window.sound = new Audio(PX + '/p/constructed.wav')
      if (!(sound instanceof Audio) || sound.preload !== 'auto') throw new Error('not an Audio')
      add('object', el => { el.data = FRAMES + '/f/frame.html?object' })
      add('embed', el => { el.src = FRAMES + '/f/frame.html?embed' })
      add('input', el => { el.type = 'image'; el.src = PX + '/p/input.gif' })
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      const image = document.createElementNS('http://www.w3.org/2000/svg', 'image')
      image.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', PX + '/p/svg.gif')
      svg.append(image); document.body.append(svg)
      for (const rel of ['stylesheet', 'preload', 'prefetch']) {
        const link = document.createElement('link'); link.rel = rel; link.as = 'image'
        link.href = PX + '/p/' + rel + '.css'; document.head.append(link)
      }`)
    await quiet(page, 1000)
    expect(thirdParty()).toEqual([])
    await page.evaluate('consent.acceptAll()')
    const expected = [
      '/f/frame.html?embed',
      '/f/frame.html?object',
      '/p/audio.wav',
      '/p/constructed.wav',
      '/p/input.gif',
      '/p/poster.gif',
      '/p/prefetch.css',
      '/p/preload.css',
      '/p/source.gif',
      '/p/srcset.gif',
      '/p/stylesheet.css',
      '/p/svg.gif',
    ]
    // A media element may ask for its file more than once (range requests): each path once here.
    await expect.poll(() => [...new Set(thirdParty())], { timeout: 5000 }).toEqual(expected)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('document.write', () => {
  it('holds a tracker script, image and frame written while the page is parsed, and runs and loads them on Accept', async () => {
    const px = server.origin('px.tracker.test')
    server.route('/t/write.js', '(window.__ran = window.__ran || []).push("write")')
    const tag = (markup: string) => JSON.stringify(markup).replaceAll('</', '<\\/')
    const { context, page, errors } = await visit(
      `<script>document.write(${tag(`<script src="${server.origin('tracker.test')}/t/write.js"></script>`)})</script>` +
        `<script>document.write(${tag(`<img src="${px}/p/write.gif">`)}, ${tag(`<iframe src="${server.origin('cdn.social.test')}/f/frame.html?write"></iframe>`)})</script>`,
    )
    await quiet(page)
    expect(thirdParty()).toEqual([])
    expect(await page.evaluate('window.__ran')).toBeUndefined()
    await page.evaluate('consent.acceptAll()')
    await expect
      .poll(() => thirdParty())
      .toEqual(['/f/frame.html?write', '/p/write.gif', '/t/write.js'])
    await expect.poll(() => page.evaluate('window.__ran')).toEqual(['write'])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('child realms', () => {
  it('holds what code loads through a same-origin frame’s own DOM (Image, createElement, innerHTML)', () =>
    heldUntilAccept(
      '',
      `const frame = document.createElement('iframe'); document.body.append(frame)
      const child = frame.contentWindow
      new child.Image().src = PX + '/p/child-pixel.gif'
      const script = child.document.createElement('script'); script.src = PX + '/t/child.js'
      child.document.body.append(script)
      const img = child.document.createElement('img'); img.src = PX + '/p/child-img.gif'
      child.document.body.append(img)
      child.document.body.insertAdjacentHTML('beforeend', '<iframe src="' + FRAMES + '/f/frame.html?child"></iframe>')`,
      ['/f/frame.html?child', '/p/child-img.gif', '/p/child-pixel.gif', '/t/child.js'],
    ))

  it('holds what code loads through about:blank and srcdoc frames it reaches only by window.frames or window[n]', () =>
    heldUntilAccept(
      '',
      `const blank = document.createElement('iframe'); document.body.append(blank)
      new window[0].Image().src = PX + '/p/index-pixel.gif'
      const img = frames[0].document.createElement('img'); img.src = PX + '/p/index-img.gif'
      frames[0].document.body.append(img)
      const srcdoc = document.createElement('iframe'); srcdoc.srcdoc = '<p>frame</p>'
      const loaded = new Promise(resolve => { srcdoc.onload = resolve })
      document.body.append(srcdoc)
      await loaded
      new window.frames[1].Image().src = PX + '/p/srcdoc-pixel.gif'
      window[1].document.body.insertAdjacentHTML('beforeend', '<iframe src="' + FRAMES + '/f/frame.html?srcdoc"></iframe>')`,
      ['/f/frame.html?srcdoc', '/p/index-img.gif', '/p/index-pixel.gif', '/p/srcdoc-pixel.gif'],
    ))

  it('holds what code loads through a same-origin page a frame navigates to, after each navigation', () =>
    heldUntilAccept(
      '',
      `const frame = document.createElement('iframe'); document.body.append(frame)
      const navigate = url => new Promise(resolve => { frame.onload = resolve; frame.src = url })
      await navigate('/own/first.html')
      new frames[0].Image().src = PX + '/p/first.gif'
      // A second same-origin document gets a window of its own (HTML reuses only the initial about:blank's).
      await navigate('/own/second.html')
      new frames[0].Image().src = PX + '/p/second.gif'`,
      // The first document's pixel went with it when the frame navigated on.
      ['/p/second.gif'],
    ))

  it('holds what code loads through a same-origin popup it opened (window.open())', () =>
    heldUntilAccept(
      '',
      `const popup = window.open()
      new popup.Image().src = PX + '/p/popup-pixel.gif'
      popup.document.body.insertAdjacentHTML('beforeend', '<img src="' + PX + '/p/popup-img.gif">')`,
      ['/p/popup-img.gif', '/p/popup-pixel.gif'],
    ))
})
