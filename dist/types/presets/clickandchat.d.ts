/**
 * Modeled on ClickAndChat's policy (Glendale, CA; archived 2016-09-02): first-party
 * cookies only, none shared; consent implied by use, so a notice outside Europe.
 */
export declare const clickandchat: {
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
