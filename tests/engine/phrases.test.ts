import { describe, expect, it } from 'vitest';
import { normalize, spanToOriginal } from '../../lib/engine/normalize';
import { compilePhrase, findPhrases, PhraseSyntaxError } from '../../lib/engine/phrases';

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
