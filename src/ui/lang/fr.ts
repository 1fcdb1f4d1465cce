import type { TextList } from '../texts'

/** French texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const fr: TextList = [
  'Vos choix de confidentialité', // title
  'Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi des cookies facultatifs pour comprendre les visites et améliorer le site. Vous pouvez modifier votre choix à tout moment.', // body
  'Politique de confidentialité', // policy
  'Tout accepter', // acceptAll
  'Tout refuser', // rejectAll
  'Gérer les préférences', // manage
  'Préférences de cookies', // prefsTitle
  'Choisissez les types de cookies que nous pouvons utiliser.', // prefsBody
  'Enregistrer mes choix', // save
  'Fermer', // close
  'Préférences enregistrées', // saved
  'Toujours actifs : le site en a besoin pour fonctionner.', // required
  'Désactivé, car votre navigateur envoie le signal {signal}.', // locked
  'Non utilisé', // notInUse
  'Services et cookies', // services
  'Cookies', // cookies
  'Paramètres des cookies', // reopen
  'OK', // ok
  '{service} est bloqué tant que vous n’autorisez pas les cookies « {category} ».', // held
  'Charger une fois', // loadOnce
  'Toujours autoriser', // allowAlways
]

export default fr
