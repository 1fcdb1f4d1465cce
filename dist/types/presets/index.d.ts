import type { ConsentConfig } from '../core/types';
/** Ready-made configs, one per seed policy, keyed by preset id. */
export declare const presets: {
    [id: string]: ConsentConfig;
};
