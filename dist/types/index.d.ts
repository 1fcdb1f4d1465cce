export { createConsent } from './core/consent';
export type { Consent, ConsentState, View } from './core/consent';
export { validateConfig } from './core/config';
export { defineConfig } from './core/define';
export { ConsentConfigError } from './core/error';
export { decide } from './core/decide';
export { decodeRecord, encodeRecord } from './core/codec';
export { readSignals } from './core/signals';
export type * from './core/types';
