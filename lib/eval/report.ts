// Printing eval results: one corpus as a table, several side by side, and what changed between two runs.

import type { CaseOutcome, EvalResult } from './score';

export interface CorpusRun {
  name: string;
  file: string;
  result: EvalResult;
  outcomes: CaseOutcome[];
}

/** A saved run (`npm run eval -- --save run.json`), the input of `--compare`. */
export interface SavedRun {
  format: 'reply-coach-eval';
  version: 1;
  corpora: CorpusRun[];
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
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
  return table(head, rows);
}

function cell(hits: number, of: number, rate: number): string {
  return of === 0 ? '—' : `${rate.toFixed(2)} ${hits}/${of}`;
}

/** Every corpus side by side: per rule, recall (hits/expected) and false-alarm rate (alarms/forbidden). */
export function formatSideBySide(runs: CorpusRun[]): string {
  const head = ['rule', ...runs.flatMap((r) => [`${r.name} recall`, `${r.name} FA`])];
  const ids = [...new Set(runs.flatMap((r) => Object.keys(r.result.perRule)))].sort();
  const rows = ids.map((id) => [
    id,
    ...runs.flatMap((r) => {
      const s = r.result.perRule[id];
      if (!s) return ['—', '—'];
      return [cell(s.hits, s.expected, s.recall), cell(s.falseAlarms, s.forbidden, s.falseAlarmRate)];
    }),
  ]);
  rows.push([
    'ALL',
    ...runs.flatMap((r) => [
      cell(r.result.hits, r.result.expected, r.result.recall),
      cell(r.result.falseAlarms, r.result.forbidden, r.result.falseAlarmRate),
    ]),
  ]);
  const cases = runs.map((r) => `${r.name}: ${r.result.cases} cases (${r.file})`).join('\n');
  return `${cases}\n\n${table(head, rows)}`;
}

/** Misses and false alarms, case by case. */
export function formatCases(run: CorpusRun): string {
  const out: string[] = [];
  for (const o of run.outcomes) {
    if (!o.missed.length && !o.falseAlarms.length) continue;
    const parts = [];
    if (o.missed.length) parts.push(`missed ${o.missed.join(', ')}`);
    if (o.falseAlarms.length) parts.push(`false alarm ${o.falseAlarms.join(', ')}`);
    out.push(`${run.name} ${o.id}: ${parts.join('; ')}`);
  }
  return out.join('\n');
}

export interface Change {
  corpus: string;
  id: string;
  rule: string;
  kind: 'now hits' | 'now misses' | 'new false alarm' | 'false alarm gone';
}

/** What a change won and lost, case by case and per rule, between two runs of the same corpora. */
export function compareRuns(before: SavedRun, after: SavedRun): { changes: Change[]; text: string } {
  const changes: Change[] = [];
  const lines: string[] = [];
  for (const a of after.corpora) {
    const b = before.corpora.find((x) => x.name === a.name);
    if (!b) {
      lines.push(`${a.name}: not in the earlier run`);
      continue;
    }
    const prev = new Map(b.outcomes.map((o) => [o.id, o]));
    for (const o of a.outcomes) {
      const p = prev.get(o.id);
      if (!p) continue;
      for (const r of o.missed)
        if (!p.missed.includes(r)) changes.push({ corpus: a.name, id: o.id, rule: r, kind: 'now misses' });
      for (const r of p.missed)
        if (!o.missed.includes(r)) changes.push({ corpus: a.name, id: o.id, rule: r, kind: 'now hits' });
      for (const r of o.falseAlarms)
        if (!p.falseAlarms.includes(r)) changes.push({ corpus: a.name, id: o.id, rule: r, kind: 'new false alarm' });
      for (const r of p.falseAlarms)
        if (!o.falseAlarms.includes(r)) changes.push({ corpus: a.name, id: o.id, rule: r, kind: 'false alarm gone' });
    }
    const rows: (string | number)[][] = [];
    const ids = [...new Set([...Object.keys(a.result.perRule), ...Object.keys(b.result.perRule)])].sort();
    for (const id of ids) {
      const x = b.result.perRule[id];
      const y = a.result.perRule[id];
      if (!x || !y) continue;
      if (
        x.hits === y.hits &&
        x.falseAlarms === y.falseAlarms &&
        x.expected === y.expected &&
        x.forbidden === y.forbidden
      )
        continue;
      rows.push([
        id,
        `${x.recall.toFixed(3)} → ${y.recall.toFixed(3)}`,
        `${x.falseAlarmRate.toFixed(3)} → ${y.falseAlarmRate.toFixed(3)}`,
      ]);
    }
    rows.push([
      'ALL',
      `${b.result.recall.toFixed(3)} → ${a.result.recall.toFixed(3)}`,
      `${b.result.falseAlarmRate.toFixed(3)} → ${a.result.falseAlarmRate.toFixed(3)}`,
    ]);
    lines.push(`\n${a.name}`);
    lines.push(table(['rule', 'recall', 'FA rate'], rows));
  }
  const won = changes.filter((c) => c.kind === 'now hits' || c.kind === 'false alarm gone');
  const lost = changes.filter((c) => c.kind === 'now misses' || c.kind === 'new false alarm');
  const fmt = (c: Change) => `  ${c.corpus} ${c.id}: ${c.rule} ${c.kind}`;
  lines.push(`\nWon (${won.length}):`, ...won.map(fmt), `\nLost (${lost.length}):`, ...lost.map(fmt));
  return { changes, text: lines.join('\n') };
}
