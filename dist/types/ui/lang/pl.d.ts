import type { UITexts } from '../texts';
/** Polish texts, written for this project. */
declare const pl: UITexts;
export default pl;
