import type { TextList } from '../texts'

/** Polish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const pl: TextList = [
  'Twoje ustawienia prywatności', // title
  'Używamy plików cookie niezbędnych do działania strony. Za Twoją zgodą używamy też opcjonalnych plików cookie, aby lepiej rozumieć odwiedziny i ulepszać stronę. Swój wybór możesz zmienić w każdej chwili.', // body
  'Polityka prywatności', // policy
  'Akceptuj wszystkie', // acceptAll
  'Odrzuć wszystkie', // rejectAll
  'Zarządzaj ustawieniami', // manage
  'Ustawienia plików cookie', // prefsTitle
  'Wybierz, jakich plików cookie możemy używać.', // prefsBody
  'Zapisz ustawienia', // save
  'Zamknij', // close
  'Ustawienia zapisane', // saved
  'Zawsze włączone: strona potrzebuje ich do działania.', // required
  'Wyłączone, bo Twoja przeglądarka wysyła sygnał {signal}.', // locked
  'Nieużywane', // notInUse
  'Usługi i pliki cookie', // services
  'Pliki cookie', // cookies
  'Ustawienia plików cookie', // reopen
  'OK', // ok
  '{service} jest zablokowane, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.', // held
  'Załaduj raz', // loadOnce
  'Zawsze zezwalaj', // allowAlways
]

export default pl
