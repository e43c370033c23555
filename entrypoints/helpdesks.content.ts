import { startReplyCoach } from '../lib/runtime';
import { adapter as freshdesk } from '../lib/sites/freshdesk/adapter';
import { adapter as front } from '../lib/sites/front/adapter';
import { adapter as generic } from '../lib/sites/generic/adapter';
import { adapter as helpscout } from '../lib/sites/helpscout/adapter';
import { adapter as intercom } from '../lib/sites/intercom/adapter';

export default defineContentScript({
  // Freshdesk, Help Scout, Intercom and Front agent apps (one bundle; the adapter is picked by host).
  matches: [
    'https://*.freshdesk.com/*',
    'https://*.myfreshworks.com/*',
    'https://secure.helpscout.net/*',
    'https://app.intercom.com/*',
    'https://app.eu.intercom.com/*',
    'https://app.au.intercom.com/*',
    'https://app.frontapp.com/*',
  ],
  runAt: 'document_idle',
  main() {
    const site = [freshdesk, helpscout, intercom, front].find((a) => a.matches(location, document));
    startReplyCoach(site ?? generic);
  },
});
