// dist/lang/de.js: load it right after consentry.js.
import de from './de'
import { announce } from './announce'

announce('de', de)
