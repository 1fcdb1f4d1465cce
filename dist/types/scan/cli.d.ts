import { type ScanOptions } from './options';
import type { ScanReport } from './types';
/** Runs the scan and writes its outputs; resolves to the report. */
export declare function scan(options: ScanOptions): Promise<ScanReport>;
/** The exit code for argv: 0 done, 1 leaks with --fail-on leak, 2 usage or browser error. */
export declare function main(argv: string[]): Promise<number>;
