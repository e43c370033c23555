// Team phrase lists are edited as lines: "term = plain words; more", "phrase => reframe; another", "phrase".
import type { GlossaryEntry, PhraseEntry } from '../../lib/engine/types';

export function glossaryToText(list: GlossaryEntry[] = []): string {
  return list.map((g) => `${g.term} = ${g.plain.join('; ')}`).join('\n');
}

export function textToGlossary(text: string): GlossaryEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('='))
    .map((l) => {
      const [term, plain] = [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1)];
      return {
        term,
        plain: plain
          .split(';')
          .map((p) => p.trim())
          .filter(Boolean),
      };
    })
    .filter((g) => g.term && g.plain.length);
}

export function phrasesToText(list: PhraseEntry[] = [], withReplacements = true): string {
  return list
    .map((p) => (withReplacements && p.replacements?.length ? `${p.phrase} => ${p.replacements.join('; ')}` : p.phrase))
    .join('\n');
}

export function textToPhrases(text: string): PhraseEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const i = l.indexOf('=>');
      if (i < 0) return { phrase: l };
      const replacements = l
        .slice(i + 2)
        .split(';')
        .map((r) => r.trim())
        .filter(Boolean);
      return { phrase: l.slice(0, i).trim(), ...(replacements.length ? { replacements } : {}) };
    })
    .filter((p) => p.phrase);
}

export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
