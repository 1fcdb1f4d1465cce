// dist/lang/fr.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import fr from '../../ui/lang/fr'

announce('fr', fr)
