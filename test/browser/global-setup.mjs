import { findChromium } from './chromium.mjs'

/** Runs once before the browser project: every worker then uses the same binary. */
export default function setup() {
  process.env.CHROMIUM_PATH = findChromium()
}
