// lib/engine/nlp.ts tags a sentence for terms() without compromise's chunker (its last step, which sets no tag)
// and reads the terms off the document rather than through json(); parse() hands out documents with their
// chunks. Both must be what compromise's own nlp(text) gives, on every corpus sentence and customer message.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../lib/cli/bench-drafts';
import { clearParses, parse, parseAll, terms } from '../../lib/engine/nlp';
import { analyzeText } from '../../lib/engine/text';
import { corpusRows } from '../helpers/corpus-rows';

function texts(): string[] {
  const out = new Set<string>(['', ' ', "I can't", '😐 Send me the file.', 'Hi,\n\nthanks — all done!']);
  for (const r of [...corpusRows('validation'), ...corpusRows('dev')]) {
    for (const s of analyzeText(r.draft).sentences) out.add(s.text);
    if (r.customer) out.add(r.customer);
  }
  for (const words of [300, 1000]) for (const s of analyzeText(makeDraft(words).draft).sentences) out.add(s.text);
  return [...out];
}

/**
 * Everything compromise says of a document but term ids (a counter, new on every parse), keys sorted: a term
 * whose offset was computed before its chunk holds the same fields in another order.
 */
const read = (doc: ReturnType<typeof nlp>) =>
  JSON.stringify(doc.json({ offset: true, terms: { offset: true } }), (k, v: unknown) =>
    k === 'id'
      ? undefined
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
  );

/** terms() as it was built from json() (offsets into the sentence). */
function fromJson(text: string) {
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: {
      text: string;
      normal?: string;
      implicit?: string;
      tags?: string[];
      offset?: { start: number; length: number };
    }[];
  }[];
  const out: { text: string; normal: string; tags: string[]; start: number; end: number }[] = [];
  let lastEnd = 0;
  for (const sentence of json)
    for (const t of sentence.terms) {
      const o = t.offset ?? { start: lastEnd, length: 0 };
      let s = o.start;
      let e = o.start + o.length;
      if (e === s && out.length > 0) ({ start: s, end: e } = out[out.length - 1]!);
      out.push({
        text: t.text,
        normal: t.implicit ?? t.normal ?? t.text.toLowerCase(),
        tags: t.tags ?? [],
        start: s,
        end: e,
      });
      lastEnd = e;
    }
  return out;
}

describe('parse and terms', () => {
  it('give every corpus sentence the terms json() gave', { timeout: 60_000 }, () => {
    clearParses();
    const differ = texts().filter((t) => {
      const ours = terms(t).map((x) => ({ ...x, tags: [...x.tags] }));
      return JSON.stringify(ours) !== JSON.stringify(fromJson(t));
    });
    expect(differ).toEqual([]);
  });

  it(
    'hand out the document nlp(text) gives, chunks and all, whether terms() parsed it first or not',
    { timeout: 60_000 },
    () => {
      const all = texts();
      for (const first of [true, false]) {
        clearParses();
        const differ = all.filter((t) => {
          if (first) terms(t);
          return (
            read(parse(t)) !== read(nlp(t)) ||
            JSON.stringify(parse(t).nouns().out('array')) !== JSON.stringify(nlp(t).nouns().out('array'))
          );
        });
        expect(differ).toEqual([]);
      }
    },
  );

  it(
    'give the same documents and terms when a draft’s sentences are parsed together (parseAll), before and after edits',
    { timeout: 120_000 },
    () => {
      const drafts = [...corpusRows('validation'), ...corpusRows('dev')].map((r) => r.draft);
      for (const words of [300, 1000]) drafts.push(makeDraft(words).draft);
      expect(drafts.length).toBeGreaterThan(100);
      const sentencesOf = (draft: string) => analyzeText(draft).sentences.map((s) => s.text);
      // Each draft as it is, then with one sentence edited (its other sentences cached from the first pass), then
      // with a sentence parsed on its own before the rest: parseAll parses only what is not cached.
      const edit = (draft: string) => draft.replace(/[.!?](?=\s|$)/, ' today.');
      const differ: string[] = [];
      clearParses();
      for (const draft of drafts)
        for (const version of [draft, edit(draft), `${draft} Thanks so much, talk soon.`]) {
          const all = sentencesOf(version);
          if (version !== draft && all[0] !== undefined) terms(all[0]);
          parseAll(all);
          for (const t of all) {
            const ours = terms(t).map((x) => ({ ...x, tags: [...x.tags] }));
            if (
              JSON.stringify(ours) !== JSON.stringify(fromJson(t)) ||
              read(parse(t)) !== read(nlp(t)) ||
              JSON.stringify(parse(t).nouns().out('array')) !== JSON.stringify(nlp(t).nouns().out('array'))
            )
              differ.push(t);
          }
        }
      expect(differ).toEqual([]);
    },
  );
});
