// dist/lang/pl.js: load it right after consentry.js.
import pl from './pl'
import { announce } from './announce'

announce('pl', pl)
