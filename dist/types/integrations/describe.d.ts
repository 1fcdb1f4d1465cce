import type { ConsentConfig, Model, SignalMode } from '../core/types';
/** A service as the policy page lists it. */
export interface ServiceDescription {
    name: string;
    label: string;
    description: string;
    category: string;
    /** Declared as a third party (`thirdParty: true`): may collect data over time and across sites. */
    thirdParty: boolean;
    hosts: string[];
    cookies: string[];
    /** Listed in the config but not in use. */
    disabled: boolean;
}
/** A category as the policy page lists it. */
export interface CategoryDescription {
    name: string;
    label: string;
    description: string;
    required: boolean;
    /** Do Not Track and Global Privacy Control apply to it. */
    signalsApply: boolean;
    /** It tracks visitors (`usedForTracking`, or the deprecated `tracking`). */
    usedForTracking: boolean;
    /** @deprecated The same as `usedForTracking`. */
    tracking: boolean;
    /** Something in it is in use; `false` when every service is `disabled`. */
    inUse: boolean;
    cookies: string[];
    services: ServiceDescription[];
}
/** One paragraph of the generated text, with a stable id for styling or picking. */
export interface PolicyParagraph {
    id: 'choices' | 'dnt' | 'gpc' | 'third-parties' | 'consent-mode' | `category-${string}`;
    title: string;
    text: string;
}
/** What `describePolicy` returns: the facts, and the same facts as plain English. */
export interface PolicyDescription {
    model: {
        default: Model;
        regions: {
            [region: string]: Model;
        };
    };
    signals: {
        dnt: SignalMode;
        gpc: SignalMode;
        cookieless: boolean;
    };
    /** The consent cookie and how long a choice lasts, in days. */
    consentCookie: {
        name: string;
        consentDays: number;
        refusalDays: number;
    };
    categories: CategoryDescription[];
    /** Services that may collect data about visitors over time and across sites (CalOPPA). */
    thirdParties: ServiceDescription[];
    /** Google Consent Mode, when the config turns it on. */
    consentMode: 'basic' | 'advanced' | null;
    paragraphs: PolicyParagraph[];
    /** Every paragraph, `title` and `text`, separated by blank lines. */
    text: string;
}
/**
 * Plain-language policy text generated from the config, with the structured facts behind
 * it: how the site responds to Do Not Track and Global Privacy Control, which third parties
 * may collect data over time and across sites (what California's CalOPPA asks a privacy
 * policy to disclose), the categories, services and cookies. Rendering both from the one
 * config keeps the policy page from drifting away from what the SDK does.
 * @example
 * const { paragraphs } = describePolicy(consent.config)
 * policy.innerHTML = paragraphs.map(p => `<h3>${p.title}</h3><p>${p.text}</p>`).join('') // escape if texts are untrusted
 */
export declare function describePolicy(config: ConsentConfig): PolicyDescription;
