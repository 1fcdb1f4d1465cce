// dist/lang/fr.js: load it right after consentry.js.
import fr from './fr'
import { announce } from './announce'

announce('fr', fr)
