// Corpus evaluation.
//
//   npm run eval                          every corpus side by side: dev (../shared/corpus/dev.jsonl), validation
//                                         (tests/corpus/validation.jsonl), real (tests/corpus/real-labels.jsonl
//                                         joined with ../shared/real/replies.jsonl), its dev and check halves
//   npm run eval -- FILE                  one file alone (a corpus of drafts or a real-label file), its table and,
//                                         as the last line, its JSON summary
//   --cases                               list each miss and false alarm
//   --save RUN.json                       keep this run (summaries and per-case outcomes) for --compare
//   --compare BEFORE.json [AFTER.json]    what changed between two saved runs (or between BEFORE and now)
//
// A corpus line that is not valid JSON, lacks a field or names an unknown rule stops the run with the file,
// line and field (exit 2).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rules } from '../../rules/index';
import { CorpusError, corpusPaths, loadFile, parseCorpusStrict, type CorpusCase } from '../eval/corpus';
import { compareRuns, formatCases, formatSideBySide, formatTable, type CorpusRun, type SavedRun } from '../eval/report';
import { evaluate } from '../eval/score';

export type { CorpusCase } from '../eval/corpus';
export { evaluate } from '../eval/score';
export { formatTable } from '../eval/report';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWN = new Set(rules.map((r) => r.meta.id));

/**
 * Lenient reading for the benchmark: the lines that parse, the rest reported through onError.
 * (`npm run eval` reads strictly and stops at the first bad line.)
 */
export function parseCorpus(text: string, onError: (line: number, msg: string) => void): CorpusCase[] {
  const out: CorpusCase[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(...parseCorpusStrict(line, '<corpus>', KNOWN));
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      onError(i + 1, `${e.field ? `${e.field}: ` : ''}${e.problem}`);
    }
  });
  return out;
}

function rel(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') && r.split('/').length > 4 ? p : r || p;
}

function run(name: string, file: string, cases: CorpusCase[]): CorpusRun {
  const { result, outcomes } = evaluate(cases);
  return { name, file: rel(file), result, outcomes };
}

/** Every corpus that is present: dev, validation, real (all, dev half, check half). */
export function defaultRuns(log: (s: string) => void): CorpusRun[] {
  const p = corpusPaths(ROOT);
  const runs: CorpusRun[] = [];
  if (existsSync(p.dev)) runs.push(run('dev', p.dev, loadFile(p.dev, KNOWN, p.realReplies)));
  else log(`dev corpus not found at ${p.dev}: skipped`);
  runs.push(run('validation', p.validation, loadFile(p.validation, KNOWN, p.realReplies)));
  if (!existsSync(p.realReplies)) log(`real replies not found at ${p.realReplies}: real corpus skipped`);
  else {
    const real = loadFile(p.realLabels, KNOWN, p.realReplies);
    runs.push(run('real', p.realLabels, real));
    runs.push(
      run(
        'real-dev',
        p.realLabels,
        real.filter((c) => c.split === 'dev'),
      ),
    );
    runs.push(
      run(
        'real-check',
        p.realLabels,
        real.filter((c) => c.split === 'check'),
      ),
    );
  }
  return runs;
}

function readSaved(file: string): SavedRun {
  let obj: unknown;
  try {
    obj = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CorpusError(file, 1, null, `not a saved eval run (${(e as Error).message})`);
  }
  const s = obj as Partial<SavedRun>;
  if (s?.format !== 'reply-coach-eval' || !Array.isArray(s.corpora))
    throw new CorpusError(file, 1, 'format', 'not a saved eval run (make one with npm run eval -- --save FILE)');
  return s as SavedRun;
}

function main(argv: string[]): number {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const err = (s: string) => process.stderr.write(`${s}\n`);
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[i + 1] : undefined;
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !['--save', '--compare'].includes(argv[i - 1] ?? ''));
  const known = new Set(['--cases', '--save', '--compare']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (unknown.length || positional.length > 1 || (flags.has('--save') && !value('--save'))) {
    err('usage: npm run eval [-- FILE] [--cases] [--save RUN.json] [--compare BEFORE.json [AFTER.json]]');
    return 2;
  }
  try {
    if (flags.has('--compare')) {
      const before = value('--compare');
      if (!before) {
        err('usage: npm run eval -- --compare BEFORE.json [AFTER.json]');
        return 2;
      }
      const i = argv.indexOf('--compare');
      const afterFile = argv[i + 2] && !argv[i + 2]!.startsWith('--') ? argv[i + 2] : undefined;
      const after: SavedRun = afterFile
        ? readSaved(afterFile)
        : { format: 'reply-coach-eval', version: 1, corpora: defaultRuns(err) };
      const { changes, text } = compareRuns(readSaved(before), after);
      out(text);
      out(
        JSON.stringify({
          won: changes.filter((c) => /hits|gone/.test(c.kind)).length,
          lost: changes.filter((c) => /misses|new/.test(c.kind)).length,
        }),
      );
      return 0;
    }
    let runs: CorpusRun[];
    if (positional.length === 1) {
      const file = positional[0]!;
      if (!existsSync(file)) {
        err(`${file}: cannot read (no such file)`);
        return 2;
      }
      runs = [run('corpus', file, loadFile(file, KNOWN, corpusPaths(ROOT).realReplies))];
    } else runs = defaultRuns(err);
    if (flags.has('--cases')) for (const r of runs) out(formatCases(r) + '\n');
    if (runs.length === 1) {
      out(formatTable(runs[0]!.result));
    } else out(formatSideBySide(runs));
    const saveTo = value('--save');
    if (saveTo) {
      const saved: SavedRun = { format: 'reply-coach-eval', version: 1, corpora: runs };
      writeFileSync(saveTo, JSON.stringify(saved));
      err(`saved to ${saveTo}`);
    }
    out(
      JSON.stringify(
        runs.length === 1 ? runs[0]!.result : { corpora: Object.fromEntries(runs.map((r) => [r.name, r.result])) },
      ),
    );
    return 0;
  } catch (e) {
    if (e instanceof CorpusError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
