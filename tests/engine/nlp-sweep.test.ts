// lib/engine/nlp.ts replaces compromise's bulkMatch (the post-tagger's sweep) with sweepMatches, which picks
// the same patterns by a faster route. Every sentence of the corpora and of the benchmark drafts must get the
// same terms, tags and chunks from both.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../lib/cli/bench-drafts';
import { compromiseSweep, prefixFits, sweepMatches } from '../../lib/engine/nlp';
import { analyzeText } from '../../lib/engine/text';
import { corpusRows } from '../helpers/corpus-rows';

type Match = (docs: unknown[][], m: { needs?: string[] }) => { ptrs: unknown[] };
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown; match: Match } } }).methods.one;

function texts(): string[] {
  const out = new Set<string>();
  for (const r of [...corpusRows('validation'), ...corpusRows('dev')]) {
    for (const s of analyzeText(r.draft).sentences) out.add(s.text);
    if (r.customer) out.add(r.customer);
  }
  for (const words of [300, 1000]) for (const s of analyzeText(makeDraft(words).draft).sentences) out.add(s.text);
  return [...out];
}

/** Everything compromise says of the terms but their ids (a counter, new on every parse). */
const read = (text: string) =>
  JSON.stringify(nlp(text).json({ offset: true, terms: { offset: true } }), (k, v: unknown) =>
    k === 'id' ? undefined : v,
  );

describe('sweepMatches', () => {
  it('is what the engine parses with', () => {
    expect(methods.bulkMatch).toBe(sweepMatches);
  });

  it('tags every corpus sentence as compromise’s own sweep does', { timeout: 60_000 }, () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    const ours = all.map(read);
    methods.bulkMatch = compromiseSweep;
    try {
      const theirs = all.map(read);
      const differ = all.filter((_, i) => ours[i] !== theirs[i]);
      expect(differ).toEqual([]);
    } finally {
      methods.bulkMatch = sweepMatches;
    }
  });

  it('skips a pattern only where compromise’s matcher finds nothing', { timeout: 60_000 }, () => {
    // compromise's own sweep runs every pattern its index lets through; each run is checked against prefixFits.
    const all = texts();
    const match = methods.match;
    let runs = 0;
    let skipped = 0;
    const missed: string[] = [];
    methods.bulkMatch = compromiseSweep;
    methods.match = function (this: unknown, docs, m) {
      const res = match.call(this, docs, m);
      if (m.needs !== undefined && docs.length === 1) {
        runs++;
        const fits = prefixFits(docs[0]!, m as Parameters<typeof prefixFits>[1]);
        if (!fits) skipped++;
        if (!fits && res.ptrs.length > 0) missed.push((m as { match?: string }).match ?? '?');
      }
      return res;
    };
    try {
      for (const t of all) nlp(t);
    } finally {
      methods.match = match;
      methods.bulkMatch = sweepMatches;
    }
    expect(missed).toEqual([]);
    expect(runs).toBeGreaterThan(10_000);
    // It does skip: most of the patterns the index lets through (76% when this was written).
    expect(skipped / runs).toBeGreaterThan(0.6);
  });
});
