import { type ReactNode } from 'react';
export declare const ConsentProvider: <C extends import("..").ConsentConfig>(props: import("./create").ConsentProviderProps<C, ReactNode>) => ReactNode, useConsentContext: <C extends import("..").ConsentConfig = import("..").ConsentConfig>() => import("..").Consent<C>, useConsent: import("./create").UseConsent, useConsentView: (consent: import("./shared").AnyConsent) => import("..").View, ConsentGate: <C extends import("..").ConsentConfig>(props: import("./create").ConsentGateProps<C, ReactNode>) => ReactNode;
export type { Bindings, ConsentGateProps, ConsentProviderProps, PlaceholderActions, UseConsent, } from './create';
export type { ServerState } from './shared';
