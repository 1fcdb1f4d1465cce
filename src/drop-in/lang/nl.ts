// dist/lang/nl.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import nl from '../../ui/lang/nl'

announce('nl', nl)
