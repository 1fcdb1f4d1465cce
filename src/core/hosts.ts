/*
 * A service's `hosts` entry is a host name, matched with its subdomains. What is
 * unambiguous is normalised (any case, a trailing dot, a leading `*.` or `.`, which
 * mean "with subdomains" as every entry already does, and what the URL parser maps,
 * such as an ideographic full stop or a Unicode name to its punycode); anything that
 * is not a host (a scheme, port, path, `%`, `*` elsewhere) is refused, since it would
 * never match and the tracker would go unblocked.
 */

/** What a host name looks like once the URL parser has normalised it. */
const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/
/** Characters that make an entry a URL, a pattern or an escape, never a host. */
const NOT_A_HOST = /[\s/\\:?#@[\]*%&;,'"<>^`{|}]/

/**
 * The host an entry of `hosts` names, in the form the browser gives a URL's host; `null`
 * for an entry that is not a host name.
 * @example normalizeHost('WWW.Tracker.test.') // 'www.tracker.test'
 * @example normalizeHost('https://tracker.test/x') // null
 */
export function normalizeHost(entry: string): string | null {
  let name = entry
  if (name.startsWith('*.')) name = name.slice(2)
  else if (name.startsWith('.')) name = name.slice(1)
  if (name.endsWith('.')) name = name.slice(0, -1)
  if (!name || NOT_A_HOST.test(name)) return null
  let parsed: string
  try {
    parsed = new URL('http://' + name + '/').hostname
  } catch {
    return null
  }
  // The parser keeps a trailing dot an ideographic full stop turned into.
  if (parsed.endsWith('.')) parsed = parsed.slice(0, -1)
  if (!HOST.test(parsed)) return null
  return parsed
}
