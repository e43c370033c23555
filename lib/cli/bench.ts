// npm run bench [-- corpus.jsonl] — how fast is analyze()? Timings live here, never in tests.
// The machine is shared and noisy, so every figure is a median over many runs, and each is also given as
// a ratio against a peer measured in the same run: one bare compromise parse of the same text (the least
// an NLP-based checker must do).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../engine/analyze';
import { parseCorpus, type CorpusCase } from './eval';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

function main() {
  const file = process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
  let cases: CorpusCase[];
  try {
    cases = parseCorpus(readFileSync(file, 'utf8'), () => undefined);
  } catch {
    // No corpus at hand: a built-in sample reply.
    cases = [
      {
        id: 'sample',
        draft:
          "Hi Priya,\n\nI'm sorry your parcel arrived damaged. Unfortunately we can't refund it until it's returned, but I've emailed you a free returns label and your replacement will ship as soon as possible.\n\nIs there anything else I can help with?\n\nKind regards,\nSam",
        customer: 'My parcel arrived damaged and this is the second time!',
        expect: [],
        forbid: [],
      },
    ];
  }
  const byLength = [...cases].sort((a, b) => a.draft.length - b.draft.length);
  const typical = byLength[byLength.length >> 1]!;
  const longest = byLength[byLength.length - 1]!;
  const long300 = Array.from({ length: 6 }, () => longest.draft).join('\n\n');
  const input = (c: CorpusCase, draft = c.draft) => ({
    draft,
    ...(c.customer ? { customer: c.customer } : {}),
    ...(c.customerName ? { customerName: c.customerName } : {}),
    ...(c.channel ? { channel: c.channel } : {}),
  });

  // Warm up the JIT and compromise's lexicon.
  for (let i = 0; i < 20; i++) analyze(input(typical));

  const rows: [string, number, number][] = [];
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  for (const [label, c, draft] of [
    [`typical draft (${words(typical.draft)} words)`, typical, typical.draft],
    [`longest draft (${words(longest.draft)} words)`, longest, longest.draft],
    [`long draft (${words(long300)} words)`, longest, long300],
  ] as const) {
    const peer = time(() => nlp(draft).json(), 30);
    // Keystroke: the draft with one more character each run, so the edited sentence is re-parsed and the
    // rest come from the per-sentence cache — what the content script does while the agent types.
    let k = 0;
    const keystroke = time(() => analyze(input(c, `${draft} x${k++}`)), 30);
    rows.push([`${label}: analyze after a keystroke`, keystroke, peer]);
  }
  // Cold: every sentence new (a pasted draft) — defeat the cache with a unique prefix per sentence.
  let n = 0;
  const cold = time(() => {
    n++;
    analyze(input(typical, typical.draft.replace(/([.!?])\s/g, `$1 Z${n} `)));
  }, 20);
  const peerTypical = time(() => nlp(typical.draft).json(), 30);
  rows.push([`typical draft: analyze, nothing cached (pasted text)`, cold, peerTypical]);
  // The whole corpus once, as the CLI's audit would.
  const corpusRun = time(() => {
    for (const c of cases) analyze(input(c));
  }, 5);
  const corpusPeer = time(() => {
    for (const c of cases) nlp(c.draft).json();
  }, 5);
  rows.push([`whole corpus (${cases.length} drafts), warm`, corpusRun, corpusPeer]);

  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(
    `${'scenario'.padEnd(w)}  ${'median'.padStart(10)}  ${'compromise parse'.padStart(16)}  ratio\n`,
  );
  for (const [label, ms, peer] of rows)
    process.stdout.write(
      `${label.padEnd(w)}  ${fmt(ms).padStart(10)}  ${fmt(peer).padStart(16)}  ${(ms / peer).toFixed(2)}×\n`,
    );
  process.stdout.write(
    `\nnode ${process.version}; medians; ratio = analyze ÷ one bare compromise parse of the same text, same run\n`,
  );
}

main();
