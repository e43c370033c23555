// Audit a library of canned replies (macros): Zendesk's macro export JSON, or a CSV with a text column.

import { parse as parseCsv } from 'csv-parse/sync';
import { analyze } from '../engine/analyze';
import type { Channel, Finding, Settings } from '../engine/types';
import { InputError, UsageError } from './errors';
import { bold, dim, red, yellow } from './format';

export interface Macro {
  id: string;
  title: string;
  text: string;
}

export interface MacroResult {
  id: string;
  title: string;
  errors: number;
  warnings: number;
  suggestions: number;
  findings: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'start' | 'end' | 'actual'>[];
}

export interface AuditResult {
  macros: MacroResult[];
  rules: Record<string, { macros: number; findings: number; severity: Finding['severity'] }>;
  totals: { macros: number; clean: number; errors: number; warnings: number; suggestions: number };
}

/** Zendesk's HTML comment bodies to plain text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function macroText(actions: unknown): string | null {
  if (!Array.isArray(actions)) return null;
  for (const a of actions as { field?: unknown; value?: unknown }[]) {
    if (a?.field !== 'comment_value' && a?.field !== 'comment_value_html') continue;
    // Zendesk stores either "text" or ["channel:all", "text"].
    const v = Array.isArray(a.value) ? a.value[a.value.length - 1] : a.value;
    if (typeof v !== 'string') continue;
    return a.field === 'comment_value_html' ? htmlToText(v) : v;
  }
  return null;
}

export function loadMacros(
  file: string,
  text: string,
  opts: { column?: string | undefined; titleColumn?: string | undefined },
): Macro[] {
  if (/\.csv$/i.test(file)) {
    if (!opts.column) throw new UsageError('a CSV audit needs --column NAME: the column that holds the reply text');
    let records: Record<string, string>[];
    try {
      records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false });
    } catch (e) {
      const err = e as Error & { lines?: number };
      throw new InputError(
        `${file}:${err.lines ?? '?'}: malformed CSV (${err.message.replace(/^Invalid Record Length: /, '')})`,
      );
    }
    const header = records[0] ? Object.keys(records[0]) : [];
    if (records.length && !header.includes(opts.column))
      throw new InputError(`${file}:1: no column "${opts.column}" (columns: ${header.join(', ')})`);
    if (opts.titleColumn && records.length && !header.includes(opts.titleColumn))
      throw new InputError(`${file}:1: no column "${opts.titleColumn}" (columns: ${header.join(', ')})`);
    return records.map((r, i) => ({
      id: String(i + 2),
      title: (opts.titleColumn ? r[opts.titleColumn] : undefined) ?? `row ${i + 2}`,
      text: r[opts.column!] ?? '',
    }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? lineOf(text, Number(m[1])) : 1;
    throw new InputError(`${file}:${line}: malformed JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data)
    ? data
    : ((data as { macros?: unknown; macro?: unknown })?.macros ??
      ((data as { macro?: unknown })?.macro ? [(data as { macro: unknown }).macro] : null));
  if (!Array.isArray(list))
    throw new InputError(`${file}:1: not a Zendesk macro export (expected {"macros": [...]} or an array of macros)`);
  const macros: Macro[] = [];
  list.forEach((m: { id?: unknown; title?: unknown; actions?: unknown }, i) => {
    const body = macroText(m?.actions);
    if (body === null) return; // a macro that sets fields only has no reply to check
    macros.push({
      id: String(m.id ?? i + 1),
      title: typeof m.title === 'string' ? m.title : `macro ${i + 1}`,
      text: body,
    });
  });
  return macros;
}

export function auditMacros(macros: Macro[], settings: Settings, channel?: Channel): AuditResult {
  // In a macro library, Zendesk's own {{…}} placeholders are filled when the macro is applied.
  const s: Settings = {
    ...settings,
    rules: {
      ...settings.rules,
      placeholder: {
        ...settings.rules?.placeholder,
        options: { ...settings.rules?.placeholder?.options, allowTemplateSyntax: true },
      },
    },
  };
  const results: MacroResult[] = macros.map((m) => {
    const report = analyze({ draft: m.text, ...(channel ? { channel } : {}) }, s);
    return {
      id: m.id,
      title: m.title,
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      suggestions: report.stats.suggestions,
      findings: report.findings.map(({ ruleId, severity, message, start, end, actual }) => ({
        ruleId,
        severity,
        message,
        start,
        end,
        actual,
      })),
    };
  });
  results.sort(
    (a, b) =>
      b.errors - a.errors || b.warnings - a.warnings || b.suggestions - a.suggestions || a.title.localeCompare(b.title),
  );
  const rules: AuditResult['rules'] = {};
  for (const r of results) {
    const seen = new Set<string>();
    for (const f of r.findings) {
      const e = (rules[f.ruleId] ??= { macros: 0, findings: 0, severity: f.severity });
      e.findings++;
      if (!seen.has(f.ruleId)) e.macros++;
      seen.add(f.ruleId);
    }
  }
  return {
    macros: results,
    rules,
    totals: {
      macros: results.length,
      clean: results.filter((r) => r.findings.length === 0).length,
      errors: results.reduce((n, r) => n + r.errors, 0),
      warnings: results.reduce((n, r) => n + r.warnings, 0),
      suggestions: results.reduce((n, r) => n + r.suggestions, 0),
    },
  };
}

function table(rows: string[][], rightFrom = 1): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i >= rightFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
}

export function formatAudit(file: string, result: AuditResult): string {
  const out: string[] = [bold(`${file}: ${result.totals.macros} macros, ${result.totals.clean} clean`), ''];
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  out.push(bold('By macro (worst first)'));
  const macroRows = [['macro', 'errors', 'warnings', 'suggestions', 'rules']];
  for (const m of result.macros) {
    const ids = [...new Set(m.findings.map((f) => f.ruleId))].join(', ');
    macroRows.push([clip(m.title, 48), String(m.errors), String(m.warnings), String(m.suggestions), ids || '—']);
  }
  const lines = table(
    macroRows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!]),
    1,
  );
  lines.forEach((l, i) => out.push(`  ${l}  ${i === 0 ? 'rules' : dim(macroRows[i]![4]!)}`));
  out.push('', bold('By rule'));
  const ruleRows = [['rule', 'macros', 'findings']];
  for (const [id, r] of Object.entries(result.rules).sort(
    (a, b) => b[1].macros - a[1].macros || a[0].localeCompare(b[0]),
  ))
    ruleRows.push([id, String(r.macros), String(r.findings)]);
  for (const l of table(ruleRows)) out.push(`  ${l}`);
  const t = result.totals;
  out.push(
    '',
    `${t.errors ? red('✖') : yellow('⚠')} ${t.errors} errors, ${t.warnings} warnings, ${t.suggestions} suggestions`,
  );
  return out.join('\n');
}
