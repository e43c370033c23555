// Start Reply Coach in a page: the entrypoints call this with their site's adapter.

import type { SiteAdapter } from '../sites/types';
import { fallbackAdapter } from './fallback-adapter';
import { requestState, watchRemoteState, type RemoteState } from './remote';
import { Runtime, type RuntimeOptions } from './runtime';

export { Runtime, type RuntimeOptions } from './runtime';
export { fallbackAdapter } from './fallback-adapter';
export { backgroundAnalyzer, type Analyzer } from './remote';

/**
 * Start coaching with `adapter` (or the generic fallback). Settings and the send-gate mode come from
 * the background, which resolves them from extension storage (team pack < agent preferences < policy),
 * and follow its changes; the analysis runs in the background too (lib/runtime/remote.ts). Returns the
 * runtime; `stop()` removes every listener, observer, highlight and element it added.
 */
export function startReplyCoach(adapter: SiteAdapter | undefined, options: Partial<RuntimeOptions> = {}): Runtime {
  const rt = new Runtime(adapter ?? fallbackAdapter, options).start();
  // One running instance per page and world: a second start replaces the first.
  const g = globalThis as { __replyCoach?: Runtime };
  if (g.__replyCoach && g.__replyCoach !== rt) g.__replyCoach.stop();
  g.__replyCoach = rt;
  if (rt.options.messaging) {
    const apply = (s: RemoteState) => rt.configure({ settings: s.settings, sendGate: s.sendGate });
    rt.whenConfigured(requestState().then(apply));
    try {
      // Usage counts ('local:usage' in lib/storage-items.ts) change after every report: no settings there.
      rt.onStop(watchRemoteState(apply, ['usage']));
    } catch {
      /* no storage (tests) */
    }
  }
  return rt;
}
