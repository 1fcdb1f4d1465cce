// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bindingCookieHeader, createReceiver, hasBinding, memoryStore } from '../../../src/server'
import { RECEIVER_URL, post, receipt } from './fixtures'

const SECRET = 'a-test-secret-of-at-least-32-characters'
const binding = { secret: SECRET }

/** The `name=value` part of a Set-Cookie, as the browser sends it back. */
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]

const setup = () => {
  const store = memoryStore()
  return { store, receive: createReceiver({ store, binding }) }
}

describe('binding receipts to the browser that made them', () => {
  it('binds a consent id to the first browser that sends a receipt for it, with an HttpOnly cookie', async () => {
    const { receive } = setup()
    const res = await receive(post(receipt()))
    expect(res.status).toBe(201)
    expect(res.headers.get('set-cookie')).toMatch(
      /^consentry_binding=[\w-]{43}; Path=\/; Max-Age=34560000; HttpOnly; SameSite=Lax; Secure$/,
    )
  })

  it('takes later receipts of that consent id only with its cookie (403 otherwise), and stores none refused', async () => {
    const { store, receive } = setup()
    const first = receipt({ consentId: 'consent-one' })
    const cookie = cookieOf(await receive(post(first)))
    const otherCookie = cookieOf(await receive(post(receipt({ consentId: 'consent-two' }))))
    const forged = [
      post(receipt({ consentId: 'consent-one', method: 'accept-all' })),
      post(receipt({ consentId: 'consent-one' }), { cookie: otherCookie }),
      post(receipt({ consentId: 'consent-one' }), { cookie: cookie.slice(0, -2) + 'xx' }),
      post(receipt({ consentId: 'consent-one' }), {
        cookie: 'consentry_binding=' + '?'.repeat(43),
      }),
    ]
    for (const request of forged) {
      const res = await receive(request)
      expect(res.status).toBe(403)
      expect(await res.json()).toEqual({
        error: 'consentId: bound to another browser',
        field: 'consentId',
      })
    }
    const genuine = receipt({ consentId: 'consent-one', method: 'withdrawal' })
    expect((await receive(post(genuine, { cookie: 'a=1; ' + cookie }))).status).toBe(201)
    expect((await store.history('consent-one')).map(r => r.id)).toEqual([first.id, genuine.id])
  })

  it('answers a retry of an already stored receipt with 200 even without the cookie', async () => {
    const { receive } = setup()
    const first = receipt()
    await receive(post(first))
    const res = await receive(post(first))
    expect(await res.json()).toEqual({ id: first.id, stored: false })
    expect(res.status).toBe(200)
  })

  it('lists a history only for the bound browser, or where authorize allows', async () => {
    const store = memoryStore()
    const receive = createReceiver({
      store,
      binding,
      authorize: request => request.headers.get('x-admin') === 'yes',
    })
    const r = receipt({ consentId: 'consent-three' })
    const cookie = cookieOf(await receive(post(r)))
    const list = (headers: Record<string, string>) =>
      receive(new Request(RECEIVER_URL + '?consent=consent-three', { headers }))
    expect((await list({})).status).toBe(403)
    expect((await list({ cookie })).status).toBe(200)
    expect((await list({ 'x-admin': 'yes' })).status).toBe(200)
    const withoutAuthorize = createReceiver({ store, binding })
    const res = await withoutAuthorize(new Request(RECEIVER_URL + '?consent=consent-three'))
    expect(res.status).toBe(403)
  })

  it('accepts tokens of an older secret while secrets rotate, and signs new ones with the first', async () => {
    const old = { secret: 'the-old-secret-of-at-least-32-characters' }
    const rotated = { secret: [SECRET, old.secret] }
    const oldCookie = (await bindingCookieHeader(old, 'consent-four')).split(';')[0]
    expect(await hasBinding(rotated, oldCookie, 'consent-four')).toBe(true)
    expect(await hasBinding(binding, oldCookie, 'consent-four')).toBe(false)
    expect(await bindingCookieHeader(rotated, 'consent-four')).toBe(
      await bindingCookieHeader(binding, 'consent-four'),
    )
  })

  it('follows the options: cookie name, Secure, lifetime', async () => {
    const header = await bindingCookieHeader(
      { secret: SECRET, cookie: 'bind', secure: false, maxAgeDays: 30 },
      'consent-five',
    )
    expect(header).toMatch(/^bind=[\w-]{43}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/)
    expect(await hasBinding({ secret: SECRET, cookie: 'bind' }, header, 'consent-five')).toBe(true)
    expect(await hasBinding(binding, header, 'consent-five')).toBe(false)
  })

  it('refuses a secret shorter than 32 characters when the receiver is made', () => {
    expect(() => createReceiver({ store: memoryStore(), binding: { secret: 'short' } })).toThrow(
      'binding: secret must be 32 characters or more',
    )
  })

  it('sets no cookie without the option', async () => {
    const res = await createReceiver({ store: memoryStore() })(post(receipt()))
    expect(res.status).toBe(201)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})
