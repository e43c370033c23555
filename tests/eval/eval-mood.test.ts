import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMaia, score } from '../../lib/cli/eval-mood';

describe('eval:mood (MAIA customer_emotion vs the mood detector)', () => {
  it('scores precision and recall', () => {
    expect(score([true, true, false, false], [true, false, true, false])).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });

  it('reads MAIA rows only, upset when any sentence is anger, frustration or disappointment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-mood-'));
    const f = join(dir, 'r.jsonl');
    writeFileSync(
      f,
      [
        { id: 'maia-1', customer: 'a', labels: { customer_emotion: ['neutral', 'frustration'] } },
        { id: 'maia-2', customer: 'b', labels: { customer_emotion: ['confusion'] } },
        { id: 'twcs-1', customer: 'c', labels: {} },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    expect(loadMaia(f).map((r) => [r.id, r.gold])).toEqual([
      ['maia-1', true],
      ['maia-2', false],
    ]);
  });

  it('stops on a broken line with the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-mood-'));
    const f = join(dir, 'r.jsonl');
    writeFileSync(f, '{"id":"maia-1","customer":"x","labels":{"customer_emotion":["anger"]}}\n{oops\n');
    expect(() => loadMaia(f)).toThrow(/r\.jsonl:2: not valid JSON/);
    writeFileSync(f, '{"id":"maia-1","customer":"x","labels":{}}\n');
    expect(() => loadMaia(f)).toThrow(/r\.jsonl:1: labels\.customer_emotion/);
  });
});
