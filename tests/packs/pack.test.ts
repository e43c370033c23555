import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { packToSettings, parsePack, settingsToPack } from '../../lib/packs/pack';
import { rules } from '../../rules/index';

const good = `{
  "format": "reply-coach-pack",
  "version": 1,
  "name": "Acme",
  "model": "HEAT",
  "rules": {
    "placeholder": { "severity": "warning" }
  },
  "phrases": {
    "negative": [{ "phrase": "no can do", "replacements": ["Here's what I can do"] }],
    "jargon": [{ "term": "FRT", "plain": ["first reply time"] }],
    "banned": [{ "phrase": "per policy" }]
  }
}`;

describe('rule packs', () => {
  it('accepts a valid pack and turns it into settings', () => {
    const res = parsePack(good, rules);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const settings = packToSettings(res.pack);
    expect(settings.model).toBe('HEAT');
    const report = analyze({ draft: 'Hi [NAME]' }, settings);
    expect(report.findings.find((f) => f.ruleId === 'placeholder')?.severity).toBe('warning');
    expect(report.checklist.model).toBe('HEAT');
  });

  it('round-trips through export', () => {
    const res = parsePack(good, rules);
    if (!res.ok) throw new Error('expected ok');
    const again = parsePack(JSON.stringify(settingsToPack(packToSettings(res.pack), 'Acme'), null, 2), rules);
    expect(again.ok).toBe(true);
  });

  it('reports invalid JSON with its line and column', () => {
    const res = parsePack('{\n  "format": "reply-coach-pack",\n  "version": 1\n  "rules": {}\n}', rules);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues[0]).toMatchObject({ line: 4, message: expect.stringMatching(/invalid JSON/) });
  });

  it('names the line and field of every bad value', () => {
    const text = `{
  "format": "reply-coach-pack",
  "version": 1,
  "model": "LASTT",
  "rules": {
    "no-such-rule": {},
    "placeholder": { "enabled": "yes", "options": { "allowTemplateSyntax": 3, "nope": 1 } }
  },
  "phrases": { "negative": [{ "phrase": "a||b" }, "oops"], "jargon": [{ "term": "SLA" }] }
}`;
    const res = parsePack(text, rules);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const got = res.issues.map((i) => `${i.line} ${i.path}`);
    expect(got).toEqual([
      '4 model',
      '6 rules.no-such-rule',
      '7 rules.placeholder.enabled',
      '7 rules.placeholder.options.allowTemplateSyntax',
      '7 rules.placeholder.options.nope',
      '9 phrases.negative[0].phrase',
      '9 phrases.negative[1]',
      '9 phrases.jargon[0].plain',
    ]);
    expect(res.issues.find((i) => i.path === 'phrases.negative[0].phrase')?.message).toMatch(/empty alternative/);
  });

  it('rejects the wrong format or version', () => {
    const res = parsePack('{"format": "eslint", "version": 2}', rules);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues.map((i) => i.path)).toEqual(['format', 'version']);
  });
});
