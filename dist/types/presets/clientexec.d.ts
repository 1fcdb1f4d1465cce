/**
 * Modeled on Clientexec's policy (effective 2014-04-05): sign-in, preference and a
 * little behavioural data in cookies; visitors refuse in their browser, so opt-out
 * outside Europe.
 */
export declare const clientexec: {
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
