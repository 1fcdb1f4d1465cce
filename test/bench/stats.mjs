// Order statistics for the benchmark. Nearest-rank percentiles: with 15 loads the p90
// is the 14th value, a value that was actually measured, never an interpolation.

const sorted = values =>
  values.filter(v => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)

/** The p-th percentile (0 < p <= 100) by nearest rank, or null without values. */
export function percentile(values, p) {
  const s = sorted(values)
  if (!s.length) return null
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]
}

/** Median (the mean of the middle two for an even count), p90, min, max and count. */
export function summary(values) {
  const s = sorted(values)
  if (!s.length) return { n: 0, median: null, p90: null, min: null, max: null }
  const mid = s.length >> 1
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  return { n: s.length, median, p90: percentile(s, 90), min: s[0], max: s[s.length - 1] }
}

/**
 * How a series grows: for each step, the time ratio and that ratio scaled to a 10x step
 * (10 ** exponent, where exponent = log(t2 / t1) / log(n2 / n1)); 10 is linear, 100 quadratic.
 * @param {[n: number, ms: number | null][]} points
 */
export function growth(points) {
  const steps = []
  for (let i = 1; i < points.length; i++) {
    const [n1, t1] = points[i - 1]
    const [n2, t2] = points[i]
    if (!(t1 > 0 && t2 > 0)) {
      steps.push({ from: n1, to: n2, ratio: null, exponent: null, per10x: null })
      continue
    }
    const exponent = Math.log(t2 / t1) / Math.log(n2 / n1)
    steps.push({ from: n1, to: n2, ratio: t2 / t1, exponent, per10x: 10 ** exponent })
  }
  return steps
}
