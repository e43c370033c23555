import { startReplyCoach } from '../lib/runtime';
import { adapter as generic } from '../lib/sites/generic/adapter';

export default defineContentScript({
  // Freshdesk, Help Scout, Intercom and Front agent apps (one bundle; the adapter is picked by host).
  matches: [
    'https://*.freshdesk.com/*',
    'https://secure.helpscout.net/*',
    'https://app.intercom.com/*',
    'https://app.frontapp.com/*',
  ],
  runAt: 'document_idle',
  main() {
    const adapters = [generic]; // TODO(issue 4): the site adapters from lib/sites/<site> once they land
    startReplyCoach(adapters.find((a) => a.id !== 'generic' && a.matches(location, document)) ?? generic);
  },
});
