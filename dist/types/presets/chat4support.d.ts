/**
 * Modeled on Chat4Support's policy (last updated 2006-08, archived 2008): cookies for
 * sign-in, browsing paths and spotting returning customers; visitors may decline,
 * so opt-out outside Europe.
 */
export declare const chat4support: {
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
