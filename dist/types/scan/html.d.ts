import type { ScanReport } from './types';
export declare const escapeHtml: (value: unknown) => string;
/** The whole page. `screenshots` maps each state's `screenshot` name to its JPEG. */
export declare function htmlReport(report: ScanReport, screenshots: Map<string, Buffer>): string;
