import { startReplyCoach } from '../lib/runtime';
import { adapter } from '../lib/sites/gmail/adapter';

export default defineContentScript({
  // Gmail: compose windows and inline replies at https://mail.google.com/mail/...
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {
    startReplyCoach(adapter);
  },
});
