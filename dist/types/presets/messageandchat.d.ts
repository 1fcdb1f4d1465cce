/**
 * Modeled on Message and chat's policy (Leiden, NL; undated): no tracking cookies, no
 * third-party behavioural tracking, and under Do Not Track no tracking, no cookies and
 * no ads. A Dutch site answers to the Dutch cookie rules for every visitor: opt-in
 * everywhere. Google AdSense is listed as not in use.
 */
export declare const messageandchat: {
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
