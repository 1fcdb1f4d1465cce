import type { UITexts } from '../texts';
/** French texts, written for this project. */
declare const fr: UITexts;
export default fr;
