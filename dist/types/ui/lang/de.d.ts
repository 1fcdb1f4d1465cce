import type { TextList } from '../texts';
/** German texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const de: TextList;
export default de;
