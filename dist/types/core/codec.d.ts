import type { ConsentRecord } from './types';
/** The longest value written or read: browsers keep at least 4096 bytes per cookie
 * (RFC 6265 section 6.1), name and attributes included. */
export declare const MAX_VALUE_LENGTH = 3000;
/**
 * Serialises a record for the consent cookie. Throws a RangeError when the value would be
 * longer than the decoder accepts: it could never be read back.
 * @example encodeRecord(record) // '1.k3j9x0aa.lq2x1c.2.a.necessary:1~analytics:0.'
 */
export declare function encodeRecord(record: ConsentRecord): string;
/** The cookie value of a record, or null for one too large to be read back. */
export declare function encodeIfReadable(record: ConsentRecord): string | null;
/**
 * Reads a consent cookie value. Anything that is not exactly a version 1 record,
 * tampered, truncated or oversized, is `null` ("ask again"); it never throws.
 */
export declare function decodeRecord(value: unknown): ConsentRecord | null;
/** A random consent id from the platform CSPRNG (no personal data). */
export declare function newId(): string;
