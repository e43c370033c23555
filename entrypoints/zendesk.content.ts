import { startReplyCoach } from '../lib/runtime';
import { adapter } from '../lib/sites/zendesk/adapter';

export default defineContentScript({
  // Zendesk agent workspace: tickets open at https://<subdomain>.zendesk.com/agent/tickets/<id>
  matches: ['https://*.zendesk.com/*'],
  runAt: 'document_idle',
  main() {
    startReplyCoach(adapter);
  },
});
