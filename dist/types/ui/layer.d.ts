import type { ComponentChildren, Ref } from 'preact';
import type { Consent } from '../core/consent';
import type { UITexts } from './texts';
/**
 * What a choice does, as its `data-choice` attribute: a name that stays the same in every
 * language, for tools that answer or audit banners (autoconsent's rule, docs/ui.md).
 */
export type ChoiceName = 'accept-all' | 'reject-all' | 'ok' | 'manage' | 'save';
/** One of the choices: every one the same size, weight and colour (see `.bs` in the styles). */
export interface ChoiceProps {
    choice: ChoiceName;
    label: string;
    onClick: () => void;
    buttonRef?: Ref<HTMLButtonElement>;
}
export declare function Choice({ choice, label, onClick, buttonRef }: ChoiceProps): import("preact").JSX.Element;
/** Wraps deciding actions, so `onDecide` hears of each once the choice is recorded. */
export declare function decider(onDecide?: () => void): (action: () => void) => () => void;
/** Accept all and Reject all: the same two choices in the banner and in the dialog. */
export declare function AcceptReject(props: {
    consent: Consent;
    texts: UITexts;
    decide: ReturnType<typeof decider>;
}): import("preact").JSX.Element;
/** What the banner and the preferences dialog have in common. */
export interface LayerProps {
    /** Prefix of the title and paragraph ids: `b` gives `bt` and `bd`, `p` gives `pt` and `pd`. */
    id: string;
    /**
     * The layer's stable class, `consentry-banner` or `consentry-preferences`: what privacy
     * tools and cookie scanners find it by (the short classes are the stylesheet's own).
     */
    name: 'banner' | 'preferences';
    /** Layout classes after `l`: `bar`, `box`, `modal`, or `p` for the dialog. */
    className: string;
    /** A modal dialog (the page behind is inert) instead of a region. */
    modal: boolean;
    title: ComponentChildren;
    /** The paragraph's content, before the policy link. */
    body: ComponentChildren;
    /** Validated as http(s) or relative by the config check. */
    policyUrl?: string;
    policyLabel: string;
    /** Replaces the paragraph (body and policy link) with the site's own content. */
    description?: ComponentChildren;
    /** Before the title (the dialog's close button). */
    top?: ComponentChildren;
    /** Between the paragraph and the choices (the dialog's switches). */
    list?: ComponentChildren;
    /** The row of equal choices. */
    children: ComponentChildren;
}
/**
 * A region, or a modal dialog, labelled by its title and described by its paragraph,
 * which ends with a link to the privacy policy when there is one; then the row of choices.
 * A modal layer takes focus when it appears, so the screen reader starts at its title.
 */
export declare function Layer(props: LayerProps): import("preact").JSX.Element;
