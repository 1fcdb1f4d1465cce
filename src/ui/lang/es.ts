import type { UITexts } from '../texts'

/** Spanish texts, written for this project. */
const es: UITexts = {
  title: 'Tus opciones de privacidad',
  body: 'Usamos las cookies que el sitio necesita para funcionar. Con tu permiso también usamos cookies opcionales, que siguen desactivadas hasta que aceptes. Puedes cambiar o retirar tu elección en cualquier momento en la configuración de cookies.',
  policy: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  manage: 'Gestionar preferencias',
  prefsTitle: 'Preferencias de cookies',
  prefsBody: 'Elige qué tipos de cookies podemos usar.',
  save: 'Guardar preferencias',
  close: 'Cerrar',
  saved: 'Preferencias guardadas',
  required: 'Siempre activas: el sitio las necesita para funcionar.',
  locked: 'Desactivado porque tu navegador envía la señal {signal}.',
  notInUse: 'No se usa',
  services: 'Servicios y cookies',
  cookies: 'Cookies',
  reopen: 'Configuración de cookies',
  ok: 'Entendido',
  held: '{service} está bloqueado hasta que permitas las cookies de {category}.',
  loadOnce: 'Cargar una vez',
  allowAlways: 'Permitir siempre',
  bodyOptOut:
    'Usamos las cookies que el sitio necesita para funcionar y cookies opcionales, que están activas salvo que digas que no. «Rechazar todo» desactiva las opcionales. Puedes cambiar o retirar tu elección en cualquier momento en la configuración de cookies.',
  bodyNotice:
    'Usamos las cookies que el sitio necesita para funcionar y cookies opcionales. Puedes desactivar las opcionales en cualquier momento en la configuración de cookies.',
  purposes: 'Finalidades opcionales: {list}.',
  partners: 'Terceros: {list}.',
}

export default es
