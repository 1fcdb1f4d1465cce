// dist/lang/de.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import de from '../../ui/lang/de'

announce('de', de)
