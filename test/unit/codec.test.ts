import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeRecord, encodeRecord, newId } from '../../src/core/codec'
import type { ConsentRecord } from '../../src/core/types'

const name = fc.stringMatching(/^[A-Za-z][\w-]{0,39}$/)
const grants = fc.dictionary(name, fc.boolean(), { maxKeys: 25 })
const recordArb = fc.record<ConsentRecord>({
  id: fc.stringMatching(/^[\w-]{8,40}$/),
  time: fc.integer({ min: 0, max: 4e12 }),
  revision: fc.integer({ min: 0, max: 999_999_999 }),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'signal'),
  // A config has at least one category, so a record always has one.
  categories: fc.dictionary(name, fc.boolean(), { minKeys: 1, maxKeys: 25 }),
  services: grants,
})

describe('record codec', () => {
  it('round-trips every valid record', () => {
    fc.assert(
      fc.property(recordArb, r => {
        expect(decodeRecord(encodeRecord(r))).toEqual(r)
      }),
      { numRuns: 2000 },
    )
  }, 30_000)

  it('never throws and returns a record or null for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 5000 }), fc.string({ unit: 'binary', maxLength: 300 })),
        s => {
          const r = decodeRecord(s)
          expect(r === null || typeof r.id === 'string').toBe(true)
        },
      ),
      { numRuns: 3000 },
    )
  }, 30_000)

  it('rejects every truncation and single-character tamper of a real value', () => {
    const value = encodeRecord({
      id: newId(),
      time: 1_763_900_000_000,
      revision: 3,
      method: 'custom',
      categories: { necessary: true, analytics: false },
      services: { ga: true },
    })
    for (let i = 0; i < value.length - 1; i++) {
      const cut = decodeRecord(value.slice(0, i))
      expect(cut).toBeNull()
    }
    // Any character, weighted towards the grammar's own separators and digits, at any place.
    const replacement = fc.oneof(
      fc.constantFrom('.', '~', ':', '0', '1', 'a'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    )
    fc.assert(
      fc.property(fc.nat({ max: value.length - 1 }), replacement, (i, c) => {
        fc.pre(c !== value[i])
        // One changed character shifts the check digits' input by less than their modulus,
        // so no single edit yields another valid record.
        expect(decodeRecord(value.slice(0, i) + c + value.slice(i + 1))).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })

  it('rejects wrong versions, junk, oversized values and duplicate names', () => {
    const good = encodeRecord({
      id: 'abcdefgh',
      time: 1,
      revision: 0,
      method: 'accept-all',
      categories: { a: true },
      services: {},
    })
    expect(decodeRecord(good)).not.toBeNull()
    // Re-sign a changed body, so only the rule under test can reject it.
    const resign = (body: string) => {
      const value = encodeRecord({
        id: 'abcdefgh',
        time: 1,
        revision: 0,
        method: 'accept-all',
        categories: { a: true },
        services: {},
      })
      const base = value.slice(0, value.lastIndexOf('.'))
      let h = 7
      for (let i = 0; i < body.length; i++) h = (h * 31 + body.charCodeAt(i)) % 1296
      return base === body ? value : body + '.' + h.toString(36).padStart(2, '0')
    }
    const body = good.slice(0, good.lastIndexOf('.'))
    expect(decodeRecord(resign(body))).not.toBeNull()
    expect(decodeRecord(resign('2' + body.slice(1)))).toBeNull()
    expect(decodeRecord(resign(body + '.extra'))).toBeNull()
    expect(decodeRecord(resign(body.replace('a:1', 'a:1~a:0')))).toBeNull()
    expect(decodeRecord(resign(body.replace('a:1', '__proto__:1')))).toBeNull()
    expect(decodeRecord(resign(body.replace('.0.a:1', '.0.')))).toBeNull()
    expect(decodeRecord('x'.repeat(4096))).toBeNull()
    expect(decodeRecord(undefined)).toBeNull()
    expect(decodeRecord('')).toBeNull()
  })

  it('refuses to encode a value longer than it decodes', () => {
    const services: Record<string, boolean> = {}
    for (let i = 0; i < 100; i++) services['service-with-a-long-name-' + (100 + i)] = false
    const record: ConsentRecord = {
      id: newId(),
      time: Date.now(),
      revision: 1,
      method: 'custom',
      categories: { necessary: true },
      services,
    }
    expect(() => encodeRecord(record)).toThrow(RangeError)
    for (let i = 90; i < 100; i++) delete services['service-with-a-long-name-' + (100 + i)]
    const fits = encodeRecord(record)
    expect(fits.length).toBeLessThanOrEqual(3000)
    expect(decodeRecord(fits)).toEqual(record)
  })

  it('stays under 1 KB with 20 services', () => {
    const services: Record<string, boolean> = {}
    for (let i = 0; i < 20; i++) services['service-name-' + i] = i % 2 === 0
    const value = encodeRecord({
      id: newId(),
      time: Date.now(),
      revision: 12,
      method: 'custom',
      categories: {
        necessary: true,
        preferences: true,
        analytics: false,
        marketing: false,
        social: true,
      },
      services,
    })
    expect(value.length).toBeLessThan(1024)
    // Every character is a cookie-octet (RFC 6265 4.1.1): no encoding needed.
    expect(value).toMatch(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/)
  })

  it('makes random ids of 24 characters', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{24}$/)
  })
})
