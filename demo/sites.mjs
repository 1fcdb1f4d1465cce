// The five mock sites: invented support-software vendors, each modeled on one seed policy.
// `markup(u, hostMode)` returns the page's gated elements; `u(standIn, file)` addresses a
// stand-in (see STAND_INS in server.mjs). `hostsFor` maps a preset's services to the
// stand-ins that play them, so under *.test names the demo adds their hosts to the config.
// `theme` is the site's brand: `brand` colours its own pages, and `consentry` sets the
// consent UI's CSS custom properties (`accent` becomes `--consentry-accent`), so the
// banner and dialog match the site. Every gated element carries `data-demo`, the name it
// reports to the inspector when it runs.

/** @typedef {(standIn: string, file: string) => string} StandInUrl */

const feature = (title, text) => `<li><h3>${title}</h3><p>${text}</p></li>`

/**
 * A script of the site's own, inline and held until its category (or service) is granted:
 * it sets one cookie and tells the inspector it ran (`demoRan`, from demo/watch.js).
 */
const ownScript = ({ category, service, name, cookie }) => {
  const serviceAttribute = service ? ` data-service="${service}"` : ''
  return `
<script type="text/plain" data-consent="${category}"${serviceAttribute} data-demo="${name}">
  document.cookie = ${cookie} + '; path=/; max-age=31536000'
  window.demoRan('${name}')
</script>`
}

/** Site code that adds a tag itself, unmarked (demo/insert.js): only `hosts` can hold it. */
const insertedTag = ({ comment, src, name }) => `
<!-- ${comment} -->
<script src="/demo/insert.js" data-insert="${src}" data-insert-name="${name}"></script>`

/** A stand-in script held until `category` (and `service`) is granted. */
const standInScript = ({ category, service, src, name }) =>
  `\n<script type="text/plain" data-consent="${category}" data-service="${service}" data-demo="${name}" src="${src}"></script>`

/** The return-visit cookie two of the sites set themselves (their policies name it). */
const returningVisits = ownScript({
  category: 'analytics',
  service: 'returning',
  name: 'returning',
  cookie: "'_rv=' + Date.now()",
})

export const sites = {
  clickandchat: {
    name: 'Bellhop Chat',
    tagline: 'Live chat that greets every visitor by the door.',
    pitch:
      'Put a friendly person on every page of your shop. Bellhop Chat answers questions while your customers browse, and shows you where they get stuck.',
    modeledOn: 'ClickAndChat (Glendale, CA), policy archived September 2016',
    updated: 'This policy is undated; the version it follows was published by September 2016.',
    theme: {
      // Bellhop's green and its pill-shaped buttons.
      brand: '#0b6e4f',
      consentry: { accent: '#0b6e4f', radius: '999px' },
    },
    collects:
      'When you register we ask for your name, contact details and payment details. Our cookies sign you in, remember your settings, count visits and the pages they take, and can replay a visit so we can fix what went wrong. We share none of this with anyone.',
    features: [
      feature('Greeters', 'Invite visitors to chat after they linger on a page.'),
      feature('Subscriber desk', 'A private area where your team picks up every conversation.'),
      feature('Visit replays', 'Watch how a visit went before you answer a ticket about it.'),
    ],
    hostsFor: {},
    /** @param {StandInUrl} u */
    markup: u =>
      [
        ownScript({ category: 'preferences', name: 'prefs', cookie: "'prefs=layout:wide'" }),
        standInScript({
          category: 'analytics',
          service: 'paths',
          src: u('stats', 'stats.js'),
          name: 'stats',
        }),
        standInScript({
          category: 'analytics',
          service: 'recording',
          src: u('recorder', 'recorder.js'),
          name: 'recorder',
        }),
        returningVisits,
      ].join(''),
  },

  clientexec: {
    name: 'Ledgerline',
    tagline: 'Billing and a help desk for web hosts, in one place.',
    pitch:
      'Invoices go out on time, tickets land in one queue, and your clients sign in to a single portal to pay and ask for help.',
    modeledOn: 'Clientexec, policy effective 5 April 2014',
    updated: 'This policy took effect on 5 April 2014.',
    theme: {
      // Ledgerline's violet, with the square corners of a ledger.
      brand: '#5a3fc0',
      consentry: { accent: '#5a3fc0', radius: '2px' },
    },
    collects:
      'When you sign up we ask for your name, company, contact and card details; a card processor handles payments for us. Our servers log your IP address, browser and the pages you ask for. Cookies sign you in, keep you signed in if you ask, remember your settings and hold a little data on how you use the site.',
    features: [
      feature(
        'Automatic invoices',
        'Recurring billing with reminders that stop once a bill is paid.',
      ),
      feature('One ticket queue', 'Email, chat and portal requests arrive in the same list.'),
      feature(
        'Client portal',
        'Customers sign in, stay signed in, and find everything they bought.',
      ),
    ],
    hostsFor: {},
    markup: u =>
      [
        ownScript({ category: 'preferences', name: 'prefs', cookie: "'prefs=currency:USD'" }),
        standInScript({
          category: 'analytics',
          service: 'behavior',
          src: u('stats', 'stats.js'),
          name: 'stats',
        }),
      ].join(''),
  },

  chat4support: {
    name: 'HelpHarbor',
    tagline: 'Chat support, staffed day and night.',
    pitch:
      'Our agents answer your customers in chat around the clock, under your brand, and hand you a tidy summary every morning.',
    modeledOn: 'Chat4Support, policy last updated August 2006 (archived 2008)',
    updated: 'This policy was last updated in August 2006.',
    theme: {
      // HelpHarbor's rust on warm paper, with soft corners.
      brand: '#b4462b',
      consentry: {
        accent: '#b4462b',
        bg: '#fff8f2',
        text: '#2b1d16',
        border: '#8a6a5c',
        radius: '0.75em',
      },
    },
    collects:
      'When you buy we ask for your contact and billing details. We note the pages you view and the links you click, in cookies and in our server logs, and cookies tell us when a customer returns. You need cookies to sign in.',
    features: [
      feature('Agents on call', 'Trained people answer in your name at any hour.'),
      feature('Returning customers', 'Agents see when someone has been here before.'),
      feature('Morning summary', 'What was asked overnight, and what is still open.'),
    ],
    hostsFor: {},
    markup: u =>
      [
        ownScript({ category: 'preferences', name: 'prefs', cookie: "'prefs=agent:any'" }),
        standInScript({
          category: 'analytics',
          service: 'paths',
          src: u('stats', 'stats.js'),
          name: 'stats',
        }),
        returningVisits,
      ].join(''),
  },

  livechat: {
    name: 'Talkwise',
    tagline: 'Live chat software for teams that sell online.',
    pitch:
      'Chat with visitors, see your queue and satisfaction scores, and plug in the tools you already use. Try it free for 30 days.',
    modeledOn: 'LiveChat, Inc. (Chapel Hill, NC), policy last edited 28 June 2013',
    updated: 'This policy took effect on 23 May 2012 and was last edited on 28 June 2013.',
    theme: {
      // Talkwise's red, with the rounded corners of its chat bubbles.
      brand: '#d2403a',
      consentry: { accent: '#d2403a', radius: '6px' },
    },
    collects:
      "When you register we ask for your name, company, website and contact details, and card details after the free trial. Cookies recognise you when you sign in. A measurement partner uses invisible images to see which content works, our mobile app reports how it is used, and social plugins from Facebook, Twitter and ShareThis may set cookies of their own. Add-ons you connect to the chat follow their makers' policies.",
    features: [
      feature('Team inbox', 'Every chat, its transcript and its rating in one view.'),
      feature('Mobile app', 'Answer from your phone when you are away from the desk.'),
      feature('Add-ons', 'Connect translation, CRM and helpdesk tools to the chat window.'),
    ],
    hostsFor: {
      beacons: 'beacon',
      facebook: 'facebook',
      sharethis: 'sharethis',
      twitter: 'twitter',
      addons: 'addon',
    },
    markup: (u, hostMode) => {
      const social = `
<section class="social" aria-label="From our community">
  <h2>What customers say</h2>
  <iframe title="Customer posts on Twitter" data-consent="social" data-service="twitter" data-demo="twitter-timeline" data-src="${u('twitter', 'timeline.html')}" width="320" height="190"></iframe>
  <iframe title="Like us on Facebook" data-consent="social" data-service="facebook" data-demo="facebook-like" data-src="${u('facebook', 'like.html')}" width="320" height="60"></iframe>
  <div class="share" data-share-buttons></div>
  <h2>From the blog</h2>
  <iframe title="Blog comments" data-consent="social" data-service="facebook" data-demo="facebook-comments" data-src="${u('facebook', 'comments.html')}" width="320" height="150"></iframe>
</section>
<img alt="" class="pixel" data-consent="analytics" data-service="beacons" data-demo="beacon" data-src="${u('beacon', 'px.gif')}" width="1" height="1">`
      const parts = [
        social,
        standInScript({
          category: 'social',
          service: 'facebook',
          src: u('facebook', 'sdk.js'),
          name: 'facebook',
        }),
        standInScript({
          category: 'social',
          service: 'sharethis',
          src: u('sharethis', 'buttons.js'),
          name: 'sharethis',
        }),
        standInScript({
          category: 'chat',
          service: 'addons',
          src: u('addon', 'addon.js'),
          name: 'addon',
        }),
      ]
      if (hostMode)
        parts.push(
          insertedTag({
            comment:
              'Site code that adds a tag itself, unmarked: only the hosts of the service can hold it.',
            src: u('addon', 'addon.js?inserted=1'),
            name: 'addon-inserted',
          }),
        )
      return parts.join('')
    },
  },

  messageandchat: {
    name: 'Lindenpost',
    tagline: 'Messages and chat for customer care, from the Netherlands.',
    pitch:
      'Answer email, chat and phone notes from one calm inbox. No tracking of your visitors, and no ads, ever while they ask us not to.',
    modeledOn: 'Message and chat (Leiden, NL), undated policy',
    updated: 'This policy is undated.',
    theme: {
      // Lindenpost's calm deep teal: a dark banner on a light site.
      brand: '#1f6f8b',
      consentry: {
        bg: '#0f3440',
        text: '#eef7f9',
        accent: '#9bd8ea',
        'button-text': '#0b2730',
        border: '#8fb4bf',
        radius: '0.4em',
      },
    },
    collects:
      'When you chat or register we may ask for your email address or phone number so we can help you and follow up. We use no cookies for tracking, allow no one else to track you here, and show no ads. If your browser sends Do Not Track, we set no cookies at all.',
    features: [
      feature('One inbox', 'Chat, email and phone notes side by side.'),
      feature('Follow-ups', 'Pick up a conversation where the last one ended.'),
      feature(
        'Quiet by design',
        'No trackers, and no cookies at all when the browser asks for none.',
      ),
    ],
    hostsFor: { adsense: 'ads' },
    markup: (u, hostMode) => {
      const parts = [
        ownScript({ category: 'preferences', name: 'prefs', cookie: "'prefs=inbox:compact'" }),
        `
<aside class="ad-slot" aria-label="Advertisement"><ins class="adsbygoogle">Ad space (not in use)</ins></aside>`,
        standInScript({
          category: 'marketing',
          service: 'adsense',
          src: u('ads', 'adsbygoogle.js'),
          name: 'ads',
        }),
      ]
      if (hostMode)
        parts.push(
          insertedTag({
            comment:
              'A plugin adding the ad tag itself, unmarked: AdSense is disabled, so its hosts stay blocked.',
            src: u('ads', 'adsbygoogle.js?inserted=1'),
            name: 'ads-inserted',
          }),
        )
      return parts.join('')
    },
  },
}
