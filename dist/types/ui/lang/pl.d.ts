import type { TextList } from '../texts';
/** Polish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const pl: TextList;
export default pl;
