import { cookieValues } from './helpers'

/** Options of the receiver's `binding` and of `bindingCookieHeader`. */
export interface BindingOptions {
  /**
   * The server's secret, 32 characters or more, never sent to browsers. An array rotates
   * secrets: the first signs new tokens, every one is accepted.
   */
  secret: string | readonly string[]
  /** The cookie's name (default `consentry_binding`). */
  cookie?: string
  /** Add `Secure` (default true). */
  secure?: boolean
  /** The cookie's lifetime in days (default 400, the longest browsers keep a cookie). */
  maxAgeDays?: number
}

const DEFAULT_COOKIE = 'consentry_binding'
const encoder = new TextEncoder()

function secretsOf(options: BindingOptions): readonly string[] {
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret
  if (secrets.length === 0 || secrets.some(secret => secret.length < 32)) {
    throw new TypeError('binding: secret must be 32 characters or more')
  }
  return secrets
}

/** The message a token signs: the consent id, under a label no other use of the secret shares. */
const message = (consentId: string) => encoder.encode('consentry-binding:' + consentId)

function importKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  )
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** The bytes of a base64url token; null for anything that is not one. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[\w-]{43}$/.test(text)) return null
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, char => char.charCodeAt(0))
}

/** The token for one consent id: HMAC-SHA-256 of it under the first secret, base64url. */
export async function bindingToken(options: BindingOptions, consentId: string): Promise<string> {
  const [current] = secretsOf(options)
  const key = await importKey(current)
  const signature = await crypto.subtle.sign('HMAC', key, message(consentId))
  return toBase64Url(new Uint8Array(signature))
}

/**
 * Whether a `Cookie` header carries a valid token for this consent id, under any of the
 * secrets. `crypto.subtle.verify` compares in constant time.
 */
export async function hasBinding(
  options: BindingOptions,
  cookieHeader: string | null | undefined,
  consentId: string,
): Promise<boolean> {
  const name = options.cookie ?? DEFAULT_COOKIE
  const presented = cookieValues(cookieHeader, name)
    .map(fromBase64Url)
    .filter((bytes): bytes is Uint8Array<ArrayBuffer> => bytes !== null)
  if (presented.length === 0) return false
  for (const secret of secretsOf(options)) {
    const key = await importKey(secret)
    for (const signature of presented) {
      if (await crypto.subtle.verify('HMAC', key, signature, message(consentId))) return true
    }
  }
  return false
}

/**
 * The `Set-Cookie` value of the HttpOnly cookie that binds a consent id to this browser.
 * The receiver sets it with the first receipt of a consent id and renews it with every
 * bound one. A page handler may renew it beside `consentCookieHeader`, but only where the
 * request already proves the binding: a server cannot tell a visitor who lost the cookie
 * from someone who only knows the consent id.
 * @example
 * if (await hasBinding(binding, req.headers.cookie, record.id))
 *   res.setHeader('set-cookie', await bindingCookieHeader(binding, record.id))
 */
export async function bindingCookieHeader(
  options: BindingOptions,
  consentId: string,
): Promise<string> {
  const name = options.cookie ?? DEFAULT_COOKIE
  const maxAge = Math.floor((options.maxAgeDays ?? 400) * 86_400)
  const attributes = [name + '=' + (await bindingToken(options, consentId))]
  attributes.push('Path=/')
  attributes.push('Max-Age=' + maxAge)
  // Scripts on the page never need it: HttpOnly keeps the token out of their reach.
  attributes.push('HttpOnly')
  attributes.push('SameSite=Lax')
  if (options.secure ?? true) attributes.push('Secure')
  return attributes.join('; ')
}

/** Checks the options once, when the receiver is made, so a short secret fails at start-up. */
export function checkBinding(options: BindingOptions): void {
  secretsOf(options)
}
