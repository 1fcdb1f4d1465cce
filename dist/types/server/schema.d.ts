import type { Receipt } from '../integrations/receipts';
/** A receipt that does not match the schema; `field` names the offending path. */
export declare class ReceiptError extends Error {
    field: string;
    constructor(field: string, message: string);
}
/**
 * Checks a parsed receipt; throws a `ReceiptError` naming the first bad field.
 * @example validateReceipt(JSON.parse(body)) // the receipt, typed
 */
export declare function validateReceipt(value: unknown): Receipt;
