import { startReplyCoach } from '../lib/runtime';
import { adapter } from '../lib/sites/generic/adapter';

export default defineContentScript({
  // Any site the agent turned Reply Coach on for. Not in the manifest: the background registers it with
  // scripting.registerContentScripts for exactly the origins the agent granted.
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main() {
    startReplyCoach(adapter);
  },
});
