// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { Receipt } from '../../../src/integrations/receipts'
import {
  createReceiver,
  memoryStore,
  validateReceipt,
  type ReceiptStore,
} from '../../../src/server'
import { DAY, RECEIVER_URL, post, receipt } from './fixtures'

const URL_ = RECEIVER_URL
/** A receipt's JSON with a raw `"key":value` pair first, as a forger writes it (JSON.stringify drops __proto__). */
const withPair = (object: object, pair: string) =>
  JSON.stringify(object).replace(/^\{/, () => '{' + pair + ',')
const answer = async (res: Response) => ({ status: res.status, body: await res.json() })

describe('createReceiver', () => {
  it('stores a receipt (201) and lists the history of its consent id, oldest first', async () => {
    const receive = createReceiver({ store: memoryStore() })
    const a = receipt({ consentId: 'aaaaaaaaaaaa', method: 'accept-all' })
    const b = receipt({ consentId: 'aaaaaaaaaaaa', method: 'withdrawal' })
    expect(await answer(await receive(post(b)))).toEqual({
      status: 201,
      body: { id: b.id, stored: true },
    })
    expect((await receive(post(a))).status).toBe(201)
    await receive(post(receipt({ consentId: 'bbbbbbbbbbbb' })))
    const res = await receive(new Request(URL_ + '?consent=aaaaaaaaaaaa'))
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { body } = await answer(res)
    expect(body.consentId).toBe('aaaaaaaaaaaa')
    expect(body.receipts.map((r: Receipt) => r.method)).toEqual(['accept-all', 'withdrawal'])
    expect(body.receipts[0]).toEqual({ ...a, received: expect.any(Number) })
  })

  it('keeps one copy of a receipt sent twice (200, stored: false)', async () => {
    const store = memoryStore()
    const receive = createReceiver({ store })
    const r = receipt()
    expect((await receive(post(r))).status).toBe(201)
    expect(await answer(await receive(post(r)))).toEqual({
      status: 200,
      body: { id: r.id, stored: false },
    })
    expect(await store.history(r.consentId)).toHaveLength(1)
  })

  it.each([
    ['not JSON', '{"id": ', 'body is not valid JSON', undefined],
    ['a JSON array', '[]', 'receipt: expected a JSON object', 'receipt'],
    [
      'a missing field',
      (() => {
        const r: any = receipt()
        delete r.method
        return r
      })(),
      'method: is required',
      'method',
    ],
    [
      'an IP address',
      { ...receipt(), ip: '203.0.113.7' },
      'ip: unknown field (a receipt carries no other data)',
      'ip',
    ],
    [
      'a user agent',
      { ...receipt(), userAgent: 'Mozilla/5.0' },
      'userAgent: unknown field (a receipt carries no other data)',
      'userAgent',
    ],
    [
      'a bad method',
      receipt({ method: 'maybe' as any }),
      'method: expected one of accept-all, reject-all, custom, signal, withdrawal',
      'method',
    ],
    [
      'a non-boolean grant',
      receipt({ categories: { analytics: 'yes' } as any }),
      'categories.analytics: expected true or false',
      'categories.analytics',
    ],
    [
      'a bad category name',
      receipt({ categories: { '<img>': true } }),
      'categories.<img>: expected a name of letters, digits, _ or - starting with a letter',
      'categories.<img>',
    ],
    [
      'a path with a query',
      receipt({ path: '/?email=a@b.c' }),
      'path: expected a path starting with / (no query or fragment)',
      'path',
    ],
    [
      'a javascript: policy URL',
      receipt({ policyUrl: 'javascript:alert(1)' }),
      'policyUrl: expected an http(s) URL or null',
      'policyUrl',
    ],
    [
      'a short receipt id',
      receipt({ id: 'x' }),
      'id: expected 8 to 64 characters of letters, digits, _ . or -',
      'id',
    ],
    [
      'an extra signal',
      receipt({ signals: { dnt: false, gpc: false, ua: 'x' } as any }),
      'signals.ua: unknown field',
      'signals.ua',
    ],
    ['a float time', receipt({ time: 1.5 }), 'time: expected a time in ms since 1970', 'time'],
  ])('answers 400 naming the field for %s', async (_what, body, error, field) => {
    const res = await createReceiver({ store: memoryStore() })(post(body))
    expect(await answer(res)).toEqual({ status: 400, body: field ? { error, field } : { error } })
  })

  it('answers 413 for a body over maxBytes, by Content-Length or by the bytes actually sent', async () => {
    const receive = createReceiver({ store: memoryStore(), maxBytes: 1000 })
    const big = receipt({
      services: Object.fromEntries(Array.from({ length: 100 }, (_, i) => ['service' + i, true])),
    })
    expect((await receive(post(big))).status).toBe(413)
    // A chunked body with no Content-Length is cut off while it is read.
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode('x'.repeat(100)))
        c.close()
      },
    })
    const res = await receive(
      new Request(URL_, {
        method: 'POST',
        body: chunks,
        duplex: 'half',
        headers: { 'content-type': 'text/plain' },
      } as RequestInit),
    )
    expect(await answer(res)).toEqual({
      status: 413,
      body: { error: 'body larger than 1000 bytes' },
    })
  })

  it('keeps serving after bad input', async () => {
    const receive = createReceiver({ store: memoryStore(), maxBytes: 2000 })
    expect((await receive(post('x'.repeat(5000)))).status).toBe(413)
    expect((await receive(post('{'))).status).toBe(400)
    expect((await receive(post(new Uint8Array([0xff, 0xfe]) as any))).status).toBe(400)
    expect((await receive(post(receipt()))).status).toBe(201)
  })

  it('answers 503 with Retry-After when the store fails, and reports the error once', async () => {
    const failure = new Error('disk full')
    const broken: ReceiptStore = {
      add: () => Promise.reject(failure),
      history: () => Promise.resolve([]),
    }
    const errors: unknown[] = []
    const receive = createReceiver({ store: broken, onError: e => errors.push(e) })
    const res = await receive(post(receipt()))
    expect(res.headers.get('retry-after')).toBe('30')
    expect(await answer(res)).toEqual({
      status: 503,
      body: { error: 'receipt store unavailable, try again later' },
    })
    expect(errors).toEqual([failure])
  })

  it('still takes a store written for 0.1, whose history is called list', async () => {
    const legacy = memoryStore()
    const receive = createReceiver({ store: { add: legacy.add, list: legacy.list } })
    const r = receipt()
    expect((await receive(post(r))).status).toBe(201)
    const res = await receive(new Request(URL_ + '?consent=' + r.consentId))
    expect((await answer(res)).body.receipts).toHaveLength(1)
  })

  it.each([
    ['more than 400 days old', -401 * DAY],
    ['more than a day ahead', 2 * DAY],
  ])('answers 400 for a decision time %s', async (_what, offset) => {
    const res = await createReceiver({ store: memoryStore() })(
      post(receipt({ time: Date.now() + offset })),
    )
    expect(await answer(res)).toEqual({
      status: 400,
      body: {
        error: 'time: expected a decision from the last 400 days, not in the future',
        field: 'time',
      },
    })
  })

  it('answers 400 for a bad consent id, 403 when not authorized, 405 for other methods', async () => {
    const receive = createReceiver({
      store: memoryStore(),
      authorize: req => req.headers.get('x-admin') === 'yes',
    })
    expect((await receive(new Request(URL_ + '?consent=../../etc'))).status).toBe(400)
    expect((await receive(new Request(URL_ + '?consent=aaaaaaaaaaaa'))).status).toBe(403)
    expect(
      (
        await receive(
          new Request(URL_ + '?consent=aaaaaaaaaaaa', { headers: { 'x-admin': 'yes' } }),
        )
      ).status,
    ).toBe(200)
    const del = await receive(new Request(URL_, { method: 'DELETE' }))
    expect(del.status).toBe(405)
    expect(del.headers.get('allow')).toBe('POST, GET, OPTIONS')
  })

  it('answers CORS when allowOrigin is set', async () => {
    const receive = createReceiver({ store: memoryStore(), allowOrigin: 'https://www.example.com' })
    const pre = await receive(new Request(URL_, { method: 'OPTIONS' }))
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-methods')).toBe('POST, GET')
    expect((await receive(post(receipt()))).headers.get('access-control-allow-origin')).toBe(
      'https://www.example.com',
    )
  })
})

describe('what the receiver refuses', () => {
  const refusal = async (res: Response) => ({ status: res.status, field: (await res.json()).field })

  it.each([
    ['constructor', { constructor: { ip: '203.0.113.7', userAgent: 'Mozilla/5.0' } }],
    ['toString', { toString: 'x' }],
    ['hasOwnProperty', { hasOwnProperty: true }],
    ['valueOf', { valueOf: 1 }],
  ])('answers 400 for a top-level key named %s', async (key, extra) => {
    const res = await createReceiver({ store: memoryStore() })(post({ ...receipt(), ...extra }))
    expect(await refusal(res)).toEqual({ status: 400, field: key })
  })

  it('answers 400 for an own __proto__ key, which JSON.parse creates, and stores nothing', async () => {
    const store = memoryStore()
    const r = receipt()
    const body = withPair(r, '"__proto__":{"ip":"203.0.113.7"}')
    expect(await refusal(await createReceiver({ store })(post(body)))).toEqual({
      status: 400,
      field: '__proto__',
    })
    expect(await store.history(r.consentId)).toEqual([])
  })

  it.each([
    ['signals.constructor', { signals: { dnt: false, gpc: false, constructor: {} } }],
    ['signals.__proto__', '"signals":{"dnt":false,"gpc":false,"__proto__":{}}'],
    ['categories.__proto__', '"categories":{"__proto__":true}'],
    ['services.toString', { services: { toString: 'x' } }],
  ])('answers 400 for an extra nested key %s', async (field, extra) => {
    let body: string
    if (typeof extra === 'string') {
      const name = extra.slice(1, extra.indexOf('"', 1))
      const rest: Partial<Receipt> = receipt()
      delete rest[name as keyof Receipt]
      body = withPair(rest, extra)
    } else {
      body = JSON.stringify({ ...receipt(), ...extra })
    }
    const res = await createReceiver({ store: memoryStore() })(post(body))
    expect(await refusal(res)).toEqual({ status: 400, field })
  })

  it('answers 400 for any extra top-level key, whatever its name', async () => {
    const receive = createReceiver({ store: memoryStore() })
    const known = Object.keys(receipt())
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 30 }).filter(key => !known.includes(key)),
        async key => {
          const body = withPair(receipt(), JSON.stringify(key) + ':1')
          expect(await refusal(await receive(post(body)))).toEqual({
            status: 400,
            field: key.slice(0, 40),
          })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('answers 413 for a body over maxBytes after reading no more than maxBytes of it', async () => {
    const receive = createReceiver({ store: memoryStore(), maxBytes: 1000 })
    let pulled = 0
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        if (pulled > 100) controller.close()
        else controller.enqueue(new TextEncoder().encode('x'.repeat(100)))
      },
      cancel() {
        cancelled = true
      },
    })
    const request = new Request(URL_, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': 'text/plain' },
    } as RequestInit)
    expect((await receive(request)).status).toBe(413)
    // 11 chunks of 100 bytes pass 1000; the stream may read one ahead, never the whole body.
    expect(pulled).toBeLessThanOrEqual(13)
    expect(cancelled).toBe(true)
  })

  it.each([
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
    ['text/html', 415],
    ['text/plain;charset=UTF-8', 201],
    ['application/json', 201],
    ['Application/JSON; charset=utf-8', 201],
  ])('answers Content-Type %s with %i', async (type, status) => {
    const res = await createReceiver({ store: memoryStore() })(
      post(receipt(), { 'content-type': type }),
    )
    expect(res.status).toBe(status)
  })

  it('answers 415 for a body with no Content-Type', async () => {
    const request = new Request(URL_, {
      method: 'POST',
      body: new TextEncoder().encode(JSON.stringify(receipt())),
    })
    expect(request.headers.get('content-type')).toBeNull()
    expect((await createReceiver({ store: memoryStore() })(request)).status).toBe(415)
  })

  it('answers 403 for an Origin outside the allowed list or none, 400 for a receipt of another origin', async () => {
    const store = memoryStore()
    const receive = createReceiver({ store, origins: ['https://www.example.com'] })
    const r = receipt()
    expect((await receive(post(r, { origin: 'https://evil.example' }))).status).toBe(403)
    expect((await receive(post(r))).status).toBe(403)
    expect(await store.history(r.consentId)).toEqual([])
    const other = receipt({ origin: 'https://shop.example.com' })
    expect(
      await refusal(await receive(post(other, { origin: 'https://www.example.com' }))),
    ).toEqual({ status: 400, field: 'origin' })
    expect((await receive(post(r, { origin: 'https://www.example.com' }))).status).toBe(201)
  })

  it('answers 429 with Retry-After past the rate per client address, and counts again in the next window', async () => {
    vi.useFakeTimers({ now: 1_800_000_000_000, toFake: ['Date'] })
    try {
      const receive = createReceiver({
        store: memoryStore(),
        rateLimit: { requests: 3, perSeconds: 60 },
      })
      const from = (address: string) => receive(post(receipt()), { address })
      const first = await Promise.all([1, 2, 3].map(() => from('198.51.100.1')))
      expect(first.map(res => res.status)).toEqual([201, 201, 201])
      const over = await from('198.51.100.1')
      expect(over.status).toBe(429)
      expect(over.headers.get('retry-after')).toBe('60')
      expect((await from('198.51.100.2')).status).toBe(201)
      vi.advanceTimersByTime(59_000)
      expect((await from('198.51.100.1')).status).toBe(429)
      vi.advanceTimersByTime(1_000)
      expect((await from('198.51.100.1')).status).toBe(201)
    } finally {
      vi.useRealTimers()
    }
  })

  it('counts by the address clientAddress returns', async () => {
    const receive = createReceiver({
      store: memoryStore(),
      rateLimit: { requests: 1 },
      clientAddress: request => request.headers.get('x-forwarded-for') ?? '',
    })
    const via = (address: string) => receive(post(receipt(), { 'x-forwarded-for': address }))
    expect((await via('192.0.2.1')).status).toBe(201)
    expect((await via('192.0.2.2')).status).toBe(201)
    expect((await via('192.0.2.1')).status).toBe(429)
  })
})

describe('validateReceipt', () => {
  it('returns a valid receipt as it is', () => {
    const r = receipt({ policyUrl: null, language: '' })
    expect(validateReceipt(r)).toBe(r)
  })
})
