export { mountUI } from './mount'
export type { UIOptions } from './mount'
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
export type { TextList } from './texts'
export { css } from './styles'
export { default as ar } from './lang/ar'
export { default as de } from './lang/de'
export { default as es } from './lang/es'
export { default as fr } from './lang/fr'
export { default as nl } from './lang/nl'
export { default as pl } from './lang/pl'
