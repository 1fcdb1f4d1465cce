import type { Realm } from './hooks';
import type { Patcher } from './patch';
/**
 * Refuses `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests whose URL
 * `blocked` names, the way a failed network request looks to the caller: `fetch`
 * rejects with a TypeError, an XHR fails with status 0 (`error` event, or a
 * NetworkError thrown by a synchronous one), `sendBeacon` returns false, a `WebSocket`
 * or `EventSource` fails to connect (`error` event).
 */
export declare function guardNetwork(blocked: (url: unknown) => boolean, patcher: Patcher, realm?: Realm): void;
