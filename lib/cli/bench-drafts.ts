// Deterministic, realistic support drafts for `npm run bench`: a seeded generator of reply-like sentences
// (greeting, apology, explanation, steps, next step, thanks, sign-off) and a customer message to go with
// each draft. Same seed and size, same text, on every machine.

/** Words as the engine counts them (lib/engine/text.ts). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Priya', 'Tom', 'Amara', 'Jonas', 'Mei', 'Carlos', 'Fatima', 'Oliver', 'Sofia', 'Daniel'];
const AGENTS = ['Sam', 'Alex', 'Jordan', 'Robin', 'Casey'];
const ITEMS = ['parcel', 'order', 'subscription', 'invoice', 'refund', 'account', 'delivery', 'booking'];
const PRODUCTS = ['blender', 'desk lamp', 'running shoes', 'coffee grinder', 'headphones', 'backpack', 'kettle'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PLACES = ['Settings', 'Billing', 'My orders', 'Account details', 'Notifications', 'Payment methods'];

// {n} name, {i} item, {p} product, {d} weekday, {s} settings page, {k} a number.
const APOLOGY = [
  "I'm sorry your {i} arrived late, and I understand how frustrating that is.",
  "I'm really sorry about the trouble with your {p}.",
  'I apologise for the confusion about your {i}.',
  "I'm sorry you had to contact us again about this.",
  'Sorry for the wait.',
  "I'm sorry that the {p} stopped working so soon after you bought it.",
];
const EXPLANATION = [
  'I have checked your {i} and I can see what happened.',
  'It looks like the courier marked it as delivered on {d}, but the scan shows it never left the depot.',
  'Our warehouse had a delay last week, which held up about {k} orders, including yours.',
  'The payment went through, but a second charge was held by your bank and will drop off on its own.',
  'The {p} you ordered was sent from our second warehouse, so it came in a separate box.',
  'Your {i} is still active, and nothing has been lost.',
  'The error you saw comes from an old version of the app.',
  'I can confirm that the refund of {k} pounds was approved today.',
  'I have added a note to your {i} so the next agent can see the whole story.',
  'The tracking number in your email was for an earlier {i}, which is why it did not match.',
  'This happens when the {p} is charged with a different cable.',
  'Everything on our side looks correct.',
];
const STEPS = [
  'First, open {s} and choose Edit.',
  'Next, check that your address is correct.',
  'Then tap Save and wait for the green tick.',
  'If the {p} still will not turn on, hold the power button for ten seconds.',
  'Please sign out, close the app and sign in again.',
  'Open the email we sent you and click the link inside it.',
  'Choose the {i} from the list and select Return.',
  'Print the label and attach it to the box.',
  'You can drop the box at any post office.',
];
// Short sentences that top a draft up to its size.
const SHORT = ['Good news.', 'That is fixed now.', 'It is on its way.', 'All done.', 'Sorry again.'];
const NEXT_STEP = [
  "I'll email you the tracking number by {d}.",
  'Your replacement {p} will ship tomorrow, and I will send you the tracking link.',
  "I'll check back with you on {d} to make sure it has arrived.",
  'The refund will show on your statement within five working days.',
  'I have sent you a free returns label by email.',
];
const THANKS = [
  'Thank you for your patience while we sorted this out.',
  'Thanks for letting us know.',
  'Thank you for bearing with us, {n}.',
  'Thanks again for being a customer.',
];
const CLOSING = [
  'Is there anything else I can help with?',
  'Just reply to this email if anything is still not right.',
  'Let me know if you have any other questions.',
];
const SIGN_OFF = ['Kind regards,', 'Best wishes,', 'All the best,', 'Thanks,'];

const COMPLAINT = [
  'My {i} still has not arrived and it was due on {d}.',
  'This is the second time this has happened!',
  'The {p} I ordered stopped working after two days.',
  'I have been charged twice for the same {i}.',
  'Nobody has replied to my last three emails.',
  'I need this sorted today, please.',
  'The tracking link says delivered but there is nothing here.',
  'I am really disappointed with the service.',
];

export interface BenchDraft {
  /** The size asked for. */
  target: number;
  /** Words the draft has (countWords). */
  words: number;
  draft: string;
  customer: string;
  customerName: string;
}

function fill(template: string, pick: <T>(xs: readonly T[]) => T, rand: () => number, name: string): string {
  return template
    .replace(/\{n\}/g, name)
    .replace(/\{i\}/g, () => pick(ITEMS))
    .replace(/\{p\}/g, () => pick(PRODUCTS))
    .replace(/\{d\}/g, () => pick(DAYS))
    .replace(/\{s\}/g, () => pick(PLACES))
    .replace(/\{k\}/g, () => String(2 + Math.floor(rand() * 300)));
}

/**
 * A support reply of about `words` words (within ±5% for 50 words and up) and the customer message it
 * answers. Deterministic for a given (words, seed).
 */
export function makeDraft(words: number, seed = 1): BenchDraft {
  if (!Number.isInteger(words) || words < 50)
    throw new RangeError(`makeDraft: words must be an integer ≥ 50, got ${words}`);
  const rand = seededRandom(seed * 100_003 + words);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const name = pick(NAMES);
  const agent = pick(AGENTS);
  const sentence = (pool: readonly string[]) => fill(pick(pool), pick, rand, name);

  const head = [`Hi ${name},`, sentence(APOLOGY)];
  const tail = [sentence(NEXT_STEP), `${sentence(THANKS)} ${sentence(CLOSING)}`, `${pick(SIGN_OFF)}\n${agent}`];
  let budget = words - countWords([...head, ...tail].join(' '));
  // The body: paragraphs of explanation, with a run of steps now and then (one step a line, like a
  // numbered list an agent pastes from a macro).
  const paragraphs: string[] = [];
  let stalled = 0;
  while (budget > 0 && stalled < 50) {
    const steps = rand() < 0.3;
    const pool = steps ? STEPS : EXPLANATION;
    const lines: string[] = [];
    const size = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < size && budget > 0; i++) {
      let s = sentence(pool);
      let n = countWords(s);
      // Near the end, look for a sentence that still fits (short ones exist), so the draft lands on the size.
      for (let tries = 0; n > budget && tries < 20; tries++) {
        s = sentence(tries < 10 || steps ? pool : SHORT);
        n = countWords(s);
      }
      if (n > budget) break;
      lines.push(steps ? `${lines.length + 1}. ${s}` : s);
      budget -= n + (steps ? 1 : 0);
    }
    if (lines.length) {
      paragraphs.push(lines.join(steps ? '\n' : ' '));
      stalled = 0;
    } else stalled++;
  }
  const draft = [head.join('\n\n'), ...paragraphs, ...tail].join('\n\n');

  const said: string[] = [];
  const customerWords = 25 + Math.floor(rand() * 40);
  // Each complaint once, in a seeded order.
  const order = COMPLAINT.map((c) => [rand(), c] as const).sort((a, b) => a[0] - b[0]);
  for (const [, c] of order) {
    if (countWords(said.join(' ')) >= customerWords) break;
    said.push(fill(c, pick, rand, name));
  }
  return { target: words, words: countWords(draft), draft, customer: said.join(' '), customerName: name };
}

/**
 * The draft with a fresh number in every sentence (before its closing punctuation), so a per-sentence cache
 * can't serve any of it: a pasted draft. A number, not a made-up word, so no spelling checker has an extra
 * word to flag. Lines with no closing punctuation (greeting, sign-off) and list numbers are kept. Adds
 * one word a sentence.
 */
export function salted(draft: string, salt: number): string {
  let i = 0;
  return draft.replace(/(?<!^\d+)[.!?](?=\s|$)/gm, (p) => ` ${salt * 10_000 + 1_000 + i++}${p}`);
}
