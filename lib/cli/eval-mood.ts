// The customer-mood detector against MAIA-DQE's own annotations.
//
//   npm run eval:mood
//
// The MAIA rows of ../shared/real/replies.jsonl carry `labels.customer_emotion`, one emotion per sentence of
// the customer's message. A message counts as upset when any sentence is annotated anger, frustration or
// disappointment; everything else (neutral, confusion, anxiety, happiness, empathy…) is the rest. The
// detector is lib/engine/customer.ts: `upset` (the mood score against rules/data/thresholds.json
// customerUpset) and `problem` (upset, or a reported problem at faultReport: what missing-apology uses).
// Prints precision and recall for both, then a sweep of the mood-score threshold, and as the last line one
// JSON object.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCustomer } from '../engine/customer';
import thresholds from '../../rules/data/thresholds.json';
import { round } from '../eval/score';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = join(ROOT, '..', 'shared', 'real', 'replies.jsonl');
const UPSET = new Set(['anger', 'frustration', 'disappointment']);

interface Row {
  id: string;
  customer: string;
  gold: boolean;
}

export function loadMaia(file: string): Row[] {
  const out: Row[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: { id?: unknown; customer?: unknown; labels?: { customer_emotion?: unknown } };
      try {
        o = JSON.parse(line);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
      if (typeof o.id !== 'string' || !o.id.startsWith('maia')) return;
      const emo = o.labels?.customer_emotion;
      if (!Array.isArray(emo)) throw new Error(`${file}:${i + 1}: labels.customer_emotion: missing on a MAIA row`);
      if (typeof o.customer !== 'string') throw new Error(`${file}:${i + 1}: customer: missing`);
      out.push({ id: o.id, customer: o.customer, gold: emo.some((e) => UPSET.has(String(e))) });
    });
  return out;
}

export function score(gold: boolean[], pred: boolean[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (pred[i] && g) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  const precision = tp + fp ? round(tp / (tp + fp)) : 0;
  const recall = tp + fn ? round(tp / (tp + fn)) : 0;
  const f1 = precision + recall ? round((2 * precision * recall) / (precision + recall)) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

function main(): number {
  if (!existsSync(FILE)) {
    process.stderr.write(`real replies not found at ${FILE}: nothing to measure\n`);
    return 2;
  }
  const rows = loadMaia(FILE);
  const read = rows.map((r) => analyzeCustomer(r.customer)!);
  const gold = rows.map((r) => r.gold);
  const upset = score(
    gold,
    read.map((c) => c.upset),
  );
  const problem = score(
    gold,
    read.map((c) => c.problem),
  );
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(
    `MAIA customer messages: ${rows.length}, annotated anger/frustration/disappointment: ${gold.filter(Boolean).length}`,
  );
  out('');
  out('detector                                   precision  recall    f1   (tp/fp/fn)');
  const line = (name: string, s: ReturnType<typeof score>) =>
    out(
      `${name.padEnd(42)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(5)}   (${s.tp}/${s.fp}/${s.fn})`,
    );
  line(`upset (mood score ≥ ${thresholds.customerUpset})`, upset);
  line(`problem (upset or fault ≥ ${thresholds.faultReport})`, problem);
  out('');
  out('mood-score threshold sweep:');
  const sweep: { threshold: number; precision: number; recall: number }[] = [];
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const s = score(
      gold,
      read.map((c) => c.moodScore >= t),
    );
    sweep.push({ threshold: t, precision: s.precision, recall: s.recall });
    line(`  score ≥ ${t}`, s);
  }
  out(JSON.stringify({ rows: rows.length, positives: gold.filter(Boolean).length, upset, problem, sweep }));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
