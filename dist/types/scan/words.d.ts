import type { StateName, TrackerInfo } from './types';
/** Headings: "Before any choice". */
export declare const STATE_TITLES: {
    [state in StateName]: string;
};
/** Inside a sentence: "before any choice". */
export declare const STATE_PHRASES: {
    [state in StateName]: string;
};
/** A tracker as a reader names it: `Hotjar (site analytics)`. */
export declare const trackerText: (tracker: TrackerInfo) => string;
