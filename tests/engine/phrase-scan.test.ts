// Phrase matching takes two short cuts (lib/engine/phrases.ts): a word phrase whose required words are not in
// the text is not run, and a `re:` pattern that cannot match a line break is run line by line (and remembered by
// line). Both must find exactly what the pattern's own matchAll over the whole normalised text finds: every
// phrase of rules/data/, on every corpus draft and customer message, with edits that join and split lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../lib/cli/bench-drafts';
import { clearCaches } from '../../lib/engine/caches';
import { normalize } from '../../lib/engine/normalize';
import { compilePhrase, rawMatches } from '../../lib/engine/phrases';
import { ROOT, corpusRows } from '../helpers/corpus-rows';

function phrases(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key = '') => {
    if (typeof v === 'string') {
      if (key === 'phrase' || key === 'term' || v.startsWith('re:')) out.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key === 'phrases' ? 'phrase' : key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const dir = join(ROOT, 'rules', 'data');
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  // Only what compiles (a glossary term is a phrase too).
  return [...out].filter((p) => {
    try {
      compilePhrase(p);
      return true;
    } catch {
      return false;
    }
  });
}

function texts(): string[] {
  const out: string[] = [];
  for (const r of [...corpusRows('validation'), ...corpusRows('dev')]) {
    out.push(r.draft);
    if (r.customer) out.push(r.customer);
    // Lines joined and split: matches that would cross a break, and lines seen before in other company.
    out.push(r.draft.replace(/\n+/g, ' '));
    out.push(r.draft.replace(/([.,!?]) /g, '$1\n'));
  }
  out.push(makeDraft(1000).draft);
  return out;
}

/** What the pattern itself finds in the whole text. */
function reference(phrase: string, text: string): { index: number; length: number }[] {
  return [...text.matchAll(compilePhrase(phrase))].map((m) => ({ index: m.index, length: m[0].length }));
}

describe('phrase matching short cuts', () => {
  it('find what each pattern finds in the whole normalised text', { timeout: 90_000 }, () => {
    clearCaches();
    const all = phrases();
    expect(all.filter((p) => p.startsWith('re:')).length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const t of texts()) {
      const n = normalize(t).text;
      for (const p of all) {
        const ours = rawMatches(p, n, false);
        if (JSON.stringify(ours) !== JSON.stringify(reference(p, n)))
          differ.push(`${p.slice(0, 60)} in ${JSON.stringify(n.slice(0, 60))}`);
      }
    }
    expect(differ.slice(0, 20)).toEqual([]);
  });
});
