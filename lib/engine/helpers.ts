// Small helpers rules share: where an inserted sentence belongs, and how to build an edit that keeps
// the draft's own line breaks.

import type { RuleContext, SharedContext } from './context';
import type { Edit } from './types';

export type InsertWhere = 'start' | 'afterGreeting' | 'beforeSignOff' | 'end';

/** The paragraph separator the draft uses: a blank line if it has any, else a newline, else a space. */
export function paragraphBreak(ctx: SharedContext): string {
  const own = ctx.draft.slice(0, ctx.text.ownEnd);
  if (/\r?\n[ \t]*\r?\n/.test(own)) return own.includes('\r\n') ? '\r\n\r\n' : '\n\n';
  if (own.includes('\n')) return own.includes('\r\n') ? '\r\n' : '\n';
  return ' ';
}

/** Where an inserted sentence of this kind belongs, as a zero-length offset. */
export function insertionOffset(ctx: SharedContext, where: InsertWhere): number {
  const { text } = ctx;
  switch (where) {
    case 'start':
      return text.body.start > 0 && !text.greeting ? text.body.start : 0;
    case 'afterGreeting':
      return text.greeting ? text.body.start : text.body.start;
    case 'beforeSignOff':
      return text.signOff ? text.signOff.start : text.body.end;
    case 'end':
      return text.body.end;
  }
}

/**
 * An edit that inserts a whole sentence (or paragraph) where it belongs, with the separators the
 * draft uses: "Hi Jan,\n\n<apology>\n\nBody…" for email, "Hi Jan! <apology> Body…" inline.
 */
export function insertSentence(ctx: SharedContext, where: InsertWhere, sentence: string): Edit {
  const { draft, text } = ctx;
  const br = paragraphBreak(ctx);
  const at = insertionOffset(ctx, where);
  const bodyEmpty = text.body.end <= text.body.start;
  if (where === 'start') {
    if (draft.trim() === '') return { start: 0, end: draft.length, text: sentence };
    return { start: at, end: at, text: sentence + br };
  }
  if (where === 'afterGreeting' && text.greeting) {
    if (text.greeting.ownLine) {
      // Insert as its own paragraph before the body (or after the greeting if there is no body).
      if (bodyEmpty) return { start: text.greeting.end, end: text.greeting.end, text: br + sentence };
      return { start: at, end: at, text: sentence + br };
    }
    // Inline greeting ("Hi Roy! It's easy"): the sentence follows it on the same line.
    return { start: at, end: at, text: sentence + ' ' };
  }
  if (where === 'afterGreeting') {
    if (bodyEmpty) return { start: at, end: at, text: sentence };
    return { start: at, end: at, text: sentence + (br === ' ' ? ' ' : br) };
  }
  if (where === 'beforeSignOff' && text.signOff) {
    return { start: at, end: at, text: sentence + br };
  }
  // At the end of the body.
  if (bodyEmpty) return { start: at, end: at, text: sentence };
  return { start: at, end: at, text: br + sentence };
}

/** The customer's first name for personal fixes, if known. */
export function firstName(ctx: SharedContext): string | null {
  const name = ctx.input.customerName?.trim() || ctx.text.greeting?.name || null;
  if (!name) return null;
  return name.split(/\s+/)[0] ?? null;
}

/** Does a rule option hold a number? (Options come from team packs: validate, don't trust.) */
export function numberOption(ctx: RuleContext, key: string, fallback: number): number {
  const v = ctx.options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function stringListOption(ctx: RuleContext, key: string): string[] {
  const v = ctx.options[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// The draft's apostrophe style, counted once per draft: rules ask for every fix they write, and counting the
// whole draft each time made a long draft's cost grow with the square of its length.
let styleOf: { draft: string; curly: boolean } | null = null;

function curlyApostrophes(draft: string): boolean {
  if (styleOf?.draft === draft) return styleOf.curly;
  const curly = (draft.match(/’/g) ?? []).length;
  const straight = (draft.match(/(?<=\p{L})'(?=\p{L})/gu) ?? []).length;
  styleOf = { draft, curly: curly > straight };
  return styleOf.curly;
}

/** Write inserted text with the draft's own apostrophes (’ if it uses them, else '), so a fix doesn't mix styles. */
export function apostrophesLike(draft: string, text: string): string {
  if (curlyApostrophes(draft)) return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
  return text.replace(/(?<=\p{L})’(?=\p{L})/gu, "'");
}

/** Is [start, end) inside a link, an email address, an @handle or a #hashtag on its line? */
export function inLink(draft: string, start: number, end: number): boolean {
  const lineStart = draft.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = draft.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = draft.length;
  const line = draft.slice(lineStart, lineEnd);
  for (const m of line.matchAll(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{N}_]+/gu)) {
    const s = lineStart + m.index;
    if (start < s + m[0].length && end > s) return true;
  }
  return false;
}
