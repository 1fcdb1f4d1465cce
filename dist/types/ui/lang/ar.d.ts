import type { TextList } from '../texts';
/** Arabic (written right to left) texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const ar: TextList;
export default ar;
