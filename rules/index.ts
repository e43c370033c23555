// The registry of built-in rules. A rule is added by adding rules/<id>.ts, its tests in
// tests/rules/<id>.test.ts and a line here; tests/meta/rules.test.ts checks all three.

import type { Rule } from '../lib/engine/types';
import negativeLanguage from './negative-language';
import blame from './blame';
import nonApology from './non-apology';
import missingApology from './missing-apology';
import missingAcknowledgement from './missing-acknowledgement';
import alreadyProvided from './already-provided';
import jargon from './jargon';
import missingNextStep from './missing-next-step';
import vagueTimeframe from './vague-timeframe';
import missingClosing from './missing-closing';
import missingThanks from './missing-thanks';
import missingGreeting from './missing-greeting';
import escalationHandover from './escalation-handover';
import placeholder from './placeholder';
import sensitiveData from './sensitive-data';
import consumerRights from './consumer-rights';
import inclusiveLanguage from './inclusive-language';
import shouting from './shouting';
import longSentence from './long-sentence';
import passiveEvasion from './passive-evasion';
import curtTone from './curt-tone';

export const rules: readonly Rule[] = [
  negativeLanguage,
  blame,
  nonApology,
  missingApology,
  missingAcknowledgement,
  alreadyProvided,
  jargon,
  missingNextStep,
  vagueTimeframe,
  missingClosing,
  missingThanks,
  missingGreeting,
  escalationHandover,
  placeholder,
  sensitiveData,
  consumerRights,
  inclusiveLanguage,
  shouting,
  longSentence,
  passiveEvasion,
  curtTone,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
