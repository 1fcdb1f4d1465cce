// Order statistics for the benchmark. Nearest-rank percentiles: with 15 loads the p90
// is the 14th value, one that was measured, never an interpolation.

const numbers = values =>
  values.filter(value => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)

/** The p-th percentile (0 < p <= 100) by nearest rank, or null without values. */
export function percentile(values, p) {
  const sorted = numbers(values)
  if (!sorted.length) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)]
}

/** Median (the mean of the middle two for an even count), p90, max and count. */
export function summary(values) {
  const sorted = numbers(values)
  if (!sorted.length) return { n: 0, median: null, p90: null, max: null }
  const middle = Math.floor(sorted.length / 2)
  const isOdd = sorted.length % 2 === 1
  const median = isOdd ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { n: sorted.length, median, p90: percentile(sorted, 90), max: sorted[sorted.length - 1] }
}

/**
 * How a series grows: for each step, the time ratio and that ratio scaled to a 10x step
 * (10 ** exponent, where exponent = log(t2 / t1) / log(n2 / n1)); 10 is linear, 100 quadratic.
 * @param {{ n: number, ms: number | null }[]} points
 */
export function growth(points) {
  const steps = []
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]
    const to = points[i]
    if (!(from.ms > 0 && to.ms > 0)) {
      steps.push({ from: from.n, to: to.n, ratio: null, per10x: null })
      continue
    }
    const exponent = Math.log(to.ms / from.ms) / Math.log(to.n / from.n)
    steps.push({ from: from.n, to: to.n, ratio: to.ms / from.ms, per10x: 10 ** exponent })
  }
  return steps
}
