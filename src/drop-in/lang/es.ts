// dist/lang/es.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import es from '../../ui/lang/es'

announce('es', es)
