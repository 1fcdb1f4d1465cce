import type { TextList } from '../texts';
/** Dutch texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const nl: TextList;
export default nl;
