// dist/lang/ar.js: load it right after consentry.js.
import { announce } from '../../ui/lang/announce'
import ar from '../../ui/lang/ar'

announce('ar', ar)
