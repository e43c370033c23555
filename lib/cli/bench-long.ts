// npm run bench:long [-- chars] [--cold] — how long is each step of the sliced analysis of a long draft
// (lib/engine/slices.ts)? The budget: no slice over 50 ms on 200,000 characters. Timings live here, never in
// tests. Figures: the step reading the draft's structure, then max, 95th percentile and median slice time,
// for the default partial analysis (the visible region in the middle first) and for all of it
// (maxChars: Infinity); and analyze() on the whole draft in one call, for comparison.

import { analyze } from '../engine/analyze';
import { analyzeInSlices, type SliceOptions } from '../engine/slices';
import { LONG_CUSTOMER, longDraft } from './long-draft';

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function slices(draft: string, options: SliceOptions) {
  const it = analyzeInSlices({ draft, customer: LONG_CUSTOMER, customerName: 'Jan' }, {}, options);
  let structure = 0;
  const times: number[] = [];
  for (;;) {
    const step = it.next();
    if (step.done) return { structure, times, report: step.value };
    if (step.value.done === 0) structure = step.value.elapsedMs;
    else times.push(step.value.elapsedMs);
  }
}

function main() {
  const chars = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
  // A different draft per run (its own numbering), so no sentence is cached from the run before.
  let salt = 0;
  const draftOf = () => longDraft(chars).replace(/\((\d+)\)/g, (_, n: string) => `(${salt}.${n})`);
  // Warm up the JIT, compromise's lexicon and the rules' regular expressions on a draft of the same kind
  // (--cold: not, to see the first analysis in a fresh process, as a background script's first).
  salt++;
  if (!process.argv.includes('--cold')) slices(longDraft(20_000), { maxChars: Infinity });

  const rows: [string, { structure: number; times: number[] }][] = [];
  salt++;
  const partialDraft = draftOf();
  const mid = partialDraft.length >> 1;
  const partial = slices(partialDraft, { priority: { start: mid, end: mid + 3_000 } });
  rows.push([`partial (${partial.report.partial?.analysedChars ?? chars} chars analysed)`, partial]);
  salt++;
  const all = slices(draftOf(), { maxChars: Infinity });
  rows.push(['all of it', all]);

  const d = draftOf();
  process.stdout.write(`draft: ${d.length.toLocaleString('en-GB')} characters\n\n`);
  process.stdout.write(
    `${'run'.padEnd(34)}  ${'slices'.padStart(6)}  ${'structure'.padStart(9)}  ${'max'.padStart(9)}  ${'p95'.padStart(9)}  ${'median'.padStart(9)}  ${'total'.padStart(10)}\n`,
  );
  for (const [label, r] of rows)
    process.stdout.write(
      `${label.padEnd(34)}  ${String(r.times.length).padStart(6)}  ${fmt(r.structure).padStart(9)}  ${fmt(Math.max(...r.times)).padStart(9)}  ${fmt(quantile(r.times, 0.95)).padStart(9)}  ${fmt(quantile(r.times, 0.5)).padStart(9)}  ${fmt(r.times.reduce((a, b) => a + b, r.structure)).padStart(10)}\n`,
    );
  salt++;
  const t0 = performance.now();
  analyze({ draft: draftOf(), customer: LONG_CUSTOMER, customerName: 'Jan' });
  process.stdout.write(`\nanalyze() of the whole draft in one call: ${fmt(performance.now() - t0)}\n`);
  process.stdout.write(
    `node ${process.version}; one run each, ${process.argv.includes('--cold') ? 'cold (first analysis in this process)' : 'after a warm-up'}; the machine may be shared\n`,
  );
}

main();
