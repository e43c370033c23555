// The storage items themselves, without the pack validation and the rules (lib/storage.ts adds those):
// the background and the side panel import this, so they do not load the rule engine.

import { storage } from 'wxt/utils/storage';
import type { Settings } from './engine/types';
import type { SendGate } from './packs/merge';
import { addUsage, emptyUsage, sanitizeUsage, type Usage, type UsageEvent } from './usage';

export const teamPackItem = storage.defineItem<string | null>('local:teamPack', { fallback: null });
export const agentPrefsItem = storage.defineItem<Settings>('local:agentPrefs', { fallback: {} });
export const agentOffItem = storage.defineItem<string[]>('local:agentOff', { fallback: [] });
export const sendGateItem = storage.defineItem<SendGate>('local:sendGate', { fallback: 'warn' });
export const usageItem = storage.defineItem<Usage>('local:usage', { fallback: emptyUsage() });

/** "Turn off for me": the rule stays off for this agent until undone (a policy setting still wins). */
export async function turnOffForMe(ruleId: string): Promise<void> {
  const off = await agentOffItem.getValue();
  if (!off.includes(ruleId)) await agentOffItem.setValue([...off, ruleId]);
}

export async function turnBackOn(ruleId: string): Promise<void> {
  const off = await agentOffItem.getValue();
  if (off.includes(ruleId)) await agentOffItem.setValue(off.filter((x) => x !== ruleId));
}

/**
 * Rule ids the enterprise policy's pack sets (they are locked: "turn off for me" cannot change them).
 * A cheap read for the side panel; the full check (lib/packs/policy.ts) ignores a malformed policy.
 */
export async function policyRuleIds(): Promise<string[]> {
  try {
    const text = await storage.getItem<unknown>('managed:rulePack');
    if (typeof text !== 'string') return [];
    const rules = (JSON.parse(text) as { rules?: unknown }).rules;
    return rules && typeof rules === 'object' && !Array.isArray(rules) ? Object.keys(rules) : [];
  } catch {
    return [];
  }
}

let writing: Promise<void> = Promise.resolve();

/** Add usage events to local:usage, one write at a time (the background is the only caller). */
export function countUsage(events: readonly UsageEvent[]): Promise<void> {
  writing = writing
    .then(async () => usageItem.setValue(addUsage(sanitizeUsage(await usageItem.getValue()), events)))
    .catch(() => undefined);
  return writing;
}
