import type { RuleContext } from '../lib/engine/context';
import type { PhraseMatch } from '../lib/engine/phrases';
import type { Sentence } from '../lib/engine/text';
import type { Edit, Fix, PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/negative-language.json';

// Negative language: telling the customer what we won't or can't do ("we can't cancel it",
// "unfortunately", "there's nothing we can do", "our policy doesn't allow") where a positive reframe
// exists ("what I can do is…"). Negatives about the problem ("it won't happen again", "you won't be
// charged", "I can't imagine how frustrating") are not refusals: the refusal grammar needs a we/I (or our
// team) subject and a refusing verb, and skips empathy and search verbs. Team packs add their own
// negative phrases (with reframes) and banned phrases.

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
      'Flags refusing or deflecting wording — can’t, cannot, won’t be able to, unable to, unfortunately, I’m afraid, not possible, there’s nothing we can do, our policy doesn’t allow — where a positive reframe exists; also the team’s banned phrases.',
    rationale:
      'Solve / Take action: customers remember what you said you would do. Leading with what you can’t do sounds like a closed door even when an alternative follows; leading with what you can do (“What I can do is…”, “Here’s how we can…”) keeps the conversation on the solution.',
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
    for (const m of matches) {
      const s = ctx.sentenceAt(m.start);
      const before = s ? ctx.draft.slice(s.start, m.start) : '';
      const kind = m.entry.kind;
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
