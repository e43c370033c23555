import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/engine/text';

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
