import type { UITexts } from '../texts';
/** Spanish texts, written for this project. */
declare const es: UITexts;
export default es;
