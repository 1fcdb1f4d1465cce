import type { TextList } from '../texts'

/** German texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const de: TextList = [
  'Ihre Datenschutz-Einstellungen', // title
  'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Erlaubnis nutzen wir zusätzlich optionale Cookies, um Besuche zu verstehen und die Website zu verbessern. Sie können Ihre Wahl jederzeit ändern.', // body
  'Datenschutzerklärung', // policy
  'Alle akzeptieren', // acceptAll
  'Alle ablehnen', // rejectAll
  'Einstellungen verwalten', // manage
  'Cookie-Einstellungen', // prefsTitle
  'Wählen Sie, welche Arten von Cookies wir verwenden dürfen.', // prefsBody
  'Auswahl speichern', // save
  'Schließen', // close
  'Einstellungen gespeichert', // saved
  'Immer aktiv: Die Website braucht diese Cookies.', // required
  'Aus, weil Ihr Browser das Signal „{signal}“ sendet.', // locked
  'Wird nicht verwendet', // notInUse
  'Dienste und Cookies', // services
  'Cookies', // cookies
  'Cookie-Einstellungen', // reopen
  'OK', // ok
  '{service} ist blockiert, bis Sie {category}-Cookies erlauben.', // held
  'Einmal laden', // loadOnce
  'Immer erlauben', // allowAlways
]

export default de
