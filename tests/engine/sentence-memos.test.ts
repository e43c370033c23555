// The per-sentence and per-line memos (lib/engine/caches.ts): a sentence or line read once is remembered by its
// text, with offsets from its own start. Each memo here reads a sentence, then reads it again at another place
// in another draft (warm: its result comes from the memo, re-based), and again after clearCaches() (cold):
// the findings must sit on the sentence's own characters each time, and warm and cold must agree.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { clearCaches } from '../../lib/engine/caches';
import { detectLanguage } from '../../lib/engine/language';
import { readAcknowledgement } from '../../lib/engine/signals/acknowledgement';
import { readApology } from '../../lib/engine/signals/apology';
import { readNextStep } from '../../lib/engine/signals/next-step';
import { analyzeText } from '../../lib/engine/text';
import { contextFor } from './signals/helpers';

/** A rule's findings, each as its offset and the text it flags. */
function found(ruleId: string, draft: string, customer?: string): { start: number; actual: string }[] {
  return analyze({ draft, channel: 'email', ...(customer ? { customer } : {}) })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => ({ start: f.start, actual: f.actual }));
}

// Sentences that do not trip the rules below, to move the sentence under test to another offset.
const BEFORE = 'Thanks for your message about the order.\n\nI have looked at it this morning. ';

/** The same rule on `sentence` alone, then after BEFORE (warm), then after BEFORE from cold. */
function movedAndCleared(ruleId: string, sentence: string, customer?: string) {
  clearCaches();
  const alone = found(ruleId, sentence, customer);
  const moved = found(ruleId, BEFORE + sentence, customer);
  clearCaches();
  const cold = found(ruleId, BEFORE + sentence, customer);
  return { alone, moved, cold };
}

describe('rules remember each sentence by its text and re-base it', () => {
  it.each([
    ['passive-evasion', 'Your account has been suspended.', undefined, 'Your account has been suspended'],
    ['shouting', 'Please DO NOT send it back.', undefined, 'DO NOT'],
    ['sensitive-data', 'Please reply with your card PIN.', undefined, 'card PIN'],
    ['vague-timeframe', 'I will call you.', undefined, 'I will call'],
    [
      'long-sentence',
      'We have checked the order and the parcel and the label and the tracking and the address and the courier and the depot and the van and the driver and the route and the time and the note and the photo of the door.',
      undefined,
      'We have checked the order and the parcel and the label and the tracking and the address and the courier and the depot and the van and the driver and the route and the time and the note and the photo of the door',
    ],
    // A lecture, to a customer who complains.
    [
      'blame',
      'Knowing what coverage to expect when traveling is key.',
      'My claim was refused and I am really upset about it!',
      'Knowing what coverage to expect when traveling is key.',
    ],
  ])('%s: %s', (ruleId, sentence, customer, actual) => {
    const { alone, moved, cold } = movedAndCleared(ruleId, sentence, customer);
    expect(alone).toEqual([{ start: sentence.indexOf(actual), actual }]);
    expect(moved).toEqual([{ start: BEFORE.length + sentence.indexOf(actual), actual }]);
    expect(cold).toEqual(moved);
  });

  it('consumer-rights: a remedy offered in a sentence read before still clears the refusal, elsewhere', () => {
    const customer = 'The kettle I bought is faulty and stopped working.';
    const refusal = 'Sale items are sold as seen.';
    const remedy = "We can't refund it, but I've arranged a free repair.";
    clearCaches();
    expect(found('consumer-rights', refusal, customer).map((f) => f.actual)).toEqual(['sold as seen']);
    expect(found('consumer-rights', `${remedy} ${refusal}`, customer)).toEqual([]);
    // The remedy sentence again, now after the refusal: remembered, and still an offer.
    expect(found('consumer-rights', `${refusal} ${remedy}`, customer)).toEqual([]);
    clearCaches();
    expect(found('consumer-rights', `${refusal} ${remedy}`, customer)).toEqual([]);
  });
});

describe('signals remember each sentence by its text and re-base it', () => {
  const spans = (draft: string, read: (d: string) => { kind: string; start: number; end: number }[]) =>
    read(draft).map((e) => `${e.kind}:${draft.slice(e.start, e.end)}@${e.start}`);

  it.each<[string, (d: string) => { kind: string; start: number; end: number }[], string, string?]>([
    ['next step', (d) => readNextStep(contextFor(d)).evidence, "I'll email you the tracking number by Friday."],
    // A closing in the sentence is part of what the step of a sentence is remembered by.
    [
      'next step beside a closing',
      (d) => readNextStep(contextFor(d)).evidence,
      'Let me know if you have any other questions, and I will call you on Friday.',
    ],
    [
      'empathy',
      (d) => readApology(contextFor(d)).filter((a) => a.kind === 'empathy'),
      'We know not having service is rough.',
    ],
    [
      'acknowledgement',
      (d) => readAcknowledgement(contextFor(d, 'My blender stopped working after two days of use.'), 2)?.evidence ?? [],
      'I am sorry the blender stopped working so soon.',
    ],
  ])('%s', (_, read, sentence) => {
    clearCaches();
    const alone = spans(sentence, read);
    expect(alone.length).toBeGreaterThan(0);
    const moved = spans(BEFORE + sentence, read).filter((e) => e.includes(sentence));
    // The same evidence on the sentence, at its new place.
    expect(moved).toEqual(alone.map((e) => e.replace(/@\d+$/, `@${BEFORE.length}`)));
    clearCaches();
    expect(spans(BEFORE + sentence, read).filter((e) => e.includes(sentence))).toEqual(moved);
  });
});

describe('a sentence is remembered with what reaches into it', () => {
  it('acknowledgement: a sentence is read against each customer’s own terms, warm as from cold', () => {
    const draft = 'Hi,\n\nI am sorry the blender stopped working so soon. I have sent a new one today.\n\nSam';
    const blender = 'My blender stopped working after two days of use.';
    const parcel = 'My parcel never arrived and nobody answers the phone.';
    const kinds = (customer: string, text = draft) =>
      (readAcknowledgement(contextFor(text, customer), 2)?.evidence ?? []).map((e) => `${e.kind}@${e.start}`);
    const edited = draft.replace('today', 'this morning');
    clearCaches();
    const warm = [kinds(blender), kinds(parcel), kinds(blender), kinds(blender, edited), kinds(parcel, edited)];
    const cold = [blender, parcel, blender, blender, parcel].map((c, i) => {
      clearCaches();
      return kinds(c, i < 3 ? draft : edited);
    });
    expect(warm).toEqual(cold);
    expect(warm[0]!.some((k) => k.startsWith('overlap'))).toBe(true);
    expect(warm[1]!.some((k) => k.startsWith('overlap'))).toBe(false);
  });

  it('next step: the same sentence with a closing across the line break before it is another reading', () => {
    const steps = (d: string) =>
      readNextStep(contextFor(d)).evidence.map((e) => `${e.kind}:${d.slice(e.start, e.end)}`);
    const line = 'Free to call us on Friday.';
    clearCaches();
    expect(steps(`Thanks.\n${line}`)).toContain(`time:${line}`);
    // "feel\nFree to" is a closing: the time in it is no step, though the sentence's text is the same.
    const inClosing = steps(`Please feel\n${line}`);
    expect(inClosing).not.toContain(`time:${line}`);
    clearCaches();
    expect(steps(`Please feel\n${line}`)).toEqual(inClosing);
  });
});

describe('the draft structure remembers each line by its text', () => {
  it('splits a line read before into the same sentences at its new place, and counts its words', () => {
    const line = 'Your refund is on its way. It should arrive by Friday! Is there anything else?';
    clearCaches();
    const first = analyzeText(line);
    const later = analyzeText(`Hi Sam,\n\n${line}\n\nKind regards,\nAlex`);
    const at = later.draft.indexOf(line);
    expect(later.sentences.filter((s) => s.region === 'body').map((s) => [s.start - at, s.text])).toEqual(
      first.sentences.map((s) => [s.start, s.text]),
    );
    expect(later.wordCount).toBe(first.wordCount + 5);
    // The whole structure as from cold (overlapsNotOwn is a function of each reading: compared by its answers).
    const plain = ({ overlapsNotOwn, ...t }: ReturnType<typeof analyzeText>) => ({
      ...t,
      overlaps: [0, 5, at, later.draft.length - 3].map((i) => overlapsNotOwn(i, i + 2)),
    });
    clearCaches();
    expect(plain(analyzeText(later.draft))).toEqual(plain(later));
  });

  it('reads the language of a text from its lines, remembered or not', () => {
    const spanish = 'Hola, gracias por escribirnos. Su pedido llegará el viernes y le enviaremos el número.';
    const english = 'Thanks for writing to us. Your order will arrive on Friday and we will send the number.';
    clearCaches();
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage(spanish)).toBe('spa');
    // The same lines in other texts: counted from memory, the same verdict as from cold.
    const mixed = [`${spanish}\n${spanish}`, `${english}\n${spanish}\n${english}`];
    const warm = mixed.map(detectLanguage);
    clearCaches();
    expect(mixed.map(detectLanguage)).toEqual(warm);
    expect(warm).toEqual(['spa', 'en']);
  });
});
