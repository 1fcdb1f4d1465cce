// Words shared by the browser side and the reports.
import type { StateName, TrackerInfo } from './types'

/** Headings: "Before any choice". */
export const STATE_TITLES: { [state in StateName]: string } = {
  before: 'Before any choice',
  reject: 'After Reject all',
  accept: 'After Accept all',
}

/** Inside a sentence: "before any choice". */
export const STATE_PHRASES: { [state in StateName]: string } = {
  before: 'before any choice',
  reject: 'after Reject all',
  accept: 'after Accept all',
}

/** A tracker as a reader names it: `Hotjar (site analytics)`. */
export const trackerText = (tracker: TrackerInfo) =>
  `${tracker.name} (${tracker.category.replace(/_/g, ' ')})`
