// Labelled corpora for `npm run eval`: reading them strictly (a bad line stops the run with its file, line
// and field), and joining the real-reply labels (ids only, no text) with ../shared/real/replies.jsonl.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../engine/types';

export interface CorpusCase {
  id: string;
  channel?: Channel;
  customer?: string;
  customerName?: string;
  draft: string;
  expect: string[];
  forbid: string[];
  /** Real-reply labels: 'dev' (tuned on) or 'check' (the held-aside fifth). */
  split?: 'dev' | 'check';
  /** The labeller's reason, when the corpus has one. */
  why?: string;
}

/** What a real-reply label line holds: no customer or agent text, only the judgement. */
export interface RealLabel {
  id: string;
  channel: Channel;
  split: 'dev' | 'check';
  expect: string[];
  forbid: string[];
  why: string;
}

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${field ? `${field}: ` : ''}${problem}`);
  }
}

const CHANNELS: readonly Channel[] = ['email', 'chat', 'social'];

type Obj = Record<string, unknown>;

function lines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}

function parseLine(file: string, line: number, text: string): Obj {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new CorpusError(file, line, null, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw new CorpusError(file, line, null, 'must be a JSON object');
  return obj as Obj;
}

function str(file: string, line: number, o: Obj, field: string, required: boolean): string | undefined {
  const v = o[field];
  // An optional field may be absent or null ("no customer message").
  if ((v === undefined || v === null) && !required) return undefined;
  if (typeof v !== 'string' || (required && v.trim() === ''))
    throw new CorpusError(
      file,
      line,
      field,
      v === undefined ? 'missing (a string is required)' : `must be a non-empty string (got ${JSON.stringify(v)})`,
    );
  return v;
}

function ruleList(file: string, line: number, o: Obj, field: string, known: ReadonlySet<string>): string[] {
  const v = o[field];
  if (!Array.isArray(v)) throw new CorpusError(file, line, field, 'missing (an array of rule ids is required)');
  v.forEach((x, i) => {
    if (typeof x !== 'string') throw new CorpusError(file, line, `${field}[${i}]`, 'must be a rule id (a string)');
    if (!known.has(x))
      throw new CorpusError(file, line, `${field}[${i}]`, `unknown rule id "${x}"${didYouMean(x, known)}`);
  });
  return v as string[];
}

function channelOf(file: string, line: number, o: Obj, required: boolean): Channel | undefined {
  const v = o.channel;
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || !CHANNELS.includes(v as Channel))
    throw new CorpusError(file, line, 'channel', `must be one of ${CHANNELS.join(', ')} (got ${JSON.stringify(v)})`);
  return v as Channel;
}

function noOverlap(file: string, line: number, expect: string[], forbid: string[]): void {
  const both = expect.filter((x) => forbid.includes(x));
  if (both.length) throw new CorpusError(file, line, 'forbid', `lists ${both.join(', ')}, which expect lists too`);
}

function didYouMean(x: string, known: ReadonlySet<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(x, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(x.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** A corpus of drafts (`{id, channel, customer, customerName, draft, expect, forbid}` a line). Throws CorpusError. */
export function parseCorpusStrict(text: string, file: string, known: ReadonlySet<string>): CorpusCase[] {
  const seen = new Set<string>();
  return lines(text).map(({ line, text: t }) => {
    const o = parseLine(file, line, t);
    const id = str(file, line, o, 'id', true)!;
    if (seen.has(id)) throw new CorpusError(file, line, 'id', `"${id}" appears twice`);
    seen.add(id);
    const draft = str(file, line, o, 'draft', true)!;
    const expect = ruleList(file, line, o, 'expect', known);
    const forbid = o.forbid === undefined ? [] : ruleList(file, line, o, 'forbid', known);
    noOverlap(file, line, expect, forbid);
    const channel = channelOf(file, line, o, false);
    const customer = str(file, line, o, 'customer', false);
    const customerName = str(file, line, o, 'customerName', false);
    const why = str(file, line, o, 'why', false);
    return {
      id,
      draft,
      expect,
      forbid,
      ...(channel ? { channel } : {}),
      ...(customer !== undefined ? { customer } : {}),
      ...(customerName !== undefined ? { customerName } : {}),
      ...(why !== undefined ? { why } : {}),
    };
  });
}

/** Real-reply labels (`{id, channel, split, expect, forbid, why}` a line). Throws CorpusError. */
export function parseLabels(text: string, file: string, known: ReadonlySet<string>): (RealLabel & { line: number })[] {
  const seen = new Set<string>();
  return lines(text).map(({ line, text: t }) => {
    const o = parseLine(file, line, t);
    const id = str(file, line, o, 'id', true)!;
    if (seen.has(id)) throw new CorpusError(file, line, 'id', `"${id}" appears twice`);
    seen.add(id);
    if ('draft' in o || 'reply' in o || 'customer' in o)
      throw new CorpusError(
        file,
        line,
        'draft' in o ? 'draft' : 'reply' in o ? 'reply' : 'customer',
        'label files hold no text: ids and judgements only (the texts are joined from replies.jsonl)',
      );
    const channel = channelOf(file, line, o, true)!;
    const split = o.split;
    if (split !== 'dev' && split !== 'check')
      throw new CorpusError(file, line, 'split', `must be "dev" or "check" (got ${JSON.stringify(split)})`);
    const expect = ruleList(file, line, o, 'expect', known);
    const forbid = ruleList(file, line, o, 'forbid', known);
    noOverlap(file, line, expect, forbid);
    const why = str(file, line, o, 'why', true)!;
    return { id, channel, split, expect, forbid, why, line };
  });
}

interface RealRow {
  id: string;
  customer: string;
  reply: string;
}

/** The real exchanges by id. Throws CorpusError on a malformed line. */
export function parseReplies(text: string, file: string): Map<string, RealRow> {
  const out = new Map<string, RealRow>();
  for (const { line, text: t } of lines(text)) {
    const o = parseLine(file, line, t);
    const id = str(file, line, o, 'id', true)!;
    const customer = str(file, line, o, 'customer', true)!;
    const reply = str(file, line, o, 'reply', true)!;
    out.set(id, { id, customer, reply });
  }
  return out;
}

/** Labels joined with their texts. An id that is not in replies.jsonl is an error at the label's line. */
export function joinReal(
  labels: (RealLabel & { line: number })[],
  replies: Map<string, RealRow>,
  labelFile: string,
): CorpusCase[] {
  return labels.map((l) => {
    const row = replies.get(l.id);
    if (!row) throw new CorpusError(labelFile, l.line, 'id', `"${l.id}" is not in replies.jsonl`);
    return {
      id: l.id,
      channel: l.channel,
      customer: row.customer,
      draft: row.reply,
      expect: l.expect,
      forbid: l.forbid,
      split: l.split,
      why: l.why,
    };
  });
}

/** Where the corpora live, relative to the checkout. */
export function corpusPaths(root: string) {
  return {
    dev: join(root, '..', 'shared', 'corpus', 'dev.jsonl'),
    validation: join(root, 'tests', 'corpus', 'validation.jsonl'),
    realLabels: join(root, 'tests', 'corpus', 'real-labels.jsonl'),
    realReplies: join(root, '..', 'shared', 'real', 'replies.jsonl'),
  };
}

/** Does this file hold real-reply labels (ids and judgements, no drafts)? Decided by its first line. */
export function isLabelFile(text: string): boolean {
  const first = lines(text)[0];
  if (!first) return false;
  try {
    const o = JSON.parse(first.text) as Obj;
    return typeof o === 'object' && o !== null && !('draft' in o) && 'split' in o;
  } catch {
    return false;
  }
}

export interface NamedCorpus {
  name: string;
  file: string;
  cases: CorpusCase[];
}

/** Read one file: a corpus of drafts, or a real-label file joined with replies.jsonl. Throws CorpusError. */
export function loadFile(file: string, known: ReadonlySet<string>, repliesFile: string): CorpusCase[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CorpusError(
      file,
      null,
      null,
      `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (!isLabelFile(text)) return parseCorpusStrict(text, file, known);
  if (!existsSync(repliesFile))
    throw new CorpusError(file, 1, null, `is a label file, but the texts (${repliesFile}) are not there to join`);
  return joinReal(parseLabels(text, file, known), parseReplies(readFileSync(repliesFile, 'utf8'), repliesFile), file);
}
