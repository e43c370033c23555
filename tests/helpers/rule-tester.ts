// A RuleTester in the style of ESLint's: for one rule, drafts it must flag (with the exact span and the
// text after each fix) and look-alikes it must leave alone. Other rules are switched off so each case
// tests this rule alone.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { applyFix } from '../../lib/engine/apply-fix';
import type { AnalyzeInput, Finding, Rule, Settings } from '../../lib/engine/types';

export type Case = string | (AnalyzeInput & { name?: string; settings?: Settings; options?: Record<string, unknown> });

export interface ExpectedFinding {
  /** The exact flagged text (draft.slice(start, end)); '' for an insertion point. */
  actual: string;
  /** Exact offsets, when the same text occurs twice or for insertion points. */
  start?: number;
  end?: number;
  /** A regex or substring the message must contain. */
  message?: RegExp | string;
  /** The whole draft after applying each fix, in order (omit to leave fixes unchecked, [] for none). */
  outputs?: string[];
  severity?: Finding['severity'];
}

export type InvalidCase = AnalyzeInput & {
  name?: string;
  settings?: Settings;
  options?: Record<string, unknown>;
  findings: ExpectedFinding[];
};

function toInput(c: Case): AnalyzeInput & { name?: string; settings?: Settings; options?: Record<string, unknown> } {
  return typeof c === 'string' ? { draft: c } : c;
}

function settingsFor(rule: Rule, c: { settings?: Settings; options?: Record<string, unknown> }): Settings {
  const s: Settings = { ...(c.settings ?? {}) };
  s.rules = {
    ...(s.rules ?? {}),
    [rule.meta.id]: { ...(s.rules?.[rule.meta.id] ?? {}), ...(c.options ? { options: c.options } : {}) },
  };
  return s;
}

export function run(rule: Rule, c: Case): Finding[] {
  const input = toInput(c);
  const { name: _n, settings: _s, options: _o, ...analyzeInput } = input;
  return analyze(analyzeInput, settingsFor(rule, input), [rule]).findings;
}

function label(c: Case): string {
  const input = toInput(c);
  const text = input.name ?? input.draft.replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has both texts it must flag and look-alikes it must leave alone', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    describe('leaves alone', () => {
      for (const c of cases.valid) {
        it(label(c), () => {
          const found = run(rule, c);
          expect(found.map((f) => `${f.actual} — ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('flags', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const found = run(rule, c);
          expect(found.map((f) => f.actual)).toEqual(c.findings.map((f) => f.actual));
          c.findings.forEach((exp, i) => {
            const f = found[i]!;
            expect(f.ruleId).toBe(rule.meta.id);
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(c.draft.length);
            expect(c.draft.slice(f.start, f.end)).toBe(exp.actual);
            if (exp.start !== undefined) expect(f.start).toBe(exp.start);
            if (exp.end !== undefined) expect(f.end).toBe(exp.end);
            if (exp.severity) expect(f.severity).toBe(exp.severity);
            if (exp.message instanceof RegExp) expect(f.message).toMatch(exp.message);
            else if (typeof exp.message === 'string') expect(f.message).toContain(exp.message);
            expect(f.message.length).toBeGreaterThan(10);
            expect(f.note.length).toBeGreaterThan(10);
            if (exp.outputs) expect(f.fixes.map((fix) => applyFix(c.draft, fix))).toEqual(exp.outputs);
          });
        });
      }
    });
  });
}
