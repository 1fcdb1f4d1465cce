export { mountUI } from './mount'
export type { UIOptions } from './mount'
export { ConsentUI } from './root'
export type { ConsentUIProps } from './root'
export { ConsentBanner, firstLayerDetails } from './banner'
export type { ConsentBannerProps } from './banner'
export { ConsentPreferences } from './preferences'
export type { ConsentPreferencesProps } from './preferences'
export { ConsentReopen } from './reopen'
export type { ConsentReopenProps } from './reopen'
export { useStore, useTexts } from './hooks'
export { listenOpenLinks, openPreferencesFrom } from './opener'
export {
  $langs,
  en,
  format,
  fromList,
  langFor,
  registerTexts,
  requestedLang,
  textsFor,
} from './texts'
export type { TextList, UITexts } from './texts'
export { css } from './styles'
export { default as ar } from './lang/ar'
export { default as de } from './lang/de'
export { default as es } from './lang/es'
export { default as fr } from './lang/fr'
export { default as nl } from './lang/nl'
export { default as pl } from './lang/pl'
