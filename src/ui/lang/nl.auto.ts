// dist/lang/nl.js: load it right after consentry.js.
import nl from './nl'
import { announce } from './announce'

announce('nl', nl)
