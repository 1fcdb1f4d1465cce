import type { ObservedDomain, ScanReport } from './types';
/** Lays rows out in columns, two spaces apart; the last column is not padded. */
export declare function table(rows: string[][], indent?: string): string;
/** What a requested domain is, in a few words. */
export declare function domainRole(group: ObservedDomain): string;
/** The one line that ends every report. */
export declare function summaryLine(report: ScanReport): string;
export declare function textReport(report: ScanReport): string;
