// Fits the curt-tone model (rules/data/curt-tone.json `model`) offline:
//
//   npx tsx lib/eval/fit-politeness.ts          fit and print; --write saves the weights and threshold
//
// Data: ../shared/real/politeness.jsonl (half of the Stanford Politeness Corpus; development only, never
// copied into the project). Each request is read with lib/engine/signals/politeness.ts; the bottom quartile by
// the human score is "curt" (1), the top quartile "polite" (0); an L2-regularised logistic regression over the
// strategy features gives the weights. `fixed` weights (cues Stanford cannot show, such as a one-line answer
// to a long customer message) are kept as they are. The threshold is the lowest curtness at which the rule,
// alone, flags at most TOP_MAX of the top quartile and at most MAIA_MAX of the MAIA replies annotated polite
// (../shared/real/replies.jsonl): the other Tone rules already flag a few of those, and the bars are on any
// Tone rule.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCustomer } from '../engine/customer';
import { analyzeText } from '../engine/text';
import { FEATURES, readPoliteness, type PolitenessModel } from '../engine/signals/politeness';
import data from '../../rules/data/curt-tone.json';
import { maiaPolite, quartiles, type StanfordRow } from '../cli/eval-tone';

const ROOT = join(import.meta.dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'real');
const DATA = join(ROOT, 'rules', 'data', 'curt-tone.json');
const TOP_MAX = 0.03;
const MAIA_MAX = 0.035;
const L2 = 1;

const ZERO: PolitenessModel = { bias: 0, weights: {}, fixed: {}, threshold: 1 };

function jsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const fitted = FEATURES.filter((f) => !(f in data.model.fixed));

function vector(text: string, customer?: string): number[] {
  const r = readPoliteness(analyzeText(text), customer ? analyzeCustomer(customer) : null, ZERO);
  return FEATURES.map((f) => r.features[f]);
}

/** Logistic regression by Newton's method would need a matrix solve; plain gradient descent is enough here. */
function fit(X: number[][], y: number[]): { bias: number; w: number[] } {
  const idx = fitted.map((f) => FEATURES.indexOf(f));
  let bias = 0;
  const w = idx.map(() => 0);
  const n = X.length;
  for (let it = 0; it < 4000; it++) {
    let gb = 0;
    const g = w.map(() => 0);
    for (let i = 0; i < n; i++) {
      let z = bias;
      idx.forEach((j, k) => (z += w[k]! * X[i]![j]!));
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      gb += e;
      idx.forEach((j, k) => (g[k]! += e * X[i]![j]!));
    }
    bias -= (0.5 * gb) / n;
    w.forEach((_, k) => (w[k] = w[k]! - 0.5 * ((g[k]! + L2 * w[k]!) / n)));
  }
  return { bias, w };
}

function main(argv: string[]): void {
  const stanford = jsonl<StanfordRow>(join(REAL, 'politeness.jsonl'));
  const { bottom, top } = quartiles(stanford);
  const X = [...bottom, ...top].map((r) => vector(r.text));
  const y = [...bottom.map(() => 1), ...top.map(() => 0)];
  const { bias, w } = fit(X, y);
  const weights: Record<string, number> = {};
  fitted.forEach((f, k) => (weights[f] = Math.round(w[k]! * 1000) / 1000));
  const model: PolitenessModel = {
    bias: Math.round(bias * 1000) / 1000,
    weights,
    fixed: data.model.fixed,
    threshold: 1,
  };
  const curt = (text: string, customer?: string) =>
    readPoliteness(analyzeText(text), customer ? analyzeCustomer(customer) : null, model).curtness;
  const cb = bottom.map((r) => curt(r.text));
  const ct = top.map((r) => curt(r.text));
  const maia = maiaPolite(jsonl(join(REAL, 'replies.jsonl')));
  const cm = maia.map((r) => curt(r.text, r.customer));
  const rate = (xs: number[], t: number) => xs.filter((x) => x >= t).length / xs.length;
  const candidates = [...new Set([...cb, ...ct, ...cm].map((x) => Math.round(x * 1000) / 1000))].sort((a, b) => a - b);
  let threshold = 1;
  for (const t of candidates) {
    if (rate(ct, t) <= TOP_MAX && rate(cm, t) <= MAIA_MAX) {
      threshold = t;
      break;
    }
  }
  model.threshold = threshold;
  console.log('weights (> 0: curt):');
  for (const [f, v] of Object.entries(weights).sort((a, b) => b[1] - a[1])) console.log(`  ${f.padEnd(16)}${v}`);
  console.log(`  bias ${model.bias}`);
  for (const t of [threshold - 0.1, threshold - 0.05, threshold, threshold + 0.05, threshold + 0.1])
    console.log(
      `threshold ${t.toFixed(3)}: bottom ${rate(cb, t).toFixed(3)} top ${rate(ct, t).toFixed(3)} maia ${rate(cm, t).toFixed(3)}`,
    );
  if (argv.includes('--write')) {
    const out = { ...data, model };
    writeFileSync(DATA, JSON.stringify(out, null, 2) + '\n');
    console.log(`wrote ${DATA}`);
  }
}

main(process.argv.slice(2));
