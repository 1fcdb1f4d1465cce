import type { TextList } from '../texts'

/** Dutch texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const nl: TextList = [
  'Uw privacykeuzes', // title
  'We gebruiken cookies die nodig zijn om de site te laten werken. Met uw toestemming gebruiken we ook optionele cookies om bezoeken te begrijpen en de site te verbeteren. U kunt uw keuze altijd wijzigen.', // body
  'Privacybeleid', // policy
  'Alles accepteren', // acceptAll
  'Alles weigeren', // rejectAll
  'Voorkeuren beheren', // manage
  'Cookievoorkeuren', // prefsTitle
  'Kies welke soorten cookies we mogen gebruiken.', // prefsBody
  'Voorkeuren opslaan', // save
  'Sluiten', // close
  'Voorkeuren opgeslagen', // saved
  'Altijd aan: de site heeft deze nodig om te werken.', // required
  'Uit, omdat uw browser het signaal {signal} verstuurt.', // locked
  'Niet in gebruik', // notInUse
  'Diensten en cookies', // services
  'Cookies', // cookies
  'Cookie-instellingen', // reopen
  'OK', // ok
  '{service} is geblokkeerd tot u cookies voor {category} toestaat.', // held
  'Eén keer laden', // loadOnce
  'Altijd toestaan', // allowAlways
]

export default nl
