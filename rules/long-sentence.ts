import type { Fix, Rule } from '../lib/engine/types';
import { numberOption } from '../lib/engine/helpers';
import { Lru } from '../lib/engine/lru';

// Long sentences: over `maxWords` words (35 by default). A customer reading on a phone loses the thread of
// a 50-word sentence; the apology or the next step gets buried. The hint names where to split.

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * A postal address or a run of names written as a comma list ("12 High Street, Flat 3, Leeds, LS1 4AB"):
 * three or more capitalised or numbered chunks. The reader takes it in as one item.
 */
const ADDRESS_LIKE =
  /(?:\b[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,3},\s+){2,}[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,3}/gu;

/** Words as a reader counts them: a URL, an email address or a postal address is one word. */
export function countWords(text: string): number {
  const flat = text.replace(URL_OR_EMAIL, 'link').replace(ADDRESS_LIKE, 'address');
  return (flat.match(/[\p{L}\p{N}£$€]+(?:['’.,:/-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** countWords of each sentence's text, remembered by the text (a keystroke re-counts one sentence). */
const counts = new Lru<string, number>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearLongSentenceCache(): void {
  counts.clear();
}

function wordsIn(text: string): number {
  return counts.getOr(text, countWords);
}

interface Split {
  /** Offset (in the sentence) of the text to replace. */
  at: number;
  len: number;
  /** Replacement, before the next word is capitalised. */
  text: string;
  /** The next word's offset in the sentence (to capitalise it). */
  next: number;
  kind: string;
  rank: number;
}

// Where a sentence splits well, best first: a semicolon, then ", and/but/so", then ", which", then a bare
// " and " between clauses.
const SPLITTERS: { re: RegExp; kind: string; rank: number; keep: (m: RegExpMatchArray) => string }[] = [
  { re: /;\s+/g, kind: '“;”', rank: 0, keep: () => '. ' },
  {
    re: /,\s+and\s+(?:so\s+)?(?=\p{L})(?!\p{L}+ing\b)/giu,
    kind: '“, and”',
    rank: 1,
    keep: (m) => (/so\s+$/i.test(m[0]) ? '. So ' : '. '),
  },
  { re: /,\s+(but|so|yet)\s+(?=\p{L})/giu, kind: '“, but” / “, so”', rank: 1, keep: (m) => `. ${m[1]} ` },
  { re: /,\s+which\s+(?=\p{L})/giu, kind: '“, which”', rank: 2, keep: () => '. This ' },
  {
    re: /\s+and\s+(?=(?:I|I'll|I’ll|I've|I’ve|we|we'll|we’ll|we've|we’ve|you|you'll|you’ll|if|the|this|that|it|your|our|they|then)\b)/giu,
    kind: '“and”',
    rank: 3,
    keep: () => '. ',
  },
  {
    re: /\s+so\s+(?=(?:I|I'll|I’ll|we|we'll|we’ll|you|you'll|you’ll|that's|that’s|the|this|it|your|our)\b)/giu,
    kind: '“so”',
    rank: 3,
    keep: () => '. So ',
  },
];

function bestSplit(text: string): Split | null {
  const total = countWords(text);
  const candidates: Split[] = [];
  for (const s of SPLITTERS) {
    for (const m of text.matchAll(s.re)) {
      const at = m.index;
      const next = at + m[0].length;
      const before = countWords(text.slice(0, at));
      const after = total - before;
      // Both halves must stand as sentences of a readable size.
      if (before < 6 || after < 6) continue;
      candidates.push({ at, len: m[0].length, text: s.keep(m), next, kind: s.kind, rank: s.rank });
    }
  }
  if (!candidates.length) return null;
  const mid = text.length / 2;
  candidates.sort((a, b) => a.rank - b.rank || Math.abs(a.at - mid) - Math.abs(b.at - mid));
  // Prefer the best kind unless a slightly worse one is much nearer the middle.
  const best = candidates[0]!;
  const nearest = [...candidates].sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid))[0]!;
  if (Math.abs(best.at - mid) > text.length * 0.3 && nearest.rank <= best.rank + 1) return nearest;
  return best;
}

const rule: Rule = {
  meta: {
    id: 'long-sentence',
    title: 'Long sentence',
    description: 'Flags a sentence of more than 35 words (configurable) and suggests where to split it.',
    rationale:
      'A customer skimming on a phone loses the thread of a long sentence, and the apology or the next step gets buried: short sentences make the solution clear (LAST: Solve).',
    step: 'tone',
    defaultSeverity: 'suggestion',
    example:
      'Your account is designed for customers who can leave their money untouched for the full term, and so if a withdrawal is made before the maturity date the interest earned over the previous 90 days is forfeited in line with the terms you accepted when it was opened.',
    english: true,
    options: {
      maxWords: {
        type: 'number',
        default: 35,
        description: 'The most words a sentence may have before it is flagged (URLs and email addresses count as one).',
      },
    },
  },
  check(ctx) {
    const max = numberOption(ctx, 'maxWords', 35);
    for (const s of ctx.text.sentences) {
      if (s.region === 'signoff') continue;
      if (ctx.text.overlapsNotOwn(s.start, s.end)) continue;
      const n = wordsIn(s.text);
      if (n <= max) continue;
      // The span: the sentence's words, without a leading emoji or bullet or its final punctuation.
      let start = s.start;
      while (start < s.end && !/[\p{L}\p{N}"“'‘(£$€]/u.test(ctx.draft[start]!)) start++;
      let end = s.end;
      while (end > s.start && /[\s.,;:!?]/.test(ctx.draft[end - 1]!)) end--;
      const split = bestSplit(s.text);
      const fixes: Fix[] = [];
      let hint = 'split it into two or three sentences, one idea each';
      if (split) {
        const nextWord = s.text.slice(split.next);
        const first = nextWord.charAt(0);
        // "I" and names keep their capital; other words get one.
        const capital = first.toUpperCase();
        let text = split.text;
        let editEnd = s.start + split.next;
        if (split.text === '. ' && first !== capital) {
          text += capital;
          editEnd += 1;
        } else if (split.text !== '. ' && first !== capital && /^[a-z]/.test(first)) {
          // ". So the…" / ". But the…": the conjunction carries the capital; the next word stays.
        }
        const preview = `${s.text.slice(Math.max(0, split.at - 20), split.at).trimStart()}${text}${nextWord.slice(first !== capital && split.text === '. ' ? 1 : 0, 20)}`;
        hint = `split it at ${split.kind}: “…${preview}…”`;
        fixes.push({
          label: `Split the sentence at ${split.kind}`,
          edits: [{ start: s.start + split.at, end: editEnd, text }],
        });
      }
      ctx.report({
        start,
        end,
        message: `This sentence has ${n} words (more than ${max}): ${hint}.`,
        fixes,
      });
    }
  },
};

export default rule;
