import { describe, expect, it } from 'vitest';
import { normalize, spanToOriginal } from '../../lib/engine/normalize';
import { analyze } from '../../lib/engine/analyze';
import {
  checkPackPhrase,
  compilePhrase,
  markUntrusted,
  findPhrases,
  PhraseSyntaxError,
} from '../../lib/engine/phrases';

const spans = (text: string, phrase: string) => findPhrases(text, [{ phrase }]).map((m) => m.text);

describe('normalize', () => {
  it('expands contractions and keeps a map to the original', () => {
    const src = 'We CAN’T do that, it’s late.';
    const n = normalize(src);
    expect(n.text).toBe('we can not do that, it is late.');
    const i = n.text.indexOf('can not');
    expect(src.slice(...spanToOriginal(n, i, i + 'can not'.length))).toBe('CAN’T');
    const j = n.text.indexOf('late');
    expect(src.slice(...spanToOriginal(n, j, j + 4))).toBe('late');
  });

  it('keeps emoji and astral characters aligned', () => {
    const src = '👋🏽 I can’t 🙂 help';
    const n = normalize(src);
    const i = n.text.indexOf('help');
    expect(src.slice(...spanToOriginal(n, i, i + 4))).toBe('help');
  });

  it('squeezes runs of spaces between words, mapping back to the original run', () => {
    const src = 'Sorry for any  inconvenience\u00a0 caused.\n\nThanks';
    const n = normalize(src);
    expect(n.text).toBe('sorry for any inconvenience caused.\n\nthanks');
    const i = n.text.indexOf('any inconvenience caused');
    expect(src.slice(...spanToOriginal(n, i, i + 'any inconvenience caused'.length))).toBe(
      'any  inconvenience\u00a0 caused',
    );
    expect(spans(src, 'sorry for any inconvenience')).toEqual(['Sorry for any  inconvenience']);
  });
});

describe('phrase syntax', () => {
  it('matches every spelling of a contraction', () => {
    for (const t of ["I can't", 'I cannot', 'I can not', 'I CAN’T']) expect(spans(t, "can't")).toHaveLength(1);
    expect(spans('I cannot help', 'can not help')).toEqual(['cannot help']);
  });

  it('matches whole words only', () => {
    expect(spans('a scanner and a canopy', 'can')).toEqual([]);
    expect(spans('unfortunately, no', 'unfortunately')).toEqual(['unfortunately']);
  });

  it('supports alternatives, wildcards and optional words', () => {
    expect(spans('Sorry for any inconvenience caused', 'sorry for any|the inconvenience')).toEqual([
      'Sorry for any inconvenience',
    ]);
    expect(spans('you need to understand', 'you * to understand')).toEqual(['you need to understand']);
    expect(spans('calm down please', 'calm down please?')).toEqual(['calm down please']);
    expect(spans('calm down.', 'calm down please?')).toEqual(['calm down']);
    expect(spans('as per our SLA', 'as? per our sla')).toEqual(['as per our SLA']);
    expect(spans('It is per our SLA', 'as? per our sla')).toEqual(['per our SLA']);
    expect(spans('please, kindly note', 'please? kindly? note')).toEqual(['kindly note']);
  });

  it('accepts regular expressions with re:', () => {
    expect(spans('as per my last e-mail', 're:per my last e-?mail')).toEqual(['per my last e-mail']);
  });

  it('rejects broken phrases with a clear error', () => {
    expect(() => compilePhrase('a||b')).toThrow(PhraseSyntaxError);
    expect(() => compilePhrase('   ')).toThrow(/no words/);
    expect(() => compilePhrase('re:(unclosed')).toThrow(/Invalid phrase/);
  });

  it('keeps the longest of overlapping matches', () => {
    const m = findPhrases('there is nothing we can do', [
      { phrase: "can't|cannot" },
      { phrase: 'nothing we can do' },
      { phrase: 'we can do' },
    ]);
    expect(m.map((x) => x.text)).toEqual(['nothing we can do']);
  });
});

describe('untrusted patterns (packs, the agent’s lists, policy) run in linear time', () => {
  it('rejects what the linear-time engine cannot take, naming the construct', () => {
    expect(() => checkPackPhrase('re:(a)\\1')).toThrow(/backreferences/);
    expect(() => checkPackPhrase('re:(?<!not )sorry')).toThrow(/lookbehind/);
    expect(() => checkPackPhrase('re:sorry(?! to)')).toThrow(/lookahead/);
    expect(() => checkPackPhrase('re:(unclosed')).toThrow(PhraseSyntaxError);
    expect(() => checkPackPhrase('re:\\bper (?:my )?policy\\b')).not.toThrow();
    expect(() => checkPackPhrase('a||b')).toThrow(/empty alternative/);
  });

  it('runs (a+)+$ from a pack on 50,000 a’s to its result (no catastrophic backtracking)', () => {
    markUntrusted({ phrases: { banned: [{ phrase: 're:(a+)+$' }] } });
    const long = 'a'.repeat(50_000);
    expect(findPhrases(long, [{ phrase: 're:(a+)+$' }]).map((m) => [m.start, m.end])).toEqual([[0, 50_000]]);
    // The case that hung the native engine: almost a match, so it backtracks through every split.
    expect(findPhrases(`${long}!`, [{ phrase: 're:(a+)+$' }])).toEqual([]);
  });

  it('analyze() runs a pack’s (a+)+$ on the draft that hung `reply-coach check` to its result', () => {
    const settings = { phrases: { banned: [{ phrase: 're:(a+)+$' }] } };
    const draft = `${'a'.repeat(39)}!`;
    expect(analyze({ draft }, settings).findings.filter((f) => /banned/.test(f.message))).toEqual([]);
    const hit = analyze({ draft: draft.slice(0, 39) }, settings).findings.filter((f) => /banned/.test(f.message));
    expect(hit.map((f) => [f.start, f.end])).toEqual([[0, 39]]);
  });

  it('matches settings patterns with the same spans as before (UTF-16 offsets, after emoji)', () => {
    const settings = { phrases: { banned: [{ phrase: 're:\\bper (?:my )?policy\\b' }] } };
    const r = analyze({ draft: '👋🏽 Hi Sam, per my policy we refund it. Thanks!' }, settings);
    const f = r.findings.find((x) => x.ruleId === 'negative-language' && /banned/.test(x.message));
    expect(f?.actual).toBe('per my policy');
  });

  it('skips a settings pattern the linear engine refuses instead of running it natively', () => {
    const settings = { phrases: { banned: [{ phrase: 're:(?<=x)(a+)+$' }] } };
    const r = analyze({ draft: `x${'a'.repeat(40)}!` }, settings);
    expect(r.stats.failedRules ?? []).toEqual([]);
    expect(r.findings.filter((f) => /banned/.test(f.message))).toEqual([]);
  });
});
