import './fake-browser';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { resolveState } from '../../lib/storage';

// The settings precedence: defaults < team pack < agent preference ("turn off for me" included) < policy.
const team = JSON.stringify({
  format: 'reply-coach-pack',
  version: 1,
  name: 'Team',
  model: 'HEAT',
  rules: {
    jargon: { severity: 'warning' },
    shouting: { enabled: false },
    'long-sentence': { options: { maxWords: 10 } },
  },
});
const policyPack = JSON.stringify({
  format: 'reply-coach-pack',
  version: 1,
  name: 'Org',
  rules: { placeholder: { severity: 'error' }, jargon: { severity: 'error' } },
});
const base = { teamText: null, prefs: {}, off: [] as string[], gate: 'warn' as const, managed: undefined };
const rule = (s: ReturnType<typeof resolveState>, id: string) => s.settings.rules?.[id] ?? {};

describe('settings precedence', () => {
  it('defaults apply when no layer says anything', () => {
    const s = resolveState(base);
    expect(s.settings).toEqual({});
    expect(analyze({ draft: 'Hi [NAME], done.' }, s.settings).findings.find((f) => f.ruleId === 'placeholder')?.severity).toBe('error'); // prettier-ignore
  });

  it('the team pack is over the defaults', () => {
    const s = resolveState({ ...base, teamText: team });
    expect(s.settings.model).toBe('HEAT');
    expect(rule(s, 'jargon').severity).toBe('warning');
    expect(rule(s, 'shouting').enabled).toBe(false);
  });

  it('the agent’s preference is over the team pack (model, severity, a rule the team turned off)', () => {
    const s = resolveState({
      ...base,
      teamText: team,
      prefs: { model: 'AAAA', rules: { jargon: { severity: 'suggestion' }, shouting: { enabled: true } } },
    });
    expect(s.settings.model).toBe('AAAA');
    expect(rule(s, 'jargon').severity).toBe('suggestion');
    expect(rule(s, 'shouting').enabled).toBe(true);
    // …and keeps what it does not say: the team's option stays.
    expect(rule(s, 'long-sentence').options).toEqual({ maxWords: 10 });
  });

  it('"turn off for me" turns a rule off over the team pack and the agent’s other choices, and undoes', () => {
    const draft = 'Hi Sam, our FRT is 2h. PLEASE reply.';
    const on = resolveState({ ...base, teamText: team, prefs: { rules: { jargon: { enabled: true } } } });
    expect(analyze({ draft }, on.settings).findings.some((f) => f.ruleId === 'jargon')).toBe(true);
    const off = resolveState({ ...base, teamText: team, prefs: { rules: { jargon: { enabled: true } } }, off: ['jargon'] }); // prettier-ignore
    expect(rule(off, 'jargon')).toMatchObject({ enabled: false, severity: 'warning' });
    expect(analyze({ draft }, off.settings).findings.some((f) => f.ruleId === 'jargon')).toBe(false);
    expect(off.agentOff).toEqual(['jargon']);
  });

  it('the policy is over everything, "turn off for me" included, and locks what it sets', () => {
    const s = resolveState({
      ...base,
      teamText: team,
      prefs: { model: 'AAAA', rules: { placeholder: { severity: 'suggestion' } } },
      off: ['jargon', 'placeholder'],
      gate: 'off',
      managed: { rulePack: policyPack, serviceModel: 'LAST', sendGate: 'block' },
    });
    expect(rule(s, 'placeholder')).toEqual({ severity: 'error' });
    expect(rule(s, 'jargon')).toEqual({ severity: 'error' });
    expect(s.settings.model).toBe('LAST');
    expect(s.sendGate).toBe('block');
    expect(s.sendGateLocked).toBe(true);
    expect([...s.lockedRules].sort()).toEqual(['jargon', 'placeholder']);
    // A rule the policy does not set stays the agent's to turn off.
    const t = resolveState({ ...base, off: ['shouting'], managed: { rulePack: policyPack } });
    expect(rule(t, 'shouting').enabled).toBe(false);
  });

  it('a malformed policy is reported and ignored entirely, never half-applied', () => {
    for (const managed of [
      { rulePack: policyPack, sendGate: 'warm' },
      { rulePack: policyPack.replace('"error"', '"fatal"'), sendGate: 'block' },
      { rulePack: '{"format": "reply-coach-pack",', serviceModel: 'LAST' },
      { rulePack: policyPack, serviceModel: 'LAST', sendGates: 'block' },
    ]) {
      const s = resolveState({ ...base, prefs: { rules: { placeholder: { severity: 'suggestion' } } }, gate: 'warn', managed }); // prettier-ignore
      expect(s.policyErrors.length, JSON.stringify(managed)).toBeGreaterThan(0);
      expect(rule(s, 'placeholder')).toEqual({ severity: 'suggestion' });
      expect(s.settings.model).toBeUndefined();
      expect(s.sendGate).toBe('warn');
      expect(s.sendGateLocked).toBe(false);
      expect(s.lockedRules.size).toBe(0);
    }
    const s = resolveState({ ...base, managed: { rulePack: policyPack, sendGate: 'warm', sendGates: 1 } });
    expect(s.policyErrors).toEqual([
      'sendGates: unknown policy setting — did you mean "sendGate"? (settings: rulePack, serviceModel, sendGate)',
      'sendGate: must be one of off, warn, block (got "warm")',
    ]);
  });
});
