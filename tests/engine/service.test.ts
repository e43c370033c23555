// The background's analysis service: what a content script's `analyze` message gets back.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { serveAnalyze, warmEngine } from '../../lib/engine/service';

describe('serveAnalyze', () => {
  it('answers a draft with the same report the engine gives, as plain data (it crosses runtime messaging)', () => {
    const input = { draft: 'Hi {{name}}, unfortunately we cannot refund it.', customer: 'Where is my refund?!' };
    const settings = { rules: { 'negative-language': { severity: 'error' as const } } };
    const served = serveAnalyze({ input, settings })!;
    const direct = analyze(input, settings);
    expect(served.findings.map((f) => [f.ruleId, f.severity, f.start, f.end])).toEqual(
      direct.findings.map((f) => [f.ruleId, f.severity, f.start, f.end]),
    );
    expect(served.findings.find((f) => f.ruleId === 'negative-language')?.severity).toBe('error');
    expect(JSON.parse(JSON.stringify(served))).toEqual(served); // structured-clone / JSON safe
    expect(served.findings.find((f) => f.ruleId === 'placeholder')?.title).toBe('Unfilled placeholder');
  });

  it('uses the defaults when the settings are missing or not an object', () => {
    const input = { draft: 'Hi {{name}}' };
    for (const settings of [undefined, null, 'x', [1]])
      expect(serveAnalyze({ input, settings })!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
  });

  it('answers null to anything that is not a draft, and never throws', () => {
    for (const bad of [
      undefined,
      null,
      'Hi',
      [],
      {},
      { input: null },
      { input: { draft: 42 } },
      { input: { draft: 'Hi', customer: { toString: 1 } } },
      { input: { draft: 'Hi', channel: 7 } },
    ])
      expect(serveAnalyze(bad)).toBeNull();
  });

  it('warms the engine once per worker, and analyses as before afterwards', () => {
    expect(warmEngine()).toBe(true);
    expect(warmEngine()).toBe(false);
    expect(serveAnalyze({ input: { draft: 'Hi {{name}}' } })!.findings.some((f) => f.ruleId === 'placeholder')).toBe(
      true,
    );
  });
});
