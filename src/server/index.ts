export { createReceiver } from './receiver'
export type { ClientInfo, Receiver, ReceiverOptions } from './receiver'
export { ReceiptError, validateReceipt } from './schema'
export { memoryStore, ReceiptStoreError } from './stores'
export type {
  ExportRange,
  FullReceiptStore,
  LegacyReceiptStore,
  ReceiptStore,
  RetainOptions,
  RetainResult,
  StoredReceipt,
  TimeLike,
} from './stores'
export { sqliteMigrations, sqliteStore } from './sqlite'
export type { SqliteDatabase } from './sqlite'
export { postgresMigrations, postgresStore } from './postgres'
export type {
  PostgresClient,
  PostgresPool,
  PostgresQuery,
  PostgresResult,
  PostgresStoreOptions,
} from './postgres'
export { consentCookieHeader, needsBanner, readConsent, readDecision, readSignals } from './helpers'
export type { CookieHeaderOptions, HeadersLike, RequestOptions } from './helpers'
export type { Receipt, ReceiptMethod } from '../integrations/receipts'
export { consentCsp, type ConsentCspOptions } from './csp'
export { bindingCookieHeader, hasBinding } from './binding'
export type { BindingOptions } from './binding'
export { regionFromHeaders } from './region'
