import type { TextList } from '../texts';
/** Spanish texts, written for this project. A list in the order of `en`'s keys (named on the right). */
declare const es: TextList;
export default es;
