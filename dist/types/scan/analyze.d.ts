import type { ConsentConfig } from '../core/types';
import type { RawPage } from './browse';
import { type Classifier } from './classify';
import type { Leak, ScanReport, StateName, StateResult } from './types';
export interface AnalyzeInput {
    startUrl: string;
    scannedAt: string;
    pages: RawPage[];
    config: ConsentConfig | null;
    configSource: ScanReport['configSource'];
    classifier: Classifier;
}
/** The screenshot's name for a page and state: what the HTML report keys images by. */
export declare const screenshotName: (pageIndex: number, state: StateName) => string;
/** The leaks of one page in one state (before a choice, or after Reject all). */
export declare function leaksOf(page: string, stateName: 'before' | 'reject', state: StateResult): Leak[];
/** The whole report from what the browser saw. */
export declare function analyze(input: AnalyzeInput): ScanReport;
