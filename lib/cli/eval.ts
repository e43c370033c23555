// Corpus evaluation: npm run eval -- <corpus.jsonl> [--json-only] [--cases]
// Reads labelled drafts (id, channel, customer, customerName, draft, expect[], forbid[]) and prints a
// per-rule table, then, as the last line, one JSON object with the totals and per-rule figures.

import { readFileSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import { rules } from '../../rules/index';
import type { Channel } from '../engine/types';

export interface CorpusCase {
  id: string;
  channel?: Channel;
  customer?: string;
  customerName?: string;
  draft: string;
  expect: string[];
  forbid: string[];
}

export interface RuleScore {
  expected: number;
  hits: number;
  recall: number;
  forbidden: number;
  falseAlarms: number;
  falseAlarmRate: number;
}

export interface EvalResult {
  cases: number;
  expected: number;
  hits: number;
  recall: number;
  forbidden: number;
  falseAlarms: number;
  falseAlarmRate: number;
  perRule: Record<string, RuleScore>;
}

export interface CaseOutcome {
  id: string;
  missed: string[];
  falseAlarms: string[];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function parseCorpus(text: string, onError: (line: number, msg: string) => void): CorpusCase[] {
  const out: CorpusCase[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      onError(i + 1, `not valid JSON (${(e as Error).message})`);
      return;
    }
    const c = obj as Partial<CorpusCase>;
    const problems: string[] = [];
    if (typeof c !== 'object' || c === null) problems.push('not an object');
    else {
      if (typeof c.draft !== 'string') problems.push('"draft" must be a string');
      if (!Array.isArray(c.expect) || !c.expect.every((x) => typeof x === 'string'))
        problems.push('"expect" must be an array of rule ids');
      if (c.forbid !== undefined && (!Array.isArray(c.forbid) || !c.forbid.every((x) => typeof x === 'string')))
        problems.push('"forbid" must be an array of rule ids');
      if (c.channel !== undefined && !['email', 'chat', 'social'].includes(c.channel))
        problems.push('"channel" must be email, chat or social');
    }
    if (problems.length) {
      onError(i + 1, problems.join('; '));
      return;
    }
    out.push({
      id: typeof c.id === 'string' ? c.id : `line-${i + 1}`,
      draft: c.draft!,
      expect: c.expect!,
      forbid: c.forbid ?? [],
      ...(c.channel ? { channel: c.channel } : {}),
      ...(typeof c.customer === 'string' ? { customer: c.customer } : {}),
      ...(typeof c.customerName === 'string' ? { customerName: c.customerName } : {}),
    });
  });
  return out;
}

export function evaluate(cases: CorpusCase[]): { result: EvalResult; outcomes: CaseOutcome[] } {
  const perRule: Record<string, RuleScore> = {};
  const score = (id: string) =>
    (perRule[id] ??= { expected: 0, hits: 0, recall: 0, forbidden: 0, falseAlarms: 0, falseAlarmRate: 0 });
  for (const r of rules) score(r.meta.id);
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const report = analyze({
      draft: c.draft,
      ...(c.customer !== undefined ? { customer: c.customer } : {}),
      ...(c.customerName !== undefined ? { customerName: c.customerName } : {}),
      ...(c.channel ? { channel: c.channel } : {}),
    });
    const fired = new Set(report.findings.map((f) => f.ruleId));
    const missed: string[] = [];
    const alarms: string[] = [];
    for (const id of c.expect) {
      const s = score(id);
      s.expected++;
      if (fired.has(id)) s.hits++;
      else missed.push(id);
    }
    for (const id of c.forbid) {
      const s = score(id);
      s.forbidden++;
      if (fired.has(id)) {
        s.falseAlarms++;
        alarms.push(id);
      }
    }
    outcomes.push({ id: c.id, missed, falseAlarms: alarms });
  }
  let expected = 0,
    hits = 0,
    forbidden = 0,
    falseAlarms = 0;
  for (const s of Object.values(perRule)) {
    s.recall = s.expected ? round(s.hits / s.expected) : 1;
    s.falseAlarmRate = s.forbidden ? round(s.falseAlarms / s.forbidden) : 0;
    expected += s.expected;
    hits += s.hits;
    forbidden += s.forbidden;
    falseAlarms += s.falseAlarms;
  }
  return {
    result: {
      cases: cases.length,
      expected,
      hits,
      recall: expected ? round(hits / expected) : 1,
      forbidden,
      falseAlarms,
      falseAlarmRate: forbidden ? round(falseAlarms / forbidden) : 0,
      perRule,
    },
    outcomes,
  };
}

export function formatTable(result: EvalResult): string {
  const head = ['rule', 'expected', 'hits', 'recall', 'forbidden', 'false alarms', 'FA rate'];
  const rows = Object.entries(result.perRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => [
      id,
      s.expected,
      s.hits,
      s.recall.toFixed(3),
      s.forbidden,
      s.falseAlarms,
      s.falseAlarmRate.toFixed(3),
    ]);
  rows.push([
    'ALL',
    result.expected,
    result.hits,
    result.recall.toFixed(3),
    result.forbidden,
    result.falseAlarms,
    result.falseAlarmRate.toFixed(3),
  ]);
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  const showCases = argv.includes('--cases');
  if (files.length !== 1) {
    process.stderr.write('usage: npm run eval -- <corpus.jsonl> [--cases]\n');
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const cases = parseCorpus(text, (line, msg) => process.stderr.write(`${file}:${line}: skipped, ${msg}\n`));
  const { result, outcomes } = evaluate(cases);
  if (showCases) {
    for (const o of outcomes)
      if (o.missed.length || o.falseAlarms.length)
        process.stdout.write(
          `${o.id}: ${o.missed.length ? `missed ${o.missed.join(', ')}` : ''}${o.missed.length && o.falseAlarms.length ? '; ' : ''}${o.falseAlarms.length ? `false alarm ${o.falseAlarms.join(', ')}` : ''}\n`,
        );
    process.stdout.write('\n');
  }
  process.stdout.write(`${formatTable(result)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
