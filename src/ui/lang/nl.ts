import type { UITexts } from '../texts'

/** Dutch texts, written for this project. */
const nl: UITexts = {
  title: 'Uw privacykeuzes',
  body: 'We gebruiken cookies die de site nodig heeft om te werken. Met uw toestemming gebruiken we ook optionele cookies; die blijven uit tot u akkoord gaat. U kunt uw keuze altijd wijzigen of intrekken in de cookie-instellingen.',
  policy: 'Privacybeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  manage: 'Voorkeuren beheren',
  prefsTitle: 'Cookievoorkeuren',
  prefsBody: 'Kies welke soorten cookies we mogen gebruiken.',
  save: 'Voorkeuren opslaan',
  close: 'Sluiten',
  saved: 'Voorkeuren opgeslagen',
  required: 'Altijd aan: de site heeft deze nodig om te werken.',
  locked: 'Uit, omdat uw browser het signaal {signal} verstuurt.',
  notInUse: 'Niet in gebruik',
  services: 'Diensten en cookies',
  cookies: 'Cookies',
  reopen: 'Cookie-instellingen',
  ok: 'OK',
  held: '{service} is geblokkeerd tot u cookies voor {category} toestaat.',
  loadOnce: 'Eén keer laden',
  allowAlways: 'Altijd toestaan',
  bodyOptOut:
    'We gebruiken cookies die de site nodig heeft om te werken, en optionele cookies die aan staan tenzij u nee zegt. „Alles weigeren” zet de optionele uit. U kunt uw keuze altijd wijzigen of intrekken in de cookie-instellingen.',
  bodyNotice:
    'We gebruiken cookies die de site nodig heeft om te werken, en optionele cookies. De optionele kunt u altijd uitzetten in de cookie-instellingen.',
  purposes: 'Optionele doelen: {list}.',
  partners: 'Derden: {list}.',
}

export default nl
