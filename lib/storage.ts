// Where settings live in the browser, and how they resolve (lowest first):
//   built-in defaults   each rule's meta and rules/data
//   local:teamPack      the team's rule pack (JSON text, validated and its examples run before it is saved)
//   local:agentPrefs    the agent's own choices on the options page (rules, severities, model, lists)
//   local:agentOff      rules the agent turned off for themselves from the side panel ("turn off for me")
//   managed:*           enterprise policy (public/managed-schema.json): rulePack, serviceModel, sendGate —
//                       over everything else, shown as locked; a malformed policy is ignored whole.
//   local:sendGate      off / warn / block (under a policy sendGate)
//   local:usage         usage counts, numbers only (lib/usage.ts); written by the background alone

import { browser } from 'wxt/browser';
import type { ServiceModelId, Settings } from './engine/types';
import { ruleCatalog as rules } from '../rules/catalog';
import { mergeSettings, resolveSettings, type Resolved, type SendGate } from './packs/merge';
import { packToSettings, parsePack, type RulePack } from './packs/pack';
import { NO_POLICY, validatePolicy, type Policy } from './packs/policy';
import type { TestedPack } from './packs/examples';
import { emptyUsage, sanitizeUsage, type Usage } from './usage';

import { agentOffItem, agentPrefsItem, sendGateItem, teamPackItem, usageItem } from './storage-items';

export * from './storage-items';

const SEND_GATES: SendGate[] = ['off', 'warn', 'block'];

export interface ResolvedState extends Resolved {
  sendGate: SendGate;
  sendGateLocked: boolean;
  teamPack: RulePack | null;
  policyPack: RulePack | null;
  /** The policy in force (NO_POLICY when there is none, or it is malformed). */
  policy: Policy;
  /** A malformed policy: every problem, in words. The policy is then ignored entirely. */
  policyErrors: string[];
  /** Rules the agent turned off for themselves ("turn off for me"), still off after the policy. */
  agentOff: string[];
}

async function readManaged(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return undefined;
    const all = await area.get(null);
    return Object.keys(all ?? {}).length ? all : undefined;
  } catch {
    // No managed storage (Firefox without policies, or not configured): no policy.
    return undefined;
  }
}

function parseStoredPack(text: string | null): RulePack | null {
  if (!text) return null;
  const r = parsePack(text, rules);
  return r.ok ? r.pack : null;
}

/** The agent's layer: their options-page choices, then the rules they turned off for themselves. */
export function agentLayer(prefs: Settings, off: readonly string[]): Settings {
  const offRules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
  return off.length ? mergeSettings(prefs ?? {}, { rules: offRules }) : (prefs ?? {});
}

/** Resolve the layers: defaults < team pack < agent (prefs, "turn off for me") < policy. Pure. */
export function resolveState(input: {
  teamText: string | null;
  prefs: Settings;
  off: string[];
  gate: SendGate;
  managed: unknown;
}): ResolvedState {
  const teamPack = parseStoredPack(input.teamText);
  const checked = validatePolicy(input.managed, rules);
  const policy = checked.ok ? checked.policy : NO_POLICY;
  const policySettings = policyLayer(policy);
  const off = Array.isArray(input.off) ? input.off.filter((x) => typeof x === 'string') : [];
  const resolved = resolveSettings({
    team: teamPack ? packToSettings(teamPack) : undefined,
    agent: agentLayer(input.prefs, off),
    policy: policySettings,
  });
  return {
    ...resolved,
    sendGate: policy.sendGate ?? (SEND_GATES.includes(input.gate) ? input.gate : 'warn'),
    sendGateLocked: policy.sendGate !== null,
    teamPack,
    policyPack: policy.pack,
    policy,
    policyErrors: checked.ok ? [] : checked.errors,
    agentOff: off,
  };
}

function policyLayer(policy: Policy): Settings {
  const s: Settings = policy.pack ? packToSettings(policy.pack) : {};
  if (policy.serviceModel) s.model = policy.serviceModel as ServiceModelId;
  return s;
}

/**
 * The settings an agent would get with `prefs` in place of their saved preferences (the options page's
 * unsaved edits) and, optionally, another team pack (one being tried out before it is imported).
 */
export function previewSettings(state: ResolvedState, prefs: Settings, team?: RulePack | null): Resolved {
  const pack = team === undefined ? state.teamPack : team;
  return resolveSettings({
    team: pack ? packToSettings(pack) : undefined,
    agent: agentLayer(prefs, state.agentOff),
    policy: policyLayer(state.policy),
  });
}

export async function loadState(): Promise<ResolvedState> {
  const [teamText, prefs, off, gate, managed] = await Promise.all([
    teamPackItem.getValue(),
    agentPrefsItem.getValue(),
    agentOffItem.getValue(),
    sendGateItem.getValue(),
    readManaged(),
  ]);
  return resolveState({ teamText, prefs, off, gate, managed });
}

/**
 * Validate a team pack and run its examples (`test` is lib/packs/examples' testPack, which brings in the
 * engine: the options page loads it on demand); save it only when both pass. On any problem nothing is
 * saved and the settings in force stay.
 */
export async function importTeamPack(text: string, test: (text: string) => TestedPack): Promise<TestedPack> {
  const tested = test(text);
  if (tested.result.ok) await teamPackItem.setValue(text);
  return tested;
}

export async function clearTeamPack(): Promise<void> {
  await teamPackItem.setValue(null);
}

export async function readUsage(): Promise<Usage> {
  return sanitizeUsage(await usageItem.getValue());
}

export async function resetUsage(): Promise<void> {
  await usageItem.setValue(emptyUsage());
}

/** Call back whenever any layer changes (another tab, the options page, a policy update). */
export function watchState(cb: (s: ResolvedState) => void): () => void {
  const reload = () => void loadState().then(cb);
  const unwatch = [
    teamPackItem.watch(reload),
    agentPrefsItem.watch(reload),
    agentOffItem.watch(reload),
    sendGateItem.watch(reload),
  ];
  // Policy updates arrive as changes to the managed area.
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  try {
    browser.storage.onChanged.addListener(onChanged);
  } catch {
    /* no storage events (tests) */
  }
  return () => {
    unwatch.forEach((u) => u());
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      /* the context is gone */
    }
  };
}
