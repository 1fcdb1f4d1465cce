import type { ConsentRecord } from './types';
/**
 * Serialises a record for the consent cookie.
 * @example encodeRecord(record) // '1.k3j9x0aa.lq2x1c.2.a.necessary:1~analytics:0.'
 */
export declare function encodeRecord(record: ConsentRecord): string;
/**
 * Reads a consent cookie value. Anything that is not exactly a version 1 record,
 * tampered, truncated or oversized, is `null` ("ask again"); it never throws.
 */
export declare function decodeRecord(value: unknown): ConsentRecord | null;
/** A random consent id from the platform CSPRNG (no personal data). */
export declare function newId(): string;
