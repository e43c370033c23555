// "Did you mean": the closest known name to a mistyped rule id, option or field.

import { distance } from 'fastest-levenshtein';

/** The candidate closest to `input`, if it is close enough to be what was meant. */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  const lower = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null || bestDistance === 0) return best;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  if (bestDistance <= limit) return best;
  // A part of the name: "sensitive" → "sensitive-data", "maxwords" in "maxWords".
  if (lower.length >= 4) {
    const part = candidates.find((c) => c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()));
    if (part) return part;
  }
  return null;
}

/** ` — did you mean "x"?`, or '' when nothing is close. */
export function suggestion(input: string, candidates: readonly string[]): string {
  const m = didYouMean(input, candidates);
  return m && m !== input ? ` — did you mean "${m}"?` : '';
}
