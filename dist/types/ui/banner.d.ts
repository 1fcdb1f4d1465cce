import type { ComponentChildren, Ref } from 'preact';
import type { Consent } from '../core/consent';
import type { ConsentConfig } from '../core/types';
import { type UITexts } from './texts';
/** Props of `ConsentBanner`. */
export interface ConsentBannerProps {
    consent: Consent;
    /** `bar` (default) and `box` leave the page usable; `modal` makes it inert until a choice. */
    layout?: 'bar' | 'box' | 'modal';
    /** Replaces the title's text. */
    title?: ComponentChildren;
    /** Replaces the paragraph; the buttons, their actions and the focus handling stay. */
    children?: ComponentChildren;
    /** Called after Accept all, Reject all or OK has recorded the choice. */
    onDecide?: () => void;
    /** Receives the Manage preferences button, to give focus back to it. */
    manageRef?: Ref<HTMLButtonElement>;
}
/**
 * What the first layer must say besides the choice: the optional purposes, and the third
 * parties among the services in use. Empty strings when the config has none.
 */
export declare function firstLayerDetails(config: ConsentConfig, texts: UITexts): {
    purposes: string;
    partners: string;
};
/**
 * The first layer: title, one paragraph (what the model means, the purposes, the third
 * parties, how to withdraw, the policy link) and three equal choices. Under the `notice`
 * model nothing waits for a yes, so one OK acknowledges (recorded as accept-all) and
 * Manage preferences still lets the visitor switch things off.
 * @example <ConsentBanner consent={consent} layout="box" />
 */
export declare function ConsentBanner(props: ConsentBannerProps): import("preact").JSX.Element;
