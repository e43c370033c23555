// The quality bars on the labelled drafts: the development corpus (../shared/corpus/dev.jsonl, outside this
// repo) and the validation corpus (tests/corpus/validation.jsonl). Bars from the real-replies issue: overall
// recall ≥ 0.95 and false-alarm rate ≤ 0.03 (one is not traded for the other); each rule with positives at
// recall ≥ 0.8 and false-alarm rate ≤ 0.05; exemplary replies get no warning or error.
// The dev corpus is skipped (with a notice) when it is not beside the checkout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index';
import { corpusPaths, loadFile } from '../../lib/eval/corpus';
import { analyzeCase, evaluate } from '../../lib/eval/score';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWN = new Set(rules.map((r) => r.meta.id));
const paths = corpusPaths(ROOT);

function bars(name: string, file: string) {
  const present = existsSync(file);
  if (!present) console.warn(`${name} corpus not found at ${file}: its quality tests are skipped`);
  describe.runIf(present)(`${name} corpus quality bars`, () => {
    const cases = loadFile(file, KNOWN, paths.realReplies);
    const { result } = evaluate(cases);

    it('reads every case', () => {
      expect(cases.length).toBeGreaterThanOrEqual(100);
    });
    it('recall ≥ 0.95 overall', () => {
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
    });
    it('false-alarm rate ≤ 0.03 overall', () => {
      expect(result.falseAlarmRate).toBeLessThanOrEqual(0.03);
    });
    for (const [id, s] of Object.entries(result.perRule)) {
      if (s.expected === 0 && s.forbidden === 0) continue;
      it(`${id}: recall ≥ 0.8 and false-alarm rate ≤ 0.05`, () => {
        expect({ id, recall: s.recall, falseAlarmRate: s.falseAlarmRate }).toEqual({
          id,
          recall: expect.toSatisfy((r: number) => r >= 0.8),
          falseAlarmRate: expect.toSatisfy((r: number) => r <= 0.05),
        });
      });
    }
    it('gives exemplary replies no warning or error', () => {
      const noisy = cases
        .filter((c) => c.expect.length === 0)
        .map((c) => ({
          id: c.id,
          loud: analyzeCase(c)
            .findings.filter((f) => f.severity !== 'suggestion')
            .map((f) => f.ruleId),
        }))
        .filter((x) => x.loud.length > 0);
      expect(noisy).toEqual([]);
    });
  });
}

bars('dev', paths.dev);
bars('validation', paths.validation);
