import type { UITexts } from '../texts'

/** French texts, written for this project. */
const fr: UITexts = {
  title: 'Vos choix de confidentialité',
  body: 'Nous utilisons les cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi des cookies facultatifs, désactivés tant que vous n’avez pas accepté. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
  policy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  manage: 'Gérer les préférences',
  prefsTitle: 'Préférences de cookies',
  prefsBody: 'Choisissez les types de cookies que nous pouvons utiliser.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  saved: 'Préférences enregistrées',
  required: 'Toujours actifs : le site en a besoin pour fonctionner.',
  locked: 'Désactivé, car votre navigateur envoie le signal {signal}.',
  notInUse: 'Non utilisé',
  services: 'Services et cookies',
  cookies: 'Cookies',
  reopen: 'Paramètres des cookies',
  ok: 'OK',
  held: '{service} est bloqué tant que vous n’autorisez pas les cookies « {category} ».',
  loadOnce: 'Charger une fois',
  allowAlways: 'Toujours autoriser',
  bodyOptOut:
    'Nous utilisons les cookies nécessaires au fonctionnement du site, et des cookies facultatifs actifs tant que vous ne les refusez pas. « Tout refuser » désactive les cookies facultatifs. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
  bodyNotice:
    'Nous utilisons les cookies nécessaires au fonctionnement du site, et des cookies facultatifs. Vous pouvez désactiver les facultatifs à tout moment dans les paramètres des cookies.',
  purposes: 'Finalités facultatives : {list}.',
  partners: 'Tiers : {list}.',
}

export default fr
