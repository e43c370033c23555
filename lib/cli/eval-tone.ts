// Tone measured on real human politeness judgements (issue 10).
//
//   npm run eval:tone                 from ../shared/real/: (a) politeness.jsonl (half of the Stanford Politeness
//                                     Corpus, human-rated requests): the share of the bottom quartile (impolite)
//                                     and of the top quartile (polite) by the human score that any Tone rule flags;
//                                     (b) the MAIA rows of replies.jsonl annotated polite: the share any Tone rule
//                                     flags. "Tone rule" here: every rule of the Tone step but the clarity ones
//                                     (jargon, long-sentence), which judge clarity, not politeness. Last line: {"stanfordImpoliteFlagged":R,"stanfordPoliteFlagged":P,
//                                     "maiaPoliteFlagRate":M}
//   --cases N                         print up to N flagged polite texts and N unflagged impolite ones (local use
//                                     only: never copy them into the project)
//
// The texts are development material and are never written anywhere by this script.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../engine/analyze';
import type { Channel, Finding } from '../engine/types';
import { rules } from '../../rules/index';

const ROOT = join(import.meta.dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'real');
const TONE = rules.filter((r) => r.meta.step === 'tone');
/**
 * Tone rules about clarity, not about how the reply treats the reader: a technical term or a long sentence is
 * no rudeness (and Stack Exchange requests are full of both). The headline figures leave them out; the table
 * and the `allTone` line show them.
 */
export const CLARITY = new Set(['jargon', 'long-sentence']);

export interface ToneRow {
  id: string;
  text: string;
  customer?: string;
  channel: Channel;
}

export interface StanfordRow {
  id: string;
  text: string;
  score: number;
}

/** The Tone findings on one text (every severity). */
export function toneFindings(row: ToneRow): Finding[] {
  return analyze(
    { draft: row.text, channel: row.channel, ...(row.customer ? { customer: row.customer } : {}) },
    {},
    TONE,
  ).findings.filter((f) => f.step === 'tone');
}

/** Bottom and top quartiles by the human score (ties at the cut-off go in). */
export function quartiles<T extends { score: number }>(rows: readonly T[]): { bottom: T[]; top: T[] } {
  const s = rows.map((r) => r.score).sort((a, b) => a - b);
  const q1 = s[Math.floor((s.length - 1) * 0.25)]!;
  const q3 = s[Math.ceil((s.length - 1) * 0.75)]!;
  return { bottom: rows.filter((r) => r.score <= q1), top: rows.filter((r) => r.score >= q3) };
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

interface ReplyRow {
  id: string;
  customer: string;
  reply: string;
  labels: { politeness?: (number | null)[] };
}

/** MAIA rows whose annotation says polite (every annotator 1). */
export function maiaPolite(rows: readonly ReplyRow[]): ToneRow[] {
  return rows
    .filter((r) => r.id.startsWith('maia-'))
    .filter((r) => {
      const p = r.labels?.politeness ?? [];
      return p.length > 0 && p.every((x) => x === 1);
    })
    .map((r) => ({ id: r.id, text: r.reply, customer: r.customer, channel: 'chat' as const }));
}

/** The share of rows with a finding of `rule` (default: any politeness-bearing Tone rule; 'all': any Tone rule). */
function share(rows: readonly ToneRow[], flagged: Map<string, Finding[]>, rule?: string): number {
  if (rows.length === 0) return 0;
  const counts = (f: Finding) => (rule === 'all' ? true : rule ? f.ruleId === rule : !CLARITY.has(f.ruleId));
  const n = rows.filter((r) => (flagged.get(r.id) ?? []).some(counts)).length;
  return Math.round((n / rows.length) * 1000) / 1000;
}

/** Where eval:tone reads its data (../shared/real/), and whether both files are there. */
export const TONE_DATA = {
  politeness: join(REAL, 'politeness.jsonl'),
  replies: join(REAL, 'replies.jsonl'),
  present: () => existsSync(join(REAL, 'politeness.jsonl')) && existsSync(join(REAL, 'replies.jsonl')),
};

export interface ToneRun {
  bottomRows: ToneRow[];
  topRows: ToneRow[];
  maia: ToneRow[];
  flagged: Map<string, Finding[]>;
  /** The headline figures (politeness-bearing Tone rules): the issue's last-line JSON. */
  figures: { stanfordImpoliteFlagged: number; stanfordPoliteFlagged: number; maiaPoliteFlagRate: number };
}

/** Reads the Stanford half and the MAIA polite replies and runs every Tone rule on them once. */
export function runTone(): ToneRun {
  const stanford = readJsonl<StanfordRow>(TONE_DATA.politeness);
  const { bottom, top } = quartiles(stanford);
  const asRow = (r: StanfordRow): ToneRow => ({ id: r.id, text: r.text, channel: 'chat' });
  const bottomRows = bottom.map(asRow);
  const topRows = top.map(asRow);
  const maia = maiaPolite(readJsonl<ReplyRow>(TONE_DATA.replies));
  const flagged = new Map<string, Finding[]>();
  for (const r of [...bottomRows, ...topRows, ...maia]) flagged.set(r.id, toneFindings(r));
  const figures = {
    stanfordImpoliteFlagged: share(bottomRows, flagged),
    stanfordPoliteFlagged: share(topRows, flagged),
    maiaPoliteFlagRate: share(maia, flagged),
  };
  return { bottomRows, topRows, maia, flagged, figures };
}

function main(argv: string[]): number {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  if (!TONE_DATA.present()) {
    process.stderr.write(`real data not found in ${REAL}\n`);
    return 2;
  }
  const ci = argv.indexOf('--cases');
  const nCases = ci >= 0 ? Number(argv[ci + 1] ?? 10) : 0;
  const { bottomRows, topRows, maia, flagged, figures } = runTone();

  out(`rows: stanford bottom ${bottomRows.length}, top ${topRows.length}; maia polite ${maia.length}`);
  out('rule                      stanford-bottom  stanford-top  maia-polite');
  for (const r of TONE) {
    const id = r.meta.id;
    out(
      `${id.padEnd(26)}${String(share(bottomRows, flagged, id)).padStart(15)}${String(share(topRows, flagged, id)).padStart(14)}${String(share(maia, flagged, id)).padStart(13)}`,
    );
  }
  if (nCases > 0) {
    const show = (title: string, rows: ToneRow[], want: boolean) => {
      out(`\n${title}`);
      rows
        .filter((r) => flagged.get(r.id)!.length > 0 === want)
        .slice(0, nCases)
        .forEach((r) =>
          out(
            `  ${r.id} [${flagged
              .get(r.id)!
              .map((f) => `${f.ruleId}: ${f.actual}`)
              .join(' | ')}] ${r.text.replace(/\s+/g, ' ').slice(0, 240)}`,
          ),
        );
    };
    show('stanford top quartile, flagged:', topRows, true);
    show('maia polite, flagged:', maia, true);
    show('stanford bottom quartile, not flagged:', bottomRows, false);
  }
  out(
    `allTone (clarity rules too): ${JSON.stringify({
      stanfordImpoliteFlagged: share(bottomRows, flagged, 'all'),
      stanfordPoliteFlagged: share(topRows, flagged, 'all'),
      maiaPoliteFlagRate: share(maia, flagged, 'all'),
    })}`,
  );
  out(JSON.stringify(figures));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
