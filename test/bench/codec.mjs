// Record encode/decode in Node, against the built ESM (what bundler users ship), with
// 5, 50 and 200 services, each stated apart from its category so the cookie lists all.
import { isDeepStrictEqual } from 'node:util'
import { summary } from './stats.mjs'

const ITERATIONS = 10_000
const ROUNDS = 3

/** @param {string} dist absolute path of the built files */
export async function benchCodec(dist, counts = [5, 50, 200]) {
  const { encodeRecord, decodeRecord } = await import(dist + '/index.js')
  const out = []
  for (const n of counts) {
    const record = {
      id: 'k3j9x0aab2c4d6e8',
      time: Date.UTC(2025, 0, 1),
      revision: 3,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
    }
    for (let i = 0; i < n; i++) record.services['v' + i] = i % 3 === 0
    const value = encodeRecord(record)
    const roundTrip = isDeepStrictEqual(decodeRecord(value), record)
    // A sink the optimiser cannot drop.
    let sink = 0
    const time = fn => {
      const t0 = performance.now()
      for (let i = 0; i < ITERATIONS; i++) sink += fn()
      return ((performance.now() - t0) * 1000) / ITERATIONS
    }
    const encode = []
    const decode = []
    // Rounds alternate encode and decode; the first is warm-up for the JIT and is dropped.
    for (let r = 0; r <= ROUNDS; r++) {
      const e = time(() => encodeRecord(record).length)
      const d = time(() => (decodeRecord(value) ? 1 : 0))
      if (r === 0) continue
      encode.push(e)
      decode.push(d)
    }
    out.push({
      services: n,
      bytes: value.length,
      roundTrip,
      iterations: ITERATIONS,
      encodeUs: summary(encode),
      decodeUs: summary(decode),
      sink,
    })
  }
  return out
}
