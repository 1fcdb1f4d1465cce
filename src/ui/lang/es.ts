import type { TextList } from '../texts'

/** Spanish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const es: TextList = [
  'Tus opciones de privacidad', // title
  'Usamos cookies necesarias para que el sitio funcione. Con tu permiso, también usamos cookies opcionales para entender las visitas y mejorar el sitio. Puedes cambiar tu elección en cualquier momento.', // body
  'Política de privacidad', // policy
  'Aceptar todo', // acceptAll
  'Rechazar todo', // rejectAll
  'Gestionar preferencias', // manage
  'Preferencias de cookies', // prefsTitle
  'Elige qué tipos de cookies podemos usar.', // prefsBody
  'Guardar preferencias', // save
  'Cerrar', // close
  'Preferencias guardadas', // saved
  'Siempre activas: el sitio las necesita para funcionar.', // required
  'Desactivado porque tu navegador envía la señal {signal}.', // locked
  'No se usa', // notInUse
  'Servicios y cookies', // services
  'Cookies', // cookies
  'Configuración de cookies', // reopen
  'Entendido', // ok
  '{service} está bloqueado hasta que permitas las cookies de {category}.', // held
  'Cargar una vez', // loadOnce
  'Permitir siempre', // allowAlways
]

export default es
