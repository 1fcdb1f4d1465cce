import type { UITexts } from '../texts';
/** Arabic (written right to left) texts, written for this project. */
declare const ar: UITexts;
export default ar;
