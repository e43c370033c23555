// Every cache the engine keeps between analyses, in one place: a test analyses with them warm and again after
// clearCaches(), and the reports must be the same (tests/engine/cache-equivalence.test.ts). Caches of pure
// functions of their key alone (compiled phrase patterns) need no clearing and are not listed.

import { clearCustomerCache } from './customer';
import { clearParses } from './nlp';
import { clearNormalized } from './normalize';
import { clearLineMatches } from './phrases';
import { clearBlameCache } from './signals/blame';
import { clearPolitenessCache } from './signals/politeness';
import { clearSentiment } from './signals/sentiment';
import { clearTimeCache } from './signals/time';

/** Forget everything cached from earlier analyses: the next one starts cold. */
export function clearCaches(): void {
  clearParses();
  clearSentiment();
  clearCustomerCache();
  clearNormalized();
  clearLineMatches();
  clearBlameCache();
  clearPolitenessCache();
  clearTimeCache();
}
