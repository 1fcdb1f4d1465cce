// dist/lang/pl.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import pl from '../../ui/lang/pl'

announce('pl', pl)
