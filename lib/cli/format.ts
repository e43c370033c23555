// Terminal output in the style of ESLint's "stylish" formatter.

import type { Finding, Report } from '../engine/types';

const useColour = () => process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColour() ? `\u001b[${code}m${s}\u001b[0m` : s);
export const red = (s: string) => paint('31', s);
export const yellow = (s: string) => paint('33', s);
export const dim = (s: string) => paint('2', s);
export const green = (s: string) => paint('32', s);
export const bold = (s: string) => paint('1', s);

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function severityLabel(f: Finding): string {
  return f.severity === 'error' ? red('error') : f.severity === 'warning' ? yellow('warning') : dim('suggestion');
}

function oneLine(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** lineColumn for many offsets into one text: the line starts found once, then a binary search per offset. */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    // lo: the line starts at or before the offset, i.e. 1 + the newlines before it (as lineColumn counts).
    return { line: lo, column: offset - starts[lo - 1]! + 1 };
  };
}

/** "Analysed 50,256 of 200,137 characters (1–1,890, 78,685–125,966, …)": what a partial report covers. */
export function partialNote(report: Report): string | null {
  const p = report.partial;
  if (!p) return null;
  const n = (x: number) => x.toLocaleString('en-GB');
  const ranges = p.analysedRanges.map((r) => `${n(r.start + 1)}–${n(r.end)}`);
  const shown = ranges.length > 4 ? [...ranges.slice(0, 4), '…'] : ranges;
  return `Analysed ${n(p.analysedChars)} of ${n(p.totalChars)} characters (${shown.join(', ')}): a long draft is checked in part; the rest was not checked (--all checks all of it).`;
}

export function formatReport(name: string, draft: string, report: Report): string {
  const out: string[] = [];
  const at = lineColumns(draft);
  if (report.findings.length) {
    out.push(bold(name));
    const rows = report.findings.map((f) => {
      const { line, column } = at(f.start);
      const fix = f.fixes[0];
      const fixText = fix ? dim(` → ${oneLine(fix.label)}`) : '';
      return [`${line}:${column}`, severityLabel(f), f.ruleId, `${f.message}${fixText}`];
    });
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    const w2 = Math.max(...rows.map((r) => r[2]!.length));
    for (const r of rows) out.push(`  ${r[0]!.padStart(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]!.padEnd(w2)}  ${r[3]}`);
    out.push('');
  }
  out.push(bold(`Checklist — ${report.checklist.name}`));
  for (const item of report.checklist.items)
    out.push(`  ${item.met ? green('✓') : red('✗')} ${item.label.padEnd(13)} ${dim(oneLine(item.reason, 100))}`);
  out.push('');
  const { errors, warnings, suggestions } = report.stats;
  const total = errors + warnings + suggestions;
  const summary =
    total === 0
      ? report.partial
        ? green('✔ No problems in the part analysed.')
        : green('✔ No problems: this reply is ready to send.')
      : `${errors ? red('✖') : yellow('⚠')} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${suggestions} suggestion${suggestions === 1 ? '' : 's'})`;
  out.push(summary);
  const partial = partialNote(report);
  if (partial) out.push(yellow(`⚠ ${partial}`));
  return out.join('\n');
}
