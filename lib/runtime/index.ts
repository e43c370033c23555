// Start Reply Coach in a page: the entrypoints call this with their site's adapter.

import type { SiteAdapter } from '../sites/types';
import { fallbackAdapter } from './fallback-adapter';
import { Runtime, type RuntimeOptions } from './runtime';

export { Runtime, type RuntimeOptions } from './runtime';
export { fallbackAdapter } from './fallback-adapter';

/**
 * Start coaching with `adapter` (or the generic fallback). Returns the runtime; `stop()` removes every
 * listener, observer, highlight and element it added.
 */
export function startReplyCoach(adapter: SiteAdapter | undefined, options: Partial<RuntimeOptions> = {}): Runtime {
  const rt = new Runtime(adapter ?? fallbackAdapter, options).start();
  // One running instance per page: a re-injected script (extension reload) replaces the old one.
  const g = globalThis as { __replyCoach?: Runtime };
  if (g.__replyCoach && g.__replyCoach !== rt) g.__replyCoach.stop();
  g.__replyCoach = rt;
  return rt;
}
