// The quality bar on the labelled development corpus (../shared/corpus/dev.jsonl, outside this repo):
// every rule's recall ≥ 0.9 and false-alarm rate ≤ 0.05, and exemplary replies get no warning or error.
// Skipped (with a notice) when the corpus is not beside the checkout.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { evaluate, parseCorpus } from '../../lib/cli/eval';

const file = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
const present = existsSync(file);
if (!present) console.warn(`dev corpus not found at ${file}: corpus quality tests skipped`);

describe.runIf(present)('dev corpus quality bar', () => {
  const cases = present ? parseCorpus(readFileSync(file, 'utf8'), () => undefined) : [];
  const { result } = evaluate(cases);

  it('reads every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  for (const [id, s] of Object.entries(result.perRule)) {
    it(`${id}: recall ≥ 0.9 and false-alarm rate ≤ 0.05`, () => {
      expect({ id, recall: s.recall }).toEqual({ id, recall: expect.toSatisfy((r: number) => r >= 0.9) });
      expect({ id, falseAlarmRate: s.falseAlarmRate }).toEqual({
        id,
        falseAlarmRate: expect.toSatisfy((r: number) => r <= 0.05),
      });
    });
  }

  it('gives exemplary replies no warning or error', () => {
    const noisy = cases
      .filter((c) => c.expect.length === 0)
      .map((c) => {
        const r = analyze({
          draft: c.draft,
          ...(c.customer !== undefined ? { customer: c.customer } : {}),
          ...(c.customerName !== undefined ? { customerName: c.customerName } : {}),
          ...(c.channel ? { channel: c.channel } : {}),
        });
        return { id: c.id, loud: r.findings.filter((f) => f.severity !== 'suggestion').map((f) => f.ruleId) };
      })
      .filter((x) => x.loud.length > 0);
    expect(noisy).toEqual([]);
  });
});
