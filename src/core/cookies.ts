/*
 * Deleting a cookie. The browser deletes only an exact (name, domain, path) match
 * (RFC 6265 section 5.3 step 11), and `document.cookie` does not say which domain or
 * path a cookie carries, so a cookie is expired on every variant this page could have
 * set it with. Used for the consent cookie (`reset()`) and by the gate's clean-up.
 */

/**
 * Every `Domain` a cookie visible on `host` may carry: none (host-only), and the host and
 * each parent down to two labels (RFC 6265 section 5.3 step 5: a browser refuses a public
 * suffix, so `.co.uk` is harmless, but a single label never needs trying).
 * @example cookieDomains('www.site.test') // ['', '.www.site.test', '.site.test']
 */
export function cookieDomains(host: string): string[] {
  const labels = host.split('.')
  const domains = ['']
  for (let i = 0; i < labels.length - 1; i++) domains.push('.' + labels.slice(i).join('.'))
  return domains
}

/**
 * Every `Path` a cookie visible on `path` may carry: a cookie is sent only where its path
 * is a prefix of the page's (RFC 6265 section 5.1.4), so the prefixes, with and without a
 * trailing slash, are all the paths worth expiring; cookies set for other paths are
 * cleaned on the pages that see them.
 * @example cookiePaths('/shop/cart') // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']
 */
export function cookiePaths(path: string): string[] {
  const paths = ['/']
  let prefix = ''
  for (const segment of path.split('/')) {
    if (!segment) continue
    prefix += '/' + segment
    paths.push(prefix, prefix + '/')
  }
  return paths
}

const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT'

/** A domain and path a cookie was set with, besides those the page's URL implies. */
export interface CookieScope {
  domain?: string
  path?: string
}

/**
 * Expires cookie `name` on every domain and path this page can set, and on `also` (a
 * configured domain or path outside those, such as `cookie.domain`). Never throws: a
 * page where cookies are unavailable has nothing to delete.
 * @example expireCookie('_ga')
 */
export function expireCookie(name: string, also: CookieScope = {}): void {
  try {
    const domains = cookieDomains(location.hostname)
    if (also.domain && !domains.includes(also.domain)) domains.push(also.domain)
    const paths = cookiePaths(location.pathname)
    if (also.path && !paths.includes(also.path)) paths.push(also.path)
    // A Secure cookie can only be replaced by a Secure write (RFC 6265bis section 5.7
    // step 16); an expiry date in the past deletes it (RFC 6265 section 5.3 step 11).
    const secure = location.protocol === 'https:' ? '; Secure' : ''
    for (const domain of domains) {
      const domainAttribute = domain ? '; Domain=' + domain : ''
      for (const path of paths)
        document.cookie = name + '=; Expires=' + EPOCH + '; Path=' + path + domainAttribute + secure
    }
  } catch {
    // Cookies unavailable (sandboxed frame, file: page): nothing was stored either.
  }
}
