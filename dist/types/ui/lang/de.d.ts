import type { UITexts } from '../texts';
/** German texts, written for this project. */
declare const de: UITexts;
export default de;
