import type { RuleContext } from '../lib/engine/context';
import type { PhraseMatch } from '../lib/engine/phrases';
import type { Sentence } from '../lib/engine/text';
import type { Edit, Fix, PhraseEntry, Rule } from '../lib/engine/types';
import { stepIn, type StepKind } from '../lib/engine/signals/next-step';
import data from './data/negative-language.json';

// Negative language: telling the customer what we won't or can't do ("we can't cancel it",
// "unfortunately", "there's nothing we can do", "our policy doesn't allow") where a positive reframe
// exists ("what I can do is…"). Negatives about the problem ("it won't happen again", "you won't be
// charged", "I can't imagine how frustrating") are not refusals: the refusal grammar needs a we/I (or our
// team) subject and a refusing verb, and skips empathy and search verbs. Team packs add their own
// negative phrases (with reframes) and banned phrases.
//
// The positive-language model is "can't X, but can Y" said in one breath. A refusal (or its hedge) bridged to
// the way forward is that model already and is not flagged: the same sentence goes on, after the last
// negative words, to a way forward ("we can't track them directly, but we are able to release the titles",
// "while we're not able to give a number, we can give you a range", "you can't get a Zones 1-4 ticket, you
// will need a Zones 1-6 one"), or the next sentence opens with what we can do ("But I can…", "What I can do
// is…", "Instead, we'll…", "We can…"). A refusal left standing at the end of its sentence, with the customer
// sent elsewhere in a separate one ("We can't help with this one. You could try a repair shop."), still leads
// with the closed door and is flagged. Team phrases and banned phrases are always flagged.

type Kind = 'hedge' | 'refusal' | 'phrase' | 'team' | 'banned';
interface Entry extends PhraseEntry {
  kind: Kind;
}

const tag = (entries: PhraseEntry[], kind: Kind): Entry[] => entries.map((e) => ({ ...e, kind }));
const BUILT_IN: Entry[] = [
  ...tag(data.hedges as PhraseEntry[], 'hedge'),
  ...tag(data.refusals as PhraseEntry[], 'refusal'),
  ...tag(data.phrases as PhraseEntry[], 'phrase'),
];
const NOT_REFUSAL = new Set(data.notRefusalVerbs.filter((v) => !v.includes(' ')));

/** A condition or purpose before the words: "if we can't reach you", "so that we don't miss it". */
const CONDITIONAL =
  /\b(?:if|unless|in case|whether|even if|so that|to make sure|to ensure|make sure|so you|why|what if|just in case)\b[^.!?]*$/i;
/** Describing the customer's problem, not refusing: "I'm sorry you can't log in", "I see you can't…". */
const DESCRIBING =
  /\b(?:sorry|understand|see|hear|know|noticed|said|mentioned|saying|wrote|appreciate|realise|realize)\b[^.!?]{0,30}$/i;

const REFRAME = 'What I can do is …';

/** A next step that is a way forward (a "one moment" in a chat is not). */
const FORWARD = new Set<StepKind>([
  'time',
  'promise',
  'offer',
  'advice',
  'done',
  'passive',
  'instruction',
  'option',
  'question',
  'contact',
  'link',
  'handover',
  'handed',
]);
/** What we can do, in words the step grammar reads as a state: "we are able to release", "what I can do is". */
const CAN_DO =
  /\b(?:(?:we|i|you)(?:'re|'m| are| am| will be|'ll be| would be|'d be)? (?:also |still |now |definitely )?(?:able|happy|glad) to (?!help\b|assist\b)[a-z]+|what (?:i|we) (?:can|could) (?:do|offer)|instead|alternatively|the good news is)\b/i;
/** The next sentence opens with what we can do: a bridge ("But", "However", "Instead") or we/I. */
const BRIDGE =
  /^\W*(?:(?:but|however|instead|alternatively|that said|still|the good news is(?: that)?)\b[,:]?\s*)?(?:what (?:i|we) (?:can|could) (?:do|offer)\b|(?:i|we)\b(?!(?:'m| am| are|'re) (?:sorry|afraid))|(?:our|the) (?:team|store)\b)/i;
const BRIDGE_WORD = /^\W*(?:but|however|instead|alternatively|that said|still|the good news is)\b/i;
/** First-person steps: what we can do (not the customer's own route). */
const OURS = new Set<StepKind>(['promise', 'offer', 'advice', 'done', 'time', 'handover', 'handed']);

/**
 * Only a promise to be in touch ("we'll get back to you soon", "but I'll let you know"): no alternative to
 * what was refused, so the refusal still stands.
 */
const CONTACT_ONLY =
  /^\W*(?:(?:but|however|and|so)\b[,:]?\s*)?(?:i|we|someone|our team)(?:'ll| will| shall| can| could)? (?:\w+ )?(?:get back to you|be in touch|get in touch|contact you|call you|email you|update you|keep you (?:updated|posted)|let you know|reply|respond|follow up)\b(?:\s+(?:soon|shortly|later|asap|as soon as (?:possible|we can)|when we can|with (?:an update|more information|news)|about (?:it|this|that)))?\s*[.!]?\s*$/i;

/** Where a new clause starts: a comma, semicolon, colon or dash, or a conjunction. */
const CLAUSE = /[,;:–—]\s|\s-\s|\s(?:but|while|though|although|however|instead|so|yet)\b/i;

function span(ctx: RuleContext, s: Sentence, start: number): Sentence {
  return { ...s, start, text: ctx.draft.slice(start, s.end) };
}

/**
 * Whether the negative words in sentence `s` (the last of them ending at `negEnd`) are bridged to a way
 * forward: later in the same sentence, or by a next sentence that opens with what we can do.
 */
function bridged(ctx: RuleContext, s: Sentence, negEnd: number): boolean {
  // The way forward is a clause of its own after the negative words (", but…", "; you will need…"), not
  // the refusal's own object or reason ("won't be able to come out this week because…").
  const boundary = CLAUSE.exec(ctx.draft.slice(negEnd, s.end));
  if (boundary) {
    const rest = span(ctx, s, negEnd + boundary.index);
    const clean = rest.text.replace(/[’]/g, "'");
    if (/\p{L}{2,}/u.test(clean) && !CONTACT_ONLY.test(clean.replace(/^[,;:–—\s-]+/, ''))) {
      const kind = stepIn(ctx, rest);
      if ((kind && FORWARD.has(kind)) || CAN_DO.test(clean)) return true;
    }
  }
  const i = ctx.text.sentences.indexOf(s);
  const next = i >= 0 ? ctx.text.sentences[i + 1] : undefined;
  if (!next || next.region !== 'body') return false;
  const text = next.text.replace(/[’]/g, "'");
  if (CONTACT_ONLY.test(text)) return false;
  if (/^\W*(?:(?:but|however|instead|alternatively)\b[,:]?\s*)?what (?:i|we) (?:can|could) (?:do|offer)\b/i.test(text))
    return true;
  if (!BRIDGE.test(text)) return false;
  const kind = stepIn(ctx, next);
  if (!kind || !FORWARD.has(kind)) return CAN_DO.test(text);
  // "But you can return it" bridges; a bare "You could try a repair shop" sends them elsewhere.
  return OURS.has(kind) || BRIDGE_WORD.test(text);
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function atSentenceStart(ctx: RuleContext, s: Sentence | undefined, offset: number): boolean {
  if (!s) return false;
  return ctx.draft.slice(s.start, offset).trim() === '';
}

/** Remove a hedge ("Unfortunately, we…" → "We…"), keeping the sentence's capital letter. */
function removeHedge(ctx: RuleContext, m: PhraseMatch<Entry>, s: Sentence | undefined): Edit[] {
  const { draft } = ctx;
  let end = m.end;
  while (end < draft.length && /[,\s]/.test(draft[end]!) && draft[end] !== '\n') end++;
  let start = m.start;
  if (!atSentenceStart(ctx, s, m.start)) {
    // Mid-sentence ("…, I'm afraid."): take the comma and space before it too.
    while (start > 0 && /[, ]/.test(draft[start - 1]!)) start--;
    const rest = draft.slice(m.end, end);
    return [{ start, end: m.end + (rest.startsWith(',') ? 1 : 0), text: '' }];
  }
  const next = draft[end];
  if (next && /\p{Ll}/u.test(next)) return [{ start, end: end + 1, text: next.toUpperCase() }];
  return [{ start, end, text: '' }];
}

/** Insert a reframe after the sentence holding the refusal. */
function reframeAfter(ctx: RuleContext, s: Sentence | undefined, at: number): Fix {
  const end = s ? s.end : at;
  // The character before `end` (a regex anchored at the end of the whole text before it re-read the draft).
  const needsStop = !/[.!?…]/.test(ctx.draft[end - 1] ?? '');
  return {
    label: `Follow with “${REFRAME}”`,
    edits: [{ start: end, end, text: `${needsStop ? '.' : ''} ${REFRAME}` }],
  };
}

function replaceWith(ctx: RuleContext, m: PhraseMatch<Entry>, s: Sentence | undefined): Fix[] {
  const start = atSentenceStart(ctx, s, m.start);
  return (m.entry.replacements ?? []).map((r) => {
    const text = start ? capitalise(r) : r;
    return { label: `Replace with “${text}”`, edits: [{ start: m.start, end: m.end, text }] };
  });
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ')}”`;
}

const rule: Rule = {
  meta: {
    id: 'negative-language',
    title: 'Negative language',
    description:
      'Flags refusing or deflecting wording — can’t, cannot, won’t be able to, unable to, unfortunately, I’m afraid, not possible, there’s nothing we can do, our policy doesn’t allow — where a positive reframe exists, unless the same sentence or the next one goes straight on to what can be done; also the team’s banned phrases.',
    rationale:
      'Solve / Take action: customers remember what you said you would do. A “can’t” left standing sounds like a closed door, even when a separate sentence later sends them elsewhere; bridging it at once to what you can do (“…, but what I can do is…”, “We can’t X. Instead, I’ll…”) keeps the conversation on the solution, and is not flagged.',
    step: 'tone',
    defaultSeverity: 'warning',
    example: 'Unfortunately we can’t cancel it as it has already left our warehouse.',
    english: true,
  },
  check(ctx) {
    const entries: Entry[] = [
      ...tag(ctx.teamPhrases.banned, 'banned'),
      ...tag(ctx.teamPhrases.negative, 'team'),
      ...BUILT_IN,
    ];
    const matches = ctx.match(entries, { regions: ['greeting', 'body', 'signoff'] });
    // Where each sentence's built-in negative words end: the way forward must come after the last of them.
    const negEnd = new Map<Sentence, number>();
    for (const m of matches) {
      const s = ctx.sentenceAt(m.start);
      if (s && m.entry.kind !== 'team' && m.entry.kind !== 'banned') negEnd.set(s, Math.max(negEnd.get(s) ?? 0, m.end));
    }
    const isBridged = new Map<Sentence, boolean>();
    for (const m of matches) {
      const s = ctx.sentenceAt(m.start);
      const before = s ? ctx.draft.slice(s.start, m.start) : '';
      const kind = m.entry.kind;
      if (s && kind !== 'team' && kind !== 'banned') {
        if (!isBridged.has(s)) isBridged.set(s, bridged(ctx, s, negEnd.get(s)!));
        if (isBridged.get(s)) continue;
      }
      if (kind === 'refusal' || kind === 'phrase') {
        if (CONDITIONAL.test(before)) continue;
        if (/^re:\\byou /.test(m.entry.phrase) && DESCRIBING.test(before)) continue;
      }
      let actual = m.text;
      let end = m.end;
      if (kind === 'refusal') {
        // The last word is the verb: "we can't wait", "I can't imagine", "we can't find" are not refusals.
        const verb = /([\p{L}']+)$/u.exec(m.text)?.[1]?.toLowerCase() ?? '';
        const after = ctx.draft.slice(m.end, m.end + 12).toLowerCase();
        if (NOT_REFUSAL.has(verb) || (verb === 'help' && /^\s+but\b/.test(after))) continue;
        if (/^(?:thank|wait)/.test(verb)) continue;
        // "we can't … enough" is praise or an apology ("I can't apologise enough").
        if (s && /\benough\b/i.test(ctx.draft.slice(m.end, s.end))) continue;
        actual = m.text;
        end = m.end;
      }
      const q = quote(actual);
      let message: string;
      let fixes: Fix[];
      switch (kind) {
        case 'banned':
          message = `${q} is on your team’s banned-phrase list: rephrase it before sending.`;
          fixes = replaceWith(ctx, m, s);
          break;
        case 'team':
          message = `${q} is negative language your team reframes${m.entry.replacements?.length ? `: try “${m.entry.replacements[0]}”` : ''}.`;
          fixes = replaceWith(ctx, m, s);
          break;
        case 'hedge':
          message = `${q} primes the customer for bad news: drop it and lead with what you can do.`;
          fixes = [{ label: `Remove ${q}`, edits: removeHedge(ctx, m, s), safe: true }];
          break;
        case 'refusal':
          message = `${q} tells the customer what you can’t do: lead with what you can do (“${REFRAME}”).`;
          fixes = [reframeAfter(ctx, s, end)];
          break;
        default:
          message = `${q} is a closed door: reframe it around what you can do${m.entry.replacements?.length ? ` (“${capitalise(m.entry.replacements[0]!)}…”)` : ` (“${REFRAME}”)`}.`;
          fixes = m.entry.replacements?.length ? replaceWith(ctx, m, s) : [reframeAfter(ctx, s, end)];
      }
      ctx.report({
        start: m.start,
        end,
        message,
        fixes,
        ...(m.entry.note ? { note: m.entry.note } : {}),
        ...(m.entry.replacements?.length ? { expected: m.entry.replacements } : {}),
      });
    }
  },
};

export default rule;
