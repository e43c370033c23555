// Settings resolve in one place: built-in defaults (in each rule's meta and rules/data) < the team pack <
// the agent's own preferences, with the organisation's enterprise policy over all of them.
// Pure: used by the options page, the content script and the tests alike.

import type { RuleSetting, Settings } from '../engine/types';

/** Layer `over` onto `base`: rule settings merge per field, phrase lists add up, scalars override. */
export function mergeSettings(base: Settings, over: Settings): Settings {
  const out: Settings = { ...base };
  if (over.model) out.model = over.model;
  if (over.signOff !== undefined) out.signOff = over.signOff;
  if (over.rules) {
    const rules: Record<string, RuleSetting> = { ...(base.rules ?? {}) };
    for (const [id, s] of Object.entries(over.rules)) {
      const prev = rules[id] ?? {};
      rules[id] = {
        ...prev,
        ...s,
        ...(prev.options || s.options ? { options: { ...(prev.options ?? {}), ...(s.options ?? {}) } } : {}),
      };
    }
    out.rules = rules;
  }
  if (over.phrases) {
    out.phrases = {
      negative: [...(base.phrases?.negative ?? []), ...(over.phrases.negative ?? [])],
      jargon: [...(base.phrases?.jargon ?? []), ...(over.phrases.jargon ?? [])],
      banned: [...(base.phrases?.banned ?? []), ...(over.phrases.banned ?? [])],
    };
  }
  return out;
}

export type SendGate = 'off' | 'warn' | 'block';

export interface Layers {
  team?: Settings | undefined;
  agent?: Settings | undefined;
  policy?: Settings | undefined;
}

export interface Resolved {
  settings: Settings;
  /** Rule ids whose settings the policy fixes (shown as locked; the agent's changes don't apply). */
  lockedRules: Set<string>;
  /** The model is fixed by policy. */
  modelLocked: boolean;
}

export function resolveSettings(layers: Layers): Resolved {
  let s: Settings = {};
  if (layers.team) s = mergeSettings(s, layers.team);
  if (layers.agent) s = mergeSettings(s, layers.agent);
  if (layers.policy) {
    // Policy wins: its rule settings replace whatever the agent chose for those rules.
    const policy = layers.policy;
    s = mergeSettings(s, { ...policy, ...(policy.rules ? { rules: {} } : {}) });
    if (policy.rules) s.rules = { ...(s.rules ?? {}), ...policy.rules };
  }
  return {
    settings: s,
    lockedRules: new Set(Object.keys(layers.policy?.rules ?? {})),
    modelLocked: Boolean(layers.policy?.model),
  };
}
