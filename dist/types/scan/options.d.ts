export interface ScanOptions {
    url: string;
    pages: number;
    config: string | null;
    /** A file, or `-` for standard output (which also silences the terminal report). */
    json: string | null;
    html: string | null;
    failOnLeak: boolean;
    /** Extra Chromium command-line flags. */
    chromiumFlags: string[];
}
export declare const USAGE = "Usage: consentry scan <url> [options]\n\nLoads up to N same-origin pages from <url> in headless Chromium, each before any\nchoice, after Reject all and after Accept all, and reports what they load.\n\nOptions:\n  --pages N             pages to visit, the first one included (default 5)\n  --config FILE         the config to compare with (.json, or a module exporting it);\n                        default: window.consent.config read from the page\n  --json FILE           write the report as JSON (- for standard output, quiet)\n  --html FILE           write a self-contained HTML report with screenshots\n  --fail-on leak        exit 1 when anything leaked (for CI)\n  --chromium-flag FLAG  pass a flag to Chromium (repeatable), e.g.\n                        --chromium-flag=--host-resolver-rules=\"MAP www.example.com 127.0.0.1\"\n  --help                show this text\n\nChromium: $CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser.\nExit codes: 0 done (and clean, with --fail-on leak), 1 leaks with --fail-on leak,\n2 usage or browser error.";
/** A usage error: the message is the one line printed before exiting with 2. */
export declare class UsageError extends Error {
}
/** Reads `scan <url> [options]`; throws a UsageError that says what is wrong. */
export declare function parseOptions(argv: string[]): ScanOptions | 'help';
