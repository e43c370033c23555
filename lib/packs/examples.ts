// Pack self-tests: each example's draft is analysed with the pack's settings over the defaults (not the
// agent's own preferences: the pack is what is tested), and every rule in `expect` must flag it and none in
// `forbid` may. Run at import (a pack whose examples fail is not applied), on the options page's "Test
// pack" button and by `reply-coach pack test`. This module brings in the engine: extension pages load it
// with a dynamic import().

import { analyze } from '../engine/analyze';
import type { Finding, Rule } from '../engine/types';
import { rules as builtInRules } from '../../rules/index';
import { parseTree } from 'jsonc-parser';
import { locate, packToSettings, parsePack, pathString, type PackIssue, type PackResult, type RulePack } from './pack';

export interface ExampleFailure {
  /** `examples[2].expect[0]` */
  path: (string | number)[];
  ruleId: string;
  kind: 'missing' | 'forbidden';
  /** The finding a forbidden rule made. */
  finding?: Pick<Finding, 'start' | 'end' | 'actual' | 'message' | 'severity'>;
}

export interface ExampleResult {
  index: number;
  name?: string;
  draft: string;
  ok: boolean;
  /** Rule ids that flagged the draft, in order of appearance. */
  flagged: string[];
  failures: ExampleFailure[];
}

function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function lineColIn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Run a (valid) pack's examples. */
export function runExamples(pack: RulePack, rules: readonly Rule[] = builtInRules): ExampleResult[] {
  const settings = packToSettings(pack);
  return (pack.examples ?? []).map((ex, index) => {
    const report = analyze(
      {
        draft: ex.draft,
        ...(ex.customer !== undefined ? { customer: ex.customer } : {}),
        ...(ex.customerName !== undefined ? { customerName: ex.customerName } : {}),
        ...(ex.channel ? { channel: ex.channel } : {}),
      },
      settings,
      rules,
    );
    const flagged = [...new Set(report.findings.map((f) => f.ruleId))];
    const failures: ExampleFailure[] = [];
    (ex.expect ?? []).forEach((ruleId, j) => {
      if (!flagged.includes(ruleId)) failures.push({ path: ['examples', index, 'expect', j], ruleId, kind: 'missing' });
    });
    (ex.forbid ?? []).forEach((ruleId, j) => {
      const f = report.findings.find((x) => x.ruleId === ruleId);
      if (f)
        failures.push({
          path: ['examples', index, 'forbid', j],
          ruleId,
          kind: 'forbidden',
          finding: { start: f.start, end: f.end, actual: f.actual, message: f.message, severity: f.severity },
        });
    });
    return {
      index,
      ...(ex.name ? { name: ex.name } : {}),
      draft: ex.draft,
      ok: failures.length === 0,
      flagged,
      failures,
    };
  });
}

/** One failure in words: the example and the finding. */
export function describeFailure(r: ExampleResult, f: ExampleFailure, pack?: RulePack): string {
  const which = r.name ? `“${r.name}” (draft “${excerpt(r.draft)}”)` : `the draft “${excerpt(r.draft)}”`;
  if (f.kind === 'missing') {
    const off = pack?.rules?.[f.ruleId]?.enabled === false ? ' (this pack turns it off)' : '';
    const got = r.flagged.length ? `flagged: ${r.flagged.join(', ')}` : 'nothing was flagged';
    return `expected ${f.ruleId} to flag ${which}, but it did not${off} (${got})`;
  }
  const words = f.finding?.actual ? ` “${excerpt(f.finding.actual, 40)}”` : '';
  const at = f.finding ? ` at ${lineColIn(r.draft, f.finding.start)}${words}` : '';
  return `${f.ruleId} must not flag ${which}, but it did${at}: ${f.finding?.message ?? ''}`.trimEnd();
}

/** The failures as pack issues, located in the pack's text. */
export function exampleIssues(text: string, results: ExampleResult[], pack?: RulePack): PackIssue[] {
  const tree = parseTree(text);
  return results.flatMap((r) =>
    r.failures.map((f) => ({
      path: pathString(f.path),
      ...locate(tree, text, f.path),
      message: describeFailure(r, f, pack),
    })),
  );
}

export interface TestedPack {
  result: PackResult;
  /** Example results (empty when the pack is invalid or has none). */
  examples: ExampleResult[];
}

/**
 * Validate a pack and run its examples: the result is ok only when both pass (a failing example becomes
 * an issue with its line and field).
 */
export function testPack(text: string, rules: readonly Rule[] = builtInRules): TestedPack {
  const result = parsePack(text, rules);
  if (!result.ok) return { result, examples: [] };
  let examples: ExampleResult[];
  try {
    examples = runExamples(result.pack, rules);
  } catch (e) {
    return {
      result: {
        ok: false,
        issues: [{ path: 'examples', line: 1, column: 1, message: `could not be run: ${(e as Error).message}` }],
      },
      examples: [],
    };
  }
  const issues = exampleIssues(text, examples, result.pack);
  return { result: issues.length ? { ok: false, issues } : result, examples };
}
