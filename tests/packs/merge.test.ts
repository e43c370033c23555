import { describe, expect, it } from 'vitest';
import { mergeSettings, resolveSettings } from '../../lib/packs/merge';

describe('settings layers', () => {
  it('merges rule settings per field and adds phrase lists', () => {
    const m = mergeSettings(
      {
        rules: { jargon: { severity: 'warning', options: { a: 1 } } },
        phrases: { jargon: [{ term: 'SLA', plain: ['x'] }] },
      },
      {
        rules: { jargon: { enabled: false, options: { b: 2 } } },
        phrases: { jargon: [{ term: 'FRT', plain: ['y'] }] },
      },
    );
    expect(m.rules?.jargon).toEqual({ severity: 'warning', enabled: false, options: { a: 1, b: 2 } });
    expect(m.phrases?.jargon?.map((j) => j.term)).toEqual(['SLA', 'FRT']);
  });

  it('lets the agent override the team pack, and policy override both', () => {
    const r = resolveSettings({
      team: { model: 'HEAT', rules: { jargon: { enabled: false } } },
      agent: { model: 'AAAA', rules: { jargon: { enabled: true }, blame: { enabled: false } } },
      policy: { rules: { blame: { enabled: true, severity: 'error' } } },
    });
    expect(r.settings.model).toBe('AAAA');
    expect(r.settings.rules?.jargon?.enabled).toBe(true);
    expect(r.settings.rules?.blame).toEqual({ enabled: true, severity: 'error' });
    expect([...r.lockedRules]).toEqual(['blame']);
    expect(r.modelLocked).toBe(false);
    expect(resolveSettings({ agent: { model: 'AAAA' }, policy: { model: 'LAST' } }).settings.model).toBe('LAST');
  });
});
