import type { ConsentConfig } from '../core/types';
import type { Classifier } from './classify';
import type { ConfigPatch, UnlistedCookie, UnlistedHost } from './types';
/** The patch that lists every unlisted host and cookie. Empty `categories` when nothing is missing. */
export declare function buildPatch(config: ConsentConfig | null, unlisted: {
    hosts: UnlistedHost[];
    cookies: UnlistedCookie[];
}, classifier: Classifier): ConfigPatch;
