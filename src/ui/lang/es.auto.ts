// dist/lang/es.js: load it right after consentry.js.
import es from './es'
import { announce } from './announce'

announce('es', es)
