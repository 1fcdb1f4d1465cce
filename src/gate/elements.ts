/**
 * The attributes through which each element loads something, by local name. A held
 * element's values wait in `data-<attribute>` (`data-src`, `data-srcset`, `data-poster`...).
 * `image` and `feImage` are SVG's (HTML's parser turns `<image>` into `<img>`); SVG
 * names are case-sensitive.
 */
const URL_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['script', ['src']],
  ['iframe', ['src']],
  ['img', ['src', 'srcset']],
  ['source', ['src', 'srcset']],
  ['video', ['src', 'poster']],
  ['audio', ['src']],
  ['object', ['data']],
  ['embed', ['src']],
  ['input', ['src']],
  ['link', ['href']],
  ['image', ['href']],
  ['feImage', ['href']],
])

const SVG = 'http://www.w3.org/2000/svg'
/** The XLink namespace, of SVG's older `xlink:href`. */
export const XLINK = 'http://www.w3.org/1999/xlink'

/** SVG's `<script>` loads from `href`, HTML's from `src`. */
const SVG_SCRIPT_ATTRIBUTES: readonly string[] = ['href']

/** Every element the gate looks at, as a selector. */
export const WATCHED_SELECTOR = [...URL_ATTRIBUTES.keys()].join(',')

/** Whether the gate looks at elements with this local name. */
export const isWatched = (localName: string) => URL_ATTRIBUTES.has(localName)

/** The attributes through which `el` loads something; none for other elements. */
export const urlAttributes = (el: Element): readonly string[] => {
  if (el.localName === 'script' && el.namespaceURI === SVG) return SVG_SCRIPT_ATTRIBUTES
  return URL_ATTRIBUTES.get(el.localName) ?? []
}

/** The attribute a script loads from: `src`, or `href` for SVG's. */
export const scriptUrlAttribute = (script: Element): string =>
  script.namespaceURI === SVG ? 'href' : 'src'

/**
 * The URLs an attribute value names: the value, or each candidate of a `srcset`
 * (`a.png 1x, b.png 2x`: the URL is what comes before the first space).
 */
export const urlsOf = (attribute: string, value: string): string[] => {
  if (attribute !== 'srcset') return [value]
  return value
    .split(',')
    .map(candidate => candidate.trim().split(/\s+/)[0])
    .filter(url => url !== '')
}

/**
 * The value of one of `el`'s URL attributes. An SVG element's `href` may also be spelled
 * the older way, `xlink:href` (as markup writes it, or `setAttributeNS` with the XLink
 * namespace), which browsers still load from.
 */
export const urlAttributeValue = (el: Element, name: string): string | null => {
  const value = el.getAttribute(name)
  if (value !== null || name !== 'href' || el.namespaceURI !== SVG) return value
  return el.getAttributeNS(XLINK, 'href')
}

/** Whether `attribute` is the older spelling of an SVG element's `href`. */
export const isOlderHref = (attribute: Attr): boolean =>
  attribute.namespaceURI === XLINK && attribute.localName === 'href'

/**
 * Takes away the older spelling of `el`'s `href`: the gate keeps a held URL in
 * `data-href` and gives it back as `href`, which every current browser loads from.
 */
export const removeOlderHref = (el: Element): void => {
  el.removeAttributeNS(XLINK, 'href')
}
