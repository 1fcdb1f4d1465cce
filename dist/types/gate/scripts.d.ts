import type { GateContext } from './context';
import type { TrustKind } from './trust';
/** Runs granted scripts one after the other. */
export interface ScriptRunner {
    /** Queues a granted script; it runs after those queued before it. */
    enqueue(script: Element): void;
    /** Cancels the script that is loading if it is no longer granted, and goes on. */
    recheck(): void;
}
export interface ScriptRunnerOptions {
    trust: (kind: TrustKind, text: string) => unknown;
    /** Milliseconds an external script may take to load or fail before the next one runs. */
    timeout: number;
    /** A queued script that was withdrawn or removed before its turn: it stays held. */
    onHeld: (script: Element) => void;
}
/**
 * A queue that runs scripts in order: an external one's load or error (or the timeout)
 * runs the one after it. Each runs as a fresh copy: a clone keeps the "already started"
 * flag that markup parsing (innerHTML, insertAdjacentHTML) sets, and would never run.
 */
export declare function createScriptRunner(gate: GateContext, options: ScriptRunnerOptions): ScriptRunner;
