// dist/lang/ar.js: load it right after consentry.js.
import ar from './ar'
import { announce } from './announce'

announce('ar', ar)
