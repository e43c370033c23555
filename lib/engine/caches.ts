// Every cache the engine keeps between analyses, in one place: a test analyses with them warm and again after
// clearCaches(), and the reports must be the same (tests/engine/cache-equivalence.test.ts). Caches of pure
// functions of their key alone (compiled phrase patterns) need no clearing and are not listed.

import { clearConsumerRightsCache } from '../../rules/consumer-rights';
import { clearLongSentenceCache } from '../../rules/long-sentence';
import { clearPassiveCache } from '../../rules/passive-evasion';
import { clearSensitiveCache } from '../../rules/sensitive-data';
import { clearShoutingCache } from '../../rules/shouting';
import { clearVagueCache } from '../../rules/vague-timeframe';
import { clearCustomerCache } from './customer';
import { clearLanguageCache } from './language';
import { clearParses } from './nlp';
import { clearNormalized } from './normalize';
import { clearLineMatches } from './phrases';
import { clearAcknowledgementCache } from './signals/acknowledgement';
import { clearApologyCache } from './signals/apology';
import { clearBlameCache } from './signals/blame';
import { clearNextStepCache } from './signals/next-step';
import { clearPolitenessCache } from './signals/politeness';
import { clearSentiment } from './signals/sentiment';
import { clearTimeCache } from './signals/time';
import { clearTextCache } from './text';

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
  clearTextCache();
  clearLanguageCache();
  clearNextStepCache();
  clearApologyCache();
  clearAcknowledgementCache();
  clearPassiveCache();
  clearConsumerRightsCache();
  clearShoutingCache();
  clearLongSentenceCache();
  clearSensitiveCache();
  clearVagueCache();
}
