export { consentMode, consentModeState, mapping, CONSENT_TYPES } from './consent-mode'
export type {
  ConsentModeMap,
  ConsentModeOptions,
  ConsentModeState,
  ConsentType,
} from './consent-mode'
export { dataLayerEvents } from './datalayer'
export type { DataLayerConsent, DataLayerOptions } from './datalayer'
export { attachAdapters, clarity, metaPixel } from './adapters'
export type { Adapter } from './adapters'
export { receipts } from './receipts'
export type { Receipt, ReceiptMethod, ReceiptOptions } from './receipts'
export { reloadOnGrant } from './reload'
export type { ReloadOnGrantOptions } from './reload'
export { describePolicy } from './describe'
export type {
  CategoryDescription,
  PolicyDescription,
  PolicyParagraph,
  ServiceDescription,
} from './describe'
