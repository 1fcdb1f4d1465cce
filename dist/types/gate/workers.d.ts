import type { Realm } from './hooks';
import type { Patcher } from './patch';
import type { TrustKind } from './trust';
/** One `hosts` rule as a worker is told it: the first rule that covers a URL's host decides. */
export interface WorkerRule {
    host: string;
    /** Whether the network guard refuses the rule's service now. */
    refused: boolean;
}
/** Guards the workers that page code starts from `blob:` and `data:` URLs. */
export interface WorkerGuard {
    /** Wraps `Worker` and `SharedWorker` in `realm`, and notes the Blob behind each object URL made there. */
    install: (patcher: Patcher, realm: Realm) => void;
    /** Tells every guarded worker that is still alive the rules in force now. */
    update: () => void;
}
/**
 * A guard for workers whose scripts page code made (`blob:`, `data:`): each starts with
 * the prelude, then its own script. A blob whose object URL was made while the guard was
 * installed is copied behind the prelude at once, so revoking its URL right after
 * `new Worker(url)` (as many libraries do) still works; any other is loaded by its URL
 * (`importScripts`, or `import()` for a module worker). A `data:` worker's script stays a
 * `data:` URL, so that the worker keeps its opaque origin. A `SharedWorker` gets one
 * guarded script per script URL, so that two constructed from one URL still share one
 * worker, and hears updates on its ports. A worker from a script URL is left alone:
 * behind a prelude its `location`, and every relative URL in it, would change.
 */
export declare function createWorkerGuard(rules: () => WorkerRule[], trust: (kind: TrustKind, text: string) => unknown): WorkerGuard;
