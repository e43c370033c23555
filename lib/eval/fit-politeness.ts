// Fits the curt-tone model (rules/data/curt-tone.json `model`) offline:
//
//   npx tsx lib/eval/fit-politeness.ts          fit and print; --write saves the weights and threshold
//
// Data: ../shared/real/politeness.jsonl (half of the Stanford Politeness Corpus; development only, never
// copied into the project). Each request is read with lib/engine/signals/politeness.ts; the bottom quartile by
// the human score is "curt" (1), the top quartile "polite" (0); an L2-regularised logistic regression over the
// strategy features gives the weights. `fixed` weights (cues Stanford cannot show, such as a one-line answer
// to a long customer message) are kept as they are, and so is `commandThreshold` (set by hand: the curtness
// at which a bare command in a reply with no politeness marker is reported). The threshold is the lowest
// curtness at which any politeness-bearing Tone rule (the other ones or this) flags at most TOP_MAX of the top
// quartile and at most MAIA_MAX of the MAIA replies annotated polite (../shared/real/replies.jsonl): the bars
// (0.08) are on any Tone rule, with a margin for the half we do not see.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCustomer } from '../engine/customer';
import { analyzeText } from '../engine/text';
import { FEATURES, hasStrongCue, readPoliteness, type PolitenessModel } from '../engine/signals/politeness';
import data from '../../rules/data/curt-tone.json';
import { CLARITY, maiaPolite, quartiles, toneFindings, type StanfordRow, type ToneRow } from '../cli/eval-tone';

const ROOT = join(import.meta.dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'real');
const DATA = join(ROOT, 'rules', 'data', 'curt-tone.json');
const TOP_MAX = 0.072;
const MAIA_MAX = 0.072;

interface Scored {
  curt: number;
  command: boolean;
  other: boolean;
}
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

/** Solve A x = b (Gauss–Jordan with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const d = M[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / d;
      if (f !== 0) for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/** L2-regularised logistic regression by Newton's method (the bias is not penalised). */
function fit(X: number[][], y: number[]): { bias: number; w: number[] } {
  const idx = fitted.map((f) => FEATURES.indexOf(f));
  const rows = X.map((x) => [1, ...idx.map((j) => x[j]!)]);
  const d = idx.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((r, i) => {
      const z = r.reduce((s, v, k) => s + v * beta[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const e = p - y[i]!;
      const wgt = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a]! += e * r[a]!;
        for (let b = 0; b < d; b++) H[a]![b]! += wgt * r[a]! * r[b]!;
      }
    });
    for (let a = 1; a < d; a++) {
      g[a]! += L2 * beta[a]!;
      H[a]![a]! += L2;
    }
    const step = solve(H, g);
    beta = beta.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { bias: beta[0]!, w: beta.slice(1) };
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
    commandThreshold: data.model.commandThreshold,
  };
  const read = (text: string, customer?: string) =>
    readPoliteness(analyzeText(text), customer ? analyzeCustomer(customer) : null, model);
  const maia = maiaPolite(jsonl(join(REAL, 'replies.jsonl')));
  const asRow = (r: StanfordRow) => ({ id: r.id, text: r.text, channel: 'chat' as const });
  // What the other politeness-bearing Tone rules already flag: the bars are on any of them.
  const others = (row: ToneRow) => toneFindings(row).some((f) => f.ruleId !== 'curt-tone' && !CLARITY.has(f.ruleId));
  const rowSets: ToneRow[][] = [bottom.map(asRow), top.map(asRow), maia];
  const sets = rowSets.map((rows) =>
    rows.map((r) => {
      const p = read(r.text, r.customer);
      return { curt: hasStrongCue(p) ? p.curtness : 0, command: p.features.command === 1, other: others(r) };
    }),
  );
  const [cb, ct, cm] = sets as [Scored[], Scored[], Scored[]];
  const rate = (xs: Scored[], t: number, tc: number) =>
    xs.filter((x) => x.other || x.curt >= t || (x.command && x.curt >= tc)).length / xs.length;
  const candidates = [...new Set([...cb, ...ct, ...cm].map((x) => Math.round(x.curt * 1000) / 1000))].sort(
    (p, q) => p - q,
  );
  let threshold = 1;
  const tc = model.commandThreshold ?? 1;
  for (const t of candidates) {
    if (rate(ct, t, tc) <= TOP_MAX && rate(cm, t, tc) <= MAIA_MAX) {
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
      `threshold ${t.toFixed(3)}: any tone rule flags bottom ${rate(cb, t, tc).toFixed(3)} top ${rate(ct, t, tc).toFixed(3)} maia ${rate(cm, t, tc).toFixed(3)}`,
    );
  if (argv.includes('--write')) {
    const out = { ...data, model };
    writeFileSync(DATA, JSON.stringify(out, null, 2) + '\n');
    console.log(`wrote ${DATA}`);
  }
}

main(process.argv.slice(2));
