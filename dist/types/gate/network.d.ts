import type { Realm } from './hooks';
import type { Patcher } from './patch';
import type { TrustKind } from './trust';
import { type WorkerRule } from './workers';
/** What the network guard refuses, and what it wraps with. */
export interface NetworkPolicy {
    patcher: Patcher;
    trust: (kind: TrustKind, text: string) => unknown;
    /** Whether a request to `url` is refused now. */
    refused: (url: unknown) => boolean;
    /** Every `hosts` rule in the order URLs are matched, and whether it is refused now. */
    workerRules: () => WorkerRule[];
}
/** The network guard of a page and its same-origin frames. */
export interface NetworkGuard {
    /** Guards `fetch`, XHR, `sendBeacon`, `WebSocket`, `EventSource` and workers in `realm`. */
    install: (realm: Realm) => void;
    /** Tells the guarded workers about a new decision. */
    update: () => void;
}
/** A network guard that refuses what `policy.refused` names, in every realm it is installed in. */
export declare function createNetworkGuard(policy: NetworkPolicy): NetworkGuard;
