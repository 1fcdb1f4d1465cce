import type { UITexts } from '../texts';
/** Dutch texts, written for this project. */
declare const nl: UITexts;
export default nl;
