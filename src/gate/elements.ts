/**
 * The attributes through which each element loads something, by local name. A held
 * element's values wait in `data-<attribute>` (`data-src`, `data-srcset`, `data-poster`...).
 * `image` is SVG's (HTML's parser turns `<image>` into `<img>`).
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
])

/** Every element the gate looks at, as a selector. */
export const WATCHED_SELECTOR = [...URL_ATTRIBUTES.keys()].join(',')

/** Whether the gate looks at elements with this local name. */
export const isWatched = (localName: string) => URL_ATTRIBUTES.has(localName)

/** The attributes through which `el` loads something; none for other elements. */
export const urlAttributes = (el: Element): readonly string[] =>
  URL_ATTRIBUTES.get(el.localName) ?? []

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
