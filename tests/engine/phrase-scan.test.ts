// Phrase matching takes short cuts (lib/engine/phrases.ts): a word phrase whose required words are not in the
// text is not run; a `re:` pattern that cannot match a line break, and a word phrase that cannot hold a full stop
// or a comma, are rescanned only in the lines (or the segments between punctuation) around what changed since
// the last text. All must find exactly what the pattern's own matchAll over the whole normalised text finds:
// every phrase of rules/data/, on every corpus draft and customer message, with edits that join and split
// lines, and keystroke by keystroke.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../lib/cli/bench-drafts';
import { clearCaches } from '../../lib/engine/caches';
import { normalize } from '../../lib/engine/normalize';
import { branchLiterals, compilePhrase, rawMatches } from '../../lib/engine/phrases';
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
  it('need of a `re:` pattern’s branches only characters every match of them holds', () => {
    expect(branchLiterals('re:\\bsorry\\b(?! to (?:bother|trouble) you)')).toEqual([['sorry']]);
    expect(branchLiterals('re:\\bdid you (?:even|not)\\b|\\bdid you bother\\b')).toEqual([
      ['did you '],
      ['did you bother'],
    ]);
    expect(branchLiterals('re:\\b(?:can not|unable to) (?:help|assist)')).toEqual([['can not', 'unable to']]);
    // A quantified character, group or class is not needed; nor what a lookaround reads.
    expect(branchLiterals('re:colou?r')).toEqual([['colo']]);
    expect(branchLiterals('re:(?<=\\bwill )look(?:ing)? into')).toEqual([[' into']]);
    expect(branchLiterals('re:(?:sorry|sad)? about [a-z]+ refund')).toEqual([[' about ']]);
    expect(branchLiterals('re:x{2,3}yyy')).toEqual([['yyy']]);
    // A branch with nothing of three characters, or an escape that spells a character: always run.
    expect(branchLiterals('re:a|bcd')).toBeNull();
    expect(branchLiterals('re:(?:is|are) late')).toEqual([[' late']]);
    expect(branchLiterals('re:\\u0073orry')).toBeNull();
    expect(branchLiterals('re:(a)\\1bc')).toBeNull();
    // Every listed string is in every match, on the texts below (the data patterns are checked on the corpora).
    for (const p of ['re:\\b(?:can not|unable to) (?:help|assist)', 're:colou?r', 're:(?<=\\bwill )look(?:ing)? into'])
      for (const t of [
        'we can not help',
        'we are unable to assist',
        'color colour',
        'i will look into it, looking into',
      ])
        for (const m of t.matchAll(compilePhrase(p)))
          for (const alts of branchLiterals(p)!) if (alts.length === 1) expect(m[0]).toContain(alts[0]);
  });

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

  it('scan line by line only what cannot match a line break: classes that exclude it, and look-alikes', () => {
    // A negated class listing \n or \s is line-local; "[^]" (any character), "[^\S]" (whitespace) and a "[^"
    // inside another class ("[[^\n]" is a class holding "[", "^" and a line break) are not.
    const text = 'a\nb x\n\nq aab a b\n[\nx a\n\nb';
    const differ: string[] = [];
    for (const p of [
      're:[[^\\n]x',
      're:a[^.!?\\n]{0,5}b',
      're:a[^]b',
      're:a[^\\S]b',
      're:a[^\\s]b',
      're:[a-z[^\\n]+q',
    ]) {
      clearCaches();
      // Twice: the second time from the last text, the way a keystroke reads it.
      for (const t of [text, text.replace('aab', 'aaab')])
        if (JSON.stringify(rawMatches(p, t, false)) !== JSON.stringify(reference(p, t))) differ.push(`${p} in ${t}`);
    }
    expect(differ).toEqual([]);
  });

  it('find the same while a draft is typed, deleted and pasted into, one edit at a time', { timeout: 90_000 }, () => {
    clearCaches();
    const all = phrases();
    const drafts = [
      makeDraft(1000).draft,
      ...corpusRows('validation')
        .filter((_, i) => i % 15 === 4)
        .map((r) => r.draft),
    ];
    const differ: string[] = [];
    const check = (t: string, what: string) => {
      const n = normalize(t).text;
      for (const p of all)
        if (JSON.stringify(rawMatches(p, n, false)) !== JSON.stringify(reference(p, n)))
          differ.push(`${p.slice(0, 60)} after ${what}`);
    };
    // Phrases of rules/data/ (word phrases and `re:` patterns), typed next to punctuation and line breaks.
    const typed = "Unfortunately, I'm afraid we'll reply as soon as we can. Sorry, pls DM us.\nFeel free to ask";
    for (const d of drafts) {
      // Where a sentence starts, inside a word, where a line starts, at the very end.
      const sentence = d.indexOf('. ', d.length >> 1) + 2;
      const word = d.search(/\p{L}{4}/u) + 2;
      const line = d.indexOf('\n') + 1;
      for (const at of [...new Set([sentence, word, line, d.length])].filter((x) => x > 0)) {
        let t = d;
        check(t, 'the draft');
        for (let i = 0; i < typed.length; i++) {
          t = t.slice(0, at + i) + typed[i] + t.slice(at + i);
          check(t, `typing ${JSON.stringify(typed.slice(0, i + 1))} at ${at}`);
        }
        // Deleted back over the line break and the last full stop.
        for (let i = 0; i < 20; i++) {
          const end = at + typed.length - i;
          t = t.slice(0, end - 1) + t.slice(end);
          check(t, `deleting ${i + 1} at ${at}`);
        }
      }
      // A phrase pasted at the start, a full stop turned into a comma (two segments become one), lines joined.
      let t = `Unfortunately, as per my last email, ${d}`;
      check(t, 'a paste at the start');
      const dot = t.indexOf('. ');
      if (dot >= 0) t = `${t.slice(0, dot)},${t.slice(dot + 1)}`;
      check(t, 'a full stop made a comma');
      const nl = t.indexOf('\n');
      if (nl >= 0) t = `${t.slice(0, nl)} ${t.slice(nl + 1)}`;
      check(t, 'two lines joined');
      check(t.slice(0, t.length >> 1), 'the end cut off');
      check('', 'everything deleted');
    }
    expect(differ.slice(0, 20)).toEqual([]);
  });
});
