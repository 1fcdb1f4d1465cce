import type { UITexts } from '../texts'

/** Polish texts, written for this project. */
const pl: UITexts = {
  title: 'Twoje ustawienia prywatności',
  body: 'Używamy plików cookie niezbędnych do działania witryny. Za Twoją zgodą używamy też opcjonalnych plików cookie, które pozostają wyłączone, dopóki się nie zgodzisz. Swój wybór możesz w każdej chwili zmienić lub wycofać w ustawieniach plików cookie.',
  policy: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  manage: 'Zarządzaj ustawieniami',
  prefsTitle: 'Ustawienia plików cookie',
  prefsBody: 'Wybierz, jakich plików cookie możemy używać.',
  save: 'Zapisz ustawienia',
  close: 'Zamknij',
  saved: 'Ustawienia zapisane',
  required: 'Zawsze włączone: strona potrzebuje ich do działania.',
  locked: 'Wyłączone, bo Twoja przeglądarka wysyła sygnał {signal}.',
  notInUse: 'Nieużywane',
  services: 'Usługi i pliki cookie',
  cookies: 'Pliki cookie',
  reopen: 'Ustawienia plików cookie',
  ok: 'OK',
  held: '{service} jest zablokowane, dopóki nie zezwolisz na pliki cookie z kategorii „{category}”.',
  loadOnce: 'Załaduj raz',
  allowAlways: 'Zawsze zezwalaj',
  bodyOptOut:
    'Używamy plików cookie niezbędnych do działania witryny oraz opcjonalnych, które są włączone, dopóki się nie sprzeciwisz. „Odrzuć wszystkie” wyłącza opcjonalne. Swój wybór możesz w każdej chwili zmienić lub wycofać w ustawieniach plików cookie.',
  bodyNotice:
    'Używamy plików cookie niezbędnych do działania witryny oraz opcjonalnych. Opcjonalne możesz w każdej chwili wyłączyć w ustawieniach plików cookie.',
  purposes: 'Cele opcjonalne: {list}.',
  partners: 'Podmioty trzecie: {list}.',
}

export default pl
