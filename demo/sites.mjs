// The five mock sites: invented support-software vendors, each modeled on one seed policy.
// `markup(u, hostMode)` returns the page's gated elements; `u(standIn, file)` addresses a
// stand-in (see STAND_INS in server.mjs). `hostsFor` maps a preset's services to the
// stand-ins that play them, so under *.test names the demo adds their hosts to the config.

/** @typedef {(standIn: string, file: string) => string} StandInUrl */

const feature = (title, text) => `<li><h3>${title}</h3><p>${text}</p></li>`

export const sites = {
  clickandchat: {
    name: 'Bellhop Chat',
    tagline: 'Live chat that greets every visitor by the door.',
    pitch:
      'Put a friendly person on every page of your shop. Bellhop Chat answers questions while your customers browse, and shows you where they get stuck.',
    modeledOn: 'ClickAndChat (Glendale, CA), policy archived September 2016',
    collects:
      'When you register we ask for your name, contact details and payment details. Our cookies sign you in, remember your settings, count visits and the pages they take, and can replay a visit so we can fix what went wrong. We share none of this with anyone.',
    features: [
      feature('Greeters', 'Invite visitors to chat after they linger on a page.'),
      feature('Subscriber desk', 'A private area where your team picks up every conversation.'),
      feature('Visit replays', 'Watch how a visit went before you answer a ticket about it.'),
    ],
    hostsFor: {},
    /** @param {StandInUrl} u */
    markup: u => `
<script type="text/plain" data-consent="preferences">
  document.cookie = 'prefs=layout:wide; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('prefs')
</script>
<script type="text/plain" data-consent="analytics" data-service="paths" src="${u('stats', 'stats.js')}"></script>
<script type="text/plain" data-consent="analytics" data-service="recording" src="${u('recorder', 'recorder.js')}"></script>
<script type="text/plain" data-consent="analytics" data-service="returning">
  document.cookie = '_rv=' + Date.now() + '; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('returning')
</script>`,
  },

  clientexec: {
    name: 'Ledgerline',
    tagline: 'Billing and a help desk for web hosts, in one place.',
    pitch:
      'Invoices go out on time, tickets land in one queue, and your clients sign in to a single portal to pay and ask for help.',
    modeledOn: 'Clientexec, policy effective 5 April 2014',
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
    markup: u => `
<script type="text/plain" data-consent="preferences">
  document.cookie = 'prefs=currency:USD; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('prefs')
</script>
<script type="text/plain" data-consent="analytics" data-service="behavior" src="${u('stats', 'stats.js')}"></script>`,
  },

  chat4support: {
    name: 'HelpHarbor',
    tagline: 'Chat support, staffed day and night.',
    pitch:
      'Our agents answer your customers in chat around the clock, under your brand, and hand you a tidy summary every morning.',
    modeledOn: 'Chat4Support, policy last updated August 2006 (archived 2008)',
    collects:
      'When you buy we ask for your contact and billing details. We note the pages you view and the links you click, in cookies and in our server logs, and cookies tell us when a customer returns. You need cookies to sign in.',
    features: [
      feature('Agents on call', 'Trained people answer in your name at any hour.'),
      feature('Returning customers', 'Agents see when someone has been here before.'),
      feature('Morning summary', 'What was asked overnight, and what is still open.'),
    ],
    hostsFor: {},
    markup: u => `
<script type="text/plain" data-consent="preferences">
  document.cookie = 'prefs=agent:any; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('prefs')
</script>
<script type="text/plain" data-consent="analytics" data-service="paths" src="${u('stats', 'stats.js')}"></script>
<script type="text/plain" data-consent="analytics" data-service="returning">
  document.cookie = '_rv=' + Date.now() + '; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('returning')
</script>`,
  },

  livechat: {
    name: 'Talkwise',
    tagline: 'Live chat software for teams that sell online.',
    pitch:
      'Chat with visitors, see your queue and satisfaction scores, and plug in the tools you already use. Try it free for 30 days.',
    modeledOn: 'LiveChat, Inc. (Chapel Hill, NC), policy last edited 28 June 2013',
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
    markup: (u, hostMode) => `
<section class="social" aria-label="From our community">
  <h2>What customers say</h2>
  <iframe title="Customer posts on Twitter" data-consent="social" data-service="twitter" data-src="${u('twitter', 'timeline.html')}" width="320" height="190"></iframe>
  <iframe title="Like us on Facebook" data-consent="social" data-service="facebook" data-src="${u('facebook', 'like.html')}" width="320" height="60"></iframe>
  <div class="share" data-share-buttons></div>
  <h2>From the blog</h2>
  <iframe title="Blog comments" data-consent="social" data-service="facebook" data-src="${u('facebook', 'comments.html')}" width="320" height="150"></iframe>
</section>
<img alt="" class="pixel" data-consent="analytics" data-service="beacons" data-src="${u('beacon', 'px.gif')}" width="1" height="1">
<script type="text/plain" data-consent="social" data-service="facebook" src="${u('facebook', 'sdk.js')}"></script>
<script type="text/plain" data-consent="social" data-service="sharethis" src="${u('sharethis', 'buttons.js')}"></script>
<script type="text/plain" data-consent="chat" data-service="addons" src="${u('addon', 'addon.js')}"></script>${
      hostMode
        ? `
<!-- Site code that adds a tag itself, unmarked: only the service's hosts can hold it. -->
<script src="/demo/insert.js" data-insert="${u('addon', 'addon.js?inserted=1')}"></script>`
        : ''
    }`,
  },

  messageandchat: {
    name: 'Lindenpost',
    tagline: 'Messages and chat for customer care, from the Netherlands.',
    pitch:
      'Answer email, chat and phone notes from one calm inbox. No tracking of your visitors, and no ads, ever while they ask us not to.',
    modeledOn: 'Message and chat (Leiden, NL), undated policy',
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
    markup: (u, hostMode) => `
<script type="text/plain" data-consent="preferences">
  document.cookie = 'prefs=inbox:compact; path=/; max-age=31536000'
  ;(window.demoLog = window.demoLog || []).push('prefs')
</script>
<aside class="ad-slot" aria-label="Advertisement"><ins class="adsbygoogle">Ad space (not in use)</ins></aside>
<script type="text/plain" data-consent="marketing" data-service="adsense" src="${u('ads', 'adsbygoogle.js')}"></script>${
      hostMode
        ? `
<!-- A plugin adding the ad tag itself, unmarked: AdSense is disabled, so its hosts stay blocked. -->
<script src="/demo/insert.js" data-insert="${u('ads', 'adsbygoogle.js?inserted=1')}"></script>`
        : ''
    }`,
  },
}
