import { describe, expect, it } from 'vitest';
import { blameInSentence, defensiveIn } from '../../../lib/engine/signals/blame';
import { analyzeText } from '../../../lib/engine/text';

const kinds = (text: string) =>
  analyzeText(text)
    .sentences.flatMap((s) => blameInSentence(s))
    .filter((e) => e.weight >= 0.55)
    .map((e) => e.kind);

describe('blame from the grammar (signals/blame.ts)', () => {
  it.each([
    ['You haven’t answered anything properly.', 'failed'],
    ['you were not following the instruction', 'failed'],
    ['I asked you from the start if the device is recognised.', 'told'],
    ['I already told you twice.', 'told'],
    ['It failed because you entered the wrong password.', 'cause'],
    ['The steps are given to follow.', 'brush-off'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'If you haven’t received it by Friday, let me know.',
    'You haven’t been charged.',
    'We’ve sent you an email earlier today with the tracking link.',
    'As you said, you shouldn’t be paying for daily tickets on top of it.',
    'Please follow the steps given below.',
    'You haven’t received the email yet because it takes 10 minutes.',
  ])('not blame: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('defensiveness needs an upset customer and no empathy', () => {
    const s = analyzeText('That’s not something we do.').sentences[0]!;
    const pos = () => 0;
    expect(defensiveIn(s, true, false, pos)?.kind).toBe('defensive');
    expect(defensiveIn(s, false, false, pos)).toBeNull();
    expect(defensiveIn(s, true, true, pos)).toBeNull();
  });
});
