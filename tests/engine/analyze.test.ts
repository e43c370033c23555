import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { applyFix, FixError, mapOffset } from '../../lib/engine/apply-fix';
import type { AnalyzeInput } from '../../lib/engine/types';

function offsetsInside(input: AnalyzeInput) {
  const report = analyze(input);
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(input.draft.length);
    expect(f.actual).toBe(input.draft.slice(f.start, f.end));
    for (const fix of f.fixes) expect(() => applyFix(input.draft, fix)).not.toThrow();
  }
  return report;
}

describe('analyze on bad input', () => {
  it('returns an empty report for an empty draft', () => {
    const r = offsetsInside({ draft: '' });
    expect(r.findings).toEqual([]);
    expect(r.stats.words).toBe(0);
    expect(r.checklist.items.length).toBeGreaterThan(0);
  });

  it('returns a report for a whitespace-only draft', () => {
    const r = offsetsInside({ draft: ' \n\t\n ' });
    expect(r.findings).toEqual([]);
  });

  it('does not throw on a non-string draft', () => {
    expect(() => analyze({ draft: undefined as unknown as string })).not.toThrow();
    expect(() => analyze(null as unknown as AnalyzeInput)).not.toThrow();
  });

  // ≈2 s alone; a full parallel `npm test` on 2 cores runs it several times slower: explicit timeout.
  it('handles a 200,000-character draft with offsets inside it', { timeout: 60_000 }, () => {
    const para = 'Hi there, unfortunately we cannot refund {{amount}} as your order shipped ASAP. ';
    const draft = para.repeat(Math.ceil(200_000 / para.length)).slice(0, 200_000);
    const r = offsetsInside({ draft, customer: 'Where is my refund? This is ridiculous.' });
    expect(r.stats.characters).toBe(200_000);
    expect(r.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
  });

  it('keeps offsets right with emoji and non-Latin text', () => {
    const draft = '👋🏽 Hi 李雷, [NAME] 🙂 your order ✨ is here. {{x}}';
    const r = offsetsInside({ draft, customer: '我的订单在哪里？' });
    const ph = r.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.actual);
    expect(ph).toEqual(['[NAME]', '{{x}}']);
  });

  it('gives a non-English draft only language-neutral findings', () => {
    const draft =
      'Hola María, lamentablemente no podemos devolver el dinero. Su tarjeta 4111 1111 1111 1111 y {{firma}} quedan registradas.';
    const r = offsetsInside({ draft, customer: 'Estoy muy enfadada, mi pedido llegó roto.' });
    expect(r.stats.language).not.toBe('en');
    for (const f of r.findings) expect(['placeholder', 'sensitive-data']).toContain(f.ruleId);
    expect(r.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
  });
});

describe('settings', () => {
  it('turns a rule off', () => {
    const draft = 'Hi [NAME], thanks!';
    expect(analyze({ draft }).findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
    const r = analyze({ draft }, { rules: { placeholder: { enabled: false } } });
    expect(r.findings.some((f) => f.ruleId === 'placeholder')).toBe(false);
  });

  it('changes a rule severity and ignores an invalid one', () => {
    const draft = 'Hi [NAME], thanks!';
    const r = analyze({ draft }, { rules: { placeholder: { severity: 'suggestion' } } });
    expect(r.findings.find((f) => f.ruleId === 'placeholder')?.severity).toBe('suggestion');
    const bad = analyze({ draft }, { rules: { placeholder: { severity: 'fatal' as never } } });
    expect(bad.findings.find((f) => f.ruleId === 'placeholder')?.severity).toBe('error');
  });

  it('builds the checklist of the chosen model', () => {
    const draft = 'Hi [NAME], thanks!';
    expect(analyze({ draft }).checklist.model).toBe('LAST');
    expect(analyze({ draft }, { model: 'HEAT' }).checklist.items.map((i) => i.label)).toEqual([
      'Hear',
      'Empathise',
      'Apologise',
      'Take action',
      'Tone',
      'Safe to send',
    ]);
    const aaaa = analyze({ draft }, { model: 'AAAA' }).checklist;
    expect(aaaa.items.map((i) => i.label).slice(0, 4)).toEqual(['Acknowledge', 'Apologise', 'Act', 'Assure']);
    const safe = aaaa.items.find((i) => i.id === 'safe')!;
    expect(safe.met).toBe(false);
    expect(safe.reason).toMatch(/\[NAME\]/);
  });

  it('skips a rule that throws and reports the rest', () => {
    const r = analyze({ draft: 'Hi [NAME]' }, {}, [
      {
        meta: {
          id: 'boom',
          title: 'Boom',
          description: 'x',
          rationale: 'x',
          step: 'tone',
          defaultSeverity: 'warning',
          example: 'x',
          english: false,
        },
        check() {
          throw new Error('bug');
        },
      },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.stats.failedRules).toEqual(['boom']);
  });
});

describe('applyFix', () => {
  it('applies non-overlapping edits in any order', () => {
    const fix = {
      label: 'x',
      edits: [
        { start: 6, end: 11, text: 'there' },
        { start: 0, end: 5, text: 'Hi' },
      ],
    };
    expect(applyFix('Hello world!', fix)).toBe('Hi there!');
  });

  it('rejects overlapping or out-of-range edits and leaves the draft alone', () => {
    const draft = 'Hello world';
    expect(() =>
      applyFix(draft, {
        label: 'x',
        edits: [
          { start: 0, end: 5, text: 'a' },
          { start: 3, end: 7, text: 'b' },
        ],
      }),
    ).toThrow(FixError);
    expect(() => applyFix(draft, { label: 'x', edits: [{ start: 5, end: 99, text: 'a' }] })).toThrow(
      /outside the draft/,
    );
    expect(draft).toBe('Hello world');
  });

  it('maps an offset through edits', () => {
    expect(mapOffset(10, [{ start: 0, end: 5, text: 'Hi' }])).toBe(7);
    expect(mapOffset(3, [{ start: 0, end: 5, text: 'Hi' }])).toBe(2);
    expect(mapOffset(2, [{ start: 5, end: 5, text: 'abc' }])).toBe(2);
  });
});
