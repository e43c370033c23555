// Where settings live in the browser, and how they resolve:
//   local:teamPack   the team's rule pack (JSON text, validated before it is saved)
//   local:agentPrefs the agent's own choices (rules on/off, severities, model)
//   local:sendGate   off / warn / block
//   managed:*        enterprise policy (public/managed-schema.json): rulePack, serviceModel, sendGate —
//                    over everything else, shown as locked.

import { storage } from 'wxt/utils/storage';
import type { ServiceModelId, Settings } from './engine/types';
import { isServiceModel } from './engine/checklist';
import { rules } from '../rules/index';
import { resolveSettings, type Resolved, type SendGate } from './packs/merge';
import { packToSettings, parsePack, type PackResult, type RulePack } from './packs/pack';

export const teamPackItem = storage.defineItem<string | null>('local:teamPack', { fallback: null });
export const agentPrefsItem = storage.defineItem<Settings>('local:agentPrefs', { fallback: {} });
export const sendGateItem = storage.defineItem<SendGate>('local:sendGate', { fallback: 'warn' });

const SEND_GATES: SendGate[] = ['off', 'warn', 'block'];

export interface ResolvedState extends Resolved {
  sendGate: SendGate;
  sendGateLocked: boolean;
  teamPack: RulePack | null;
  policyPack: RulePack | null;
  /** A policy pack that failed validation (the rest of the policy still applies). */
  policyError: string | null;
}

async function readManaged(): Promise<{ rulePack?: unknown; serviceModel?: unknown; sendGate?: unknown }> {
  try {
    const [rulePack, serviceModel, sendGate] = await Promise.all([
      storage.getItem<unknown>('managed:rulePack'),
      storage.getItem<unknown>('managed:serviceModel'),
      storage.getItem<unknown>('managed:sendGate'),
    ]);
    return { rulePack, serviceModel, sendGate };
  } catch {
    // No managed storage (Firefox without policies, or not configured): no policy.
    return {};
  }
}

function parseStoredPack(text: string | null): RulePack | null {
  if (!text) return null;
  const r = parsePack(text, rules);
  return r.ok ? r.pack : null;
}

export async function loadState(): Promise<ResolvedState> {
  const [teamText, agent, gate, managed] = await Promise.all([
    teamPackItem.getValue(),
    agentPrefsItem.getValue(),
    sendGateItem.getValue(),
    readManaged(),
  ]);
  const teamPack = parseStoredPack(teamText);
  let policyPack: RulePack | null = null;
  let policyError: string | null = null;
  if (typeof managed.rulePack === 'string' && managed.rulePack.trim()) {
    const r = parsePack(managed.rulePack, rules);
    if (r.ok) policyPack = r.pack;
    else policyError = r.issues.map((i) => `line ${i.line}: ${i.path}: ${i.message}`).join('; ');
  }
  const policy: Settings = policyPack ? packToSettings(policyPack) : {};
  if (isServiceModel(managed.serviceModel)) policy.model = managed.serviceModel as ServiceModelId;
  const resolved = resolveSettings({
    team: teamPack ? packToSettings(teamPack) : undefined,
    agent,
    policy,
  });
  const policyGate = SEND_GATES.includes(managed.sendGate as SendGate) ? (managed.sendGate as SendGate) : null;
  return {
    ...resolved,
    sendGate: policyGate ?? (SEND_GATES.includes(gate) ? gate : 'warn'),
    sendGateLocked: policyGate !== null,
    teamPack,
    policyPack,
    policyError,
  };
}

/** Validate and save a team pack. On any error nothing is saved and the settings in force stay. */
export async function importTeamPack(text: string): Promise<PackResult> {
  const r = parsePack(text, rules);
  if (r.ok) await teamPackItem.setValue(text);
  return r;
}

export async function clearTeamPack(): Promise<void> {
  await teamPackItem.setValue(null);
}

/** Call back whenever any layer changes (another tab, the options page, a policy update). */
export function watchState(cb: (s: ResolvedState) => void): () => void {
  const reload = () => void loadState().then(cb);
  const unwatch = [teamPackItem.watch(reload), agentPrefsItem.watch(reload), sendGateItem.watch(reload)];
  return () => unwatch.forEach((u) => u());
}
