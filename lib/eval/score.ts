// Scoring a labelled corpus: per rule, how many expected findings fired (recall) and how many forbidden
// ones fired anyway (false-alarm rate), plus each case's misses and false alarms.

import { analyze } from '../engine/analyze';
import { rules } from '../../rules/index';
import type { Settings } from '../engine/types';
import type { CorpusCase } from './corpus';

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
  /** Every rule that fired on the case. */
  fired: string[];
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function analyzeCase(c: CorpusCase, settings: Settings = {}) {
  return analyze(
    {
      draft: c.draft,
      ...(c.customer !== undefined ? { customer: c.customer } : {}),
      ...(c.customerName !== undefined ? { customerName: c.customerName } : {}),
      ...(c.channel ? { channel: c.channel } : {}),
    },
    settings,
  );
}

export function evaluate(
  cases: CorpusCase[],
  settings: Settings = {},
): { result: EvalResult; outcomes: CaseOutcome[] } {
  const perRule: Record<string, RuleScore> = {};
  const score = (id: string) =>
    (perRule[id] ??= { expected: 0, hits: 0, recall: 0, forbidden: 0, falseAlarms: 0, falseAlarmRate: 0 });
  for (const r of rules) score(r.meta.id);
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const fired = new Set(analyzeCase(c, settings).findings.map((f) => f.ruleId));
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
    outcomes.push({ id: c.id, missed, falseAlarms: alarms, fired: [...fired].sort() });
  }
  return { result: summarize(perRule, cases.length), outcomes };
}

/** Totals over the per-rule counts (recall and rates recomputed). */
export function summarize(perRule: Record<string, RuleScore>, cases: number): EvalResult {
  let expected = 0;
  let hits = 0;
  let forbidden = 0;
  let falseAlarms = 0;
  for (const s of Object.values(perRule)) {
    s.recall = s.expected ? round(s.hits / s.expected) : 1;
    s.falseAlarmRate = s.forbidden ? round(s.falseAlarms / s.forbidden) : 0;
    expected += s.expected;
    hits += s.hits;
    forbidden += s.forbidden;
    falseAlarms += s.falseAlarms;
  }
  return {
    cases,
    expected,
    hits,
    recall: expected ? round(hits / expected) : 1,
    forbidden,
    falseAlarms,
    falseAlarmRate: forbidden ? round(falseAlarms / forbidden) : 0,
    perRule,
  };
}
