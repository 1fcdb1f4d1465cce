import type { TextList } from '../texts';
/** French texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const fr: TextList;
export default fr;
