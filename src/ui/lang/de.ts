import type { UITexts } from '../texts'

/** German texts, written for this project. */
const de: UITexts = {
  title: 'Ihre Datenschutz-Einstellungen',
  body: 'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Erlaubnis nutzen wir zusätzlich optionale Cookies; sie bleiben aus, bis Sie zustimmen. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
  policy: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  manage: 'Einstellungen verwalten',
  prefsTitle: 'Cookie-Einstellungen',
  prefsBody: 'Wählen Sie, welche Arten von Cookies wir verwenden dürfen.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  saved: 'Einstellungen gespeichert',
  required: 'Immer aktiv: Die Website braucht diese Cookies.',
  locked: 'Aus, weil Ihr Browser das Signal „{signal}“ sendet.',
  notInUse: 'Wird nicht verwendet',
  services: 'Dienste und Cookies',
  cookies: 'Cookies',
  reopen: 'Cookie-Einstellungen',
  ok: 'OK',
  held: '{service} ist blockiert, bis Sie {category}-Cookies erlauben.',
  loadOnce: 'Einmal laden',
  allowAlways: 'Immer erlauben',
  bodyOptOut:
    'Wir verwenden Cookies, die für den Betrieb der Website nötig sind, und optionale Cookies, die aktiv sind, solange Sie nicht widersprechen. „Alle ablehnen“ schaltet die optionalen aus. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
  bodyNotice:
    'Wir verwenden Cookies, die für den Betrieb der Website nötig sind, und optionale Cookies. Die optionalen können Sie jederzeit in den Cookie-Einstellungen ausschalten.',
  purposes: 'Optionale Zwecke: {list}.',
  partners: 'Drittanbieter: {list}.',
}

export default de
