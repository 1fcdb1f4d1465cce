import type { Texts } from '../core/types';
/** The texts of a placeholder: `held` says what is held and why, then the two buttons. */
export type GateTexts = Pick<Texts, 'held' | 'loadOnce' | 'allowAlways'>;
/** English, used where `startGate`'s `texts` option gives nothing. */
export declare const defaultTexts: GateTexts;
/**
 * `held` with `{service}` and `{category}` filled in; any other `{name}` stays as written.
 * @example heldText('{service} waits for {category}.', 'VideoTube', 'Social') // 'VideoTube waits for Social.'
 */
export declare function heldText(held: string, service: string, category: string): string;
