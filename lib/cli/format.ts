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

export function formatReport(name: string, draft: string, report: Report): string {
  const out: string[] = [];
  if (report.findings.length) {
    out.push(bold(name));
    const rows = report.findings.map((f) => {
      const { line, column } = lineColumn(draft, f.start);
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
      ? green('✔ No problems: this reply is ready to send.')
      : `${errors ? red('✖') : yellow('⚠')} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${suggestions} suggestion${suggestions === 1 ? '' : 's'})`;
  out.push(summary);
  return out.join('\n');
}
