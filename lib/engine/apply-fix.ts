import type { Edit, Fix } from './types';

export class FixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixError';
  }
}

/** Check a fix's edits against a draft: inside it and not overlapping. Returns them sorted. */
export function validateEdits(draft: string, edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let reach = 0;
  for (const e of sorted) {
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end < e.start ||
      e.end > draft.length
    )
      throw new FixError(`Edit [${e.start}, ${e.end}) is outside the draft (length ${draft.length}).`);
    if (e.start < reach) throw new FixError(`Edits overlap at offset ${e.start}.`);
    reach = e.end;
  }
  return sorted;
}

/** Apply a fix to a draft and return the new draft. Throws FixError (and changes nothing) on bad edits. */
export function applyFix(draft: string, fix: Fix): string {
  const sorted = validateEdits(draft, fix.edits);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += draft.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + draft.slice(pos);
}

/** Shift an offset through a set of applied edits (to keep a caret or another finding in place). */
export function mapOffset(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset) delta += e.text.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta + e.text.length;
  }
  return offset + delta;
}
