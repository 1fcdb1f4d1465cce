/** Ready-made configs, one per seed policy, keyed by preset id (the drop-in's `data-preset`). */
export declare const presets: {
    clickandchat: {
        revision: number;
        policyUrl: string;
        model: {
            default: "notice";
            regions: {
                [region: string]: import("..").Model;
            };
        };
        signals: {
            gpc: "default-deny";
        };
        categories: {
            necessary: {
                required: true;
                label: string;
                description: string;
            };
            preferences: {
                label: string;
                description: string;
                cookies: string[];
            };
            analytics: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    paths: {
                        label: string;
                        description: string;
                        cookies: string[];
                    };
                    recording: {
                        label: string;
                        description: string;
                        cookies: string[];
                        storage: string[];
                    };
                    returning: {
                        label: string;
                        description: string;
                        cookies: string[];
                    };
                };
            };
        };
        texts: {
            body: string;
        };
    };
    clientexec: {
        revision: number;
        policyUrl: string;
        model: {
            default: "opt-out";
            regions: {
                [region: string]: import("..").Model;
            };
        };
        signals: {
            gpc: "default-deny";
        };
        categories: {
            necessary: {
                required: true;
                label: string;
                description: string;
            };
            preferences: {
                label: string;
                description: string;
                cookies: string[];
            };
            analytics: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    behavior: {
                        label: string;
                        description: string;
                        cookies: string[];
                    };
                };
            };
        };
        texts: {
            body: string;
        };
    };
    chat4support: {
        revision: number;
        policyUrl: string;
        model: {
            default: "opt-out";
            regions: {
                [region: string]: import("..").Model;
            };
        };
        signals: {
            gpc: "default-deny";
        };
        categories: {
            necessary: {
                required: true;
                label: string;
                description: string;
            };
            preferences: {
                label: string;
                description: string;
                cookies: string[];
            };
            analytics: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    paths: {
                        label: string;
                        description: string;
                        cookies: string[];
                    };
                    returning: {
                        label: string;
                        description: string;
                        cookies: string[];
                    };
                };
            };
        };
        texts: {
            body: string;
        };
    };
    livechat: {
        revision: number;
        policyUrl: string;
        model: {
            default: "opt-out";
            regions: {
                [region: string]: import("..").Model;
            };
        };
        signals: {
            gpc: "default-deny";
        };
        categories: {
            necessary: {
                required: true;
                label: string;
                description: string;
            };
            analytics: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    beacons: {
                        label: string;
                        description: string;
                        thirdParty: true;
                    };
                    mobile: {
                        label: string;
                        description: string;
                    };
                };
            };
            social: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    facebook: {
                        label: string;
                        description: string;
                        hosts: string[];
                        cookies: string[];
                        thirdParty: true;
                    };
                    sharethis: {
                        label: string;
                        description: string;
                        hosts: string[];
                        cookies: string[];
                        thirdParty: true;
                    };
                    twitter: {
                        label: string;
                        description: string;
                        hosts: string[];
                        thirdParty: true;
                    };
                };
            };
            chat: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    addons: {
                        label: string;
                        description: string;
                        thirdParty: true;
                    };
                };
            };
        };
        texts: {
            body: string;
        };
    };
    messageandchat: {
        revision: number;
        policyUrl: string;
        model: "opt-in";
        signals: {
            dnt: "enforce";
            gpc: "enforce";
            cookieless: true;
        };
        thirdPartyTracking: false;
        categories: {
            necessary: {
                required: true;
                label: string;
                description: string;
            };
            preferences: {
                signalsApply: true;
                label: string;
                description: string;
                cookies: string[];
            };
            marketing: {
                usedForTracking: true;
                label: string;
                description: string;
                services: {
                    adsense: {
                        label: string;
                        description: string;
                        disabled: true;
                        thirdParty: true;
                        hosts: string[];
                        cookies: string[];
                    };
                };
            };
        };
        texts: {
            body: string;
        };
    };
};
/** A preset id. */
export type PresetId = keyof typeof presets;
