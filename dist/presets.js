import { h as hasOwn } from './chunks/own.js';

/**
 * Where a visitor must opt in before anything optional runs: the 27 EU member states,
 * the rest of the EEA (IS, LI, NO), whose ePrivacy rules ask for prior consent to
 * non-essential cookies, and the UK (GB), whose PECR asks the same. ISO 3166-1 alpha-2;
 * a subdivision (`GB-SCT`) falls back to its country.
 */
const EUROPE = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GB'.split(' ');
/** `model.regions` giving every European code above the opt-in model. */
const optInEurope = /* @__PURE__ */ Object.fromEntries(EUROPE.map(code => [code, 'opt-in']));

/**
 * Modeled on Chat4Support's policy (last updated 2006-08, archived 2008): cookies for
 * sign-in, browsing paths and spotting returning customers; visitors may decline,
 * so opt-out outside Europe.
 */
const chat4support = {
    revision: 20060801,
    policyUrl: '/chat4support/privacy',
    model: { default: 'opt-out', regions: optInEurope },
    signals: { gpc: 'default-deny' },
    categories: {
        necessary: {
            required: true,
            label: 'Sign-in',
            description: 'Needed to sign in.',
        },
        preferences: {
            label: 'Features',
            description: 'Interactive features that need to remember you.',
            cookies: ['prefs'],
        },
        analytics: {
            usedForTracking: true,
            label: 'Statistics',
            description: 'How visitors move through the site.',
            services: {
                paths: {
                    label: 'Browsing paths',
                    description: 'Pages viewed, links clicked.',
                    cookies: ['_pv_*'],
                },
                returning: {
                    label: 'Return visits',
                    description: 'Recognises returning customers.',
                    cookies: ['_rv'],
                },
            },
        },
    },
    texts: {
        body: 'Signing in needs cookies. May we also note your path through the site and your return visits?',
    },
};

/**
 * Modeled on ClickAndChat's policy (Glendale, CA; archived 2016-09-02): first-party
 * cookies only, none shared; consent implied by use, so a notice outside Europe.
 */
const clickandchat = {
    revision: 20160902,
    policyUrl: '/clickandchat/privacy',
    model: { default: 'notice', regions: optInEurope },
    signals: { gpc: 'default-deny' },
    categories: {
        necessary: {
            required: true,
            label: 'Account',
            description: 'Signs you in to your account.',
        },
        preferences: {
            label: 'Preferences',
            description: 'Your settings, and pages fitted to your browser.',
            cookies: ['prefs'],
        },
        analytics: {
            usedForTracking: true,
            label: 'Statistics',
            description: 'Our own, shared with no one.',
            services: {
                paths: {
                    label: 'Page paths',
                    description: 'Visitor counts and the pages each visit takes.',
                    cookies: ['_pv_*'],
                },
                recording: {
                    label: 'Session recording',
                    description: 'Replays visits to find faults.',
                    cookies: ['_rec_*'],
                    storage: ['rec_buffer'],
                },
                returning: {
                    label: 'Return visits',
                    description: 'Tells us when you come back.',
                    cookies: ['_rv'],
                },
            },
        },
    },
    texts: {
        body: 'Cookies keep you signed in, save your settings and help us improve the site. We share nothing.',
    },
};

/**
 * Modeled on Clientexec's policy (effective 2014-04-05): sign-in, preference and a
 * little behavioural data in cookies; visitors refuse in their browser, so opt-out
 * outside Europe.
 */
const clientexec = {
    revision: 20140405,
    policyUrl: '/clientexec/privacy',
    model: { default: 'opt-out', regions: optInEurope },
    signals: { gpc: 'default-deny' },
    categories: {
        necessary: {
            required: true,
            label: 'Sign-in',
            description: 'Signs you in and, if you ask, keeps you signed in.',
        },
        preferences: {
            label: 'Preferences',
            description: 'Remembers the settings you choose here.',
            cookies: ['prefs'],
        },
        analytics: {
            usedForTracking: true,
            label: 'Usage',
            description: 'A small amount of data on how you use the site.',
            services: {
                behavior: {
                    label: 'Usage data',
                    description: 'Which pages you open and what you do on them.',
                    cookies: ['_pv_*'],
                },
            },
        },
    },
    texts: {
        body: 'Cookies sign you in and save your settings. May we also note how you use the site?',
    },
};

/**
 * Modeled on LiveChat's policy (Chapel Hill, NC; last edited 2013-06-28): identification
 * cookies, a tracking partner's web beacons, app analytics, social plugins and chat
 * add-ons; use implies acceptance, so opt-out outside Europe. Third-party cookies are
 * the vendors' own: the site can delete only those set on its domain.
 */
const livechat = {
    revision: 20130628,
    policyUrl: '/livechat/privacy',
    model: { default: 'opt-out', regions: optInEurope },
    signals: { gpc: 'default-deny' },
    categories: {
        necessary: {
            required: true,
            label: 'Identification',
            description: 'Recognises you in your account.',
        },
        analytics: {
            usedForTracking: true,
            label: 'Measurement',
            description: 'Shows us which content works: invisible images from a measurement partner, and usage reports from our mobile app.',
            services: {
                beacons: {
                    label: 'Tracking partner',
                    description: 'Web beacons showing what content works.',
                    thirdParty: true,
                },
                mobile: {
                    label: 'App analytics',
                    description: 'How often our mobile app is used, what happens in it, and how it performs.',
                },
            },
        },
        social: {
            usedForTracking: true,
            label: 'Social',
            description: 'Plugins that set their own cookies.',
            services: {
                facebook: {
                    label: 'Facebook',
                    description: 'Like, comments, sign-in.',
                    hosts: ['facebook.net', 'facebook.com'],
                    cookies: ['_fbp', 'fbsr_*', 'fbm_*'],
                    thirdParty: true,
                },
                sharethis: {
                    label: 'ShareThis',
                    description: 'Share buttons; ShareThis may set its own cookies.',
                    hosts: ['sharethis.com'],
                    cookies: ['__stid', '__sharethis_cookie_test__'],
                    thirdParty: true,
                },
                twitter: {
                    label: 'Twitter',
                    description: "Shows customers' posts about us.",
                    hosts: ['twitter.com'],
                    thirdParty: true,
                },
            },
        },
        chat: {
            usedForTracking: true,
            label: 'Chat add-ons',
            description: "Other firms' tools in our chat.",
            services: {
                addons: {
                    label: 'Third-party add-ons',
                    description: "Tools from other companies that you connect to the chat; their makers' policies apply.",
                    thirdParty: true,
                },
            },
        },
    },
    texts: {
        body: 'Cookies recognise you. If you agree, a partner measures our pages and social plugins and chat add-ons load.',
    },
};

/**
 * Modeled on Message and chat's policy (Leiden, NL; undated): no tracking cookies, no
 * third-party behavioural tracking, and under Do Not Track no tracking, no cookies and
 * no ads. A Dutch site answers to the Dutch cookie rules for every visitor: opt-in
 * everywhere. Google AdSense is listed as not in use.
 */
const messageandchat = {
    revision: 1,
    policyUrl: '/messageandchat/privacy',
    model: 'opt-in',
    // GPC asks what DNT asks; the policy's promise covers both.
    signals: { dnt: 'enforce', gpc: 'enforce', cookieless: true },
    thirdPartyTracking: false,
    categories: {
        necessary: {
            required: true,
            label: 'Essential',
            description: 'Sign-in and chat.',
        },
        // Not tracking, but the policy sets no cookie at all under DNT: the signals apply.
        preferences: {
            signalsApply: true,
            label: 'Convenience',
            description: 'Saves your settings.',
            cookies: ['prefs'],
        },
        // Nothing in use (AdSense is off): never granted, shown as not in use.
        marketing: {
            usedForTracking: true,
            label: 'Advertising',
            description: 'None today; AdSense may come, off until you agree.',
            services: {
                adsense: {
                    label: 'Google AdSense',
                    description: "Google's ads. Not switched on; if it ever is, only with your consent.",
                    disabled: true,
                    thirdParty: true,
                    hosts: ['googlesyndication.com', 'doubleclick.net'],
                    cookies: ['__gads', '__gpi', '__eoi'],
                },
            },
        },
    },
    texts: {
        body: 'No tracking, no ads. Optional cookies only save your settings; with Do Not Track, we set none.',
    },
};

/** Ready-made configs, one per seed policy, keyed by preset id (the drop-in's `data-preset`). */
const presets = { clickandchat, clientexec, chat4support, livechat, messageandchat };

/** A plain object literal (or page JSON), not an array, RegExp or class instance. */
const plain = (value) => {
    if (!value || typeof value !== 'object')
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
};
const merge = (base, over) => {
    if (!plain(base) || !plain(over))
        return over;
    const merged = { ...base };
    for (const key of Object.keys(over)) {
        // Overrides may come from page JSON: a `__proto__` key must not reach the setter.
        if (key === '__proto__')
            continue;
        // Own keys only: an override named `constructor` must not merge into Object's.
        const baseValue = hasOwn(base, key) ? base[key] : undefined;
        merged[key] = merge(baseValue, over[key]);
    }
    return merged;
};
/**
 * A preset with a site's changes on top. Plain objects merge key by key (categories,
 * services, texts, signals, model regions); everything else is replaced, arrays
 * included, so a site can narrow a service's `hosts`. Neither argument is changed.
 * @example
 * const config = extend(presets.livechat, {
 *   policyUrl: '/privacy',
 *   categories: { social: { services: { twitter: { disabled: true } } } },
 * })
 */
function extend(base, over) {
    return merge(base, over);
}

export { EUROPE, chat4support, clickandchat, clientexec, extend, livechat, messageandchat, optInEurope, presets };
