/**
 * Modeled on LiveChat's policy (Chapel Hill, NC; last edited 2013-06-28): identification
 * cookies, a tracking partner's web beacons, app analytics, social plugins and chat
 * add-ons; use implies acceptance, so opt-out outside Europe. Third-party cookies are
 * the vendors' own: the site can delete only those set on its domain.
 */
export declare const livechat: {
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
