import { describe, expect, it } from 'vitest';
import { analyzeText, splitSentences } from '../../lib/engine/text';

describe('greeting detection', () => {
  it('finds a greeting and its name on its own line', () => {
    const t = analyzeText('Hi Jan,\n\nYour order ships today.\n\nKind regards,\nSam');
    expect(t.greeting?.text).toBe('Hi Jan,');
    expect(t.greeting?.name).toBe('Jan');
    expect(t.greeting?.ownLine).toBe(true);
  });

  it('sees a greeting behind a leading emoji, with offsets on the greeting itself', () => {
    const draft = '👋 Hi Jan,\n\nYour order ships today.';
    const t = analyzeText(draft);
    expect(t.greeting?.name).toBe('Jan');
    expect(draft.slice(t.greeting!.start, t.greeting!.end)).toBe('Hi Jan,');
    expect(t.sentences.find((s) => s.region === 'body')?.text).toBe('Your order ships today.');
  });

  it('sees a greeting behind social @mentions', () => {
    const draft = '@jan_k @AcmeHelp Hi Jan! Your order ships today.';
    const t = analyzeText(draft);
    expect(t.greeting?.text).toBe('Hi Jan!');
    expect(t.greeting?.name).toBe('Jan');
  });

  it('reads no name in a form-letter greeting', () => {
    expect(analyzeText('Dear Customer,\n\nThanks.').greeting?.name).toBeNull();
    expect(analyzeText('Dear Valued Customer,\n\nThanks.').greeting?.name).toBeNull();
    expect(analyzeText('Hi All,\n\nThanks.').greeting?.name).toBeNull();
    expect(analyzeText('Dear Mrs Patel,\n\nThanks.').greeting?.name).toBe('Mrs Patel');
  });

  it('finds no greeting when the draft starts with the answer', () => {
    expect(analyzeText('🙂 Your order ships today.').greeting).toBeNull();
  });
});

describe('sentences of informal real text', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('ends a sentence at a stop before a lower-case word, and at an emoticon or emoji before a capital', () => {
    expect(split('sorry about this. may we have the screenshot please')).toEqual([
      'sorry about this.',
      'may we have the screenshot please',
    ]);
    expect(split('it broke. cant use it!! why')).toEqual(['it broke.', 'cant use it!!', 'why']);
    expect(split('Happy to assist you today :) Is there any error updating the map ?')).toEqual([
      'Happy to assist you today :)',
      'Is there any error updating the map ?',
    ]);
    expect(split('Thanks 😊 Please DM us')).toEqual(['Thanks 😊', 'Please DM us']);
  });

  it('keeps abbreviations, initials, an ellipsis and numbers inside the sentence', () => {
    for (const t of [
      'I wait... then it works',
      'see you at 9 a.m. today',
      'e.g. you can tap Settings',
      'it takes approx. two days',
      'I use Windows 10. it hangs',
      'U.S. customers can order',
      'open Mon. to Fri. from 9',
    ])
      expect(split(t)).toEqual([t]);
  });
});
