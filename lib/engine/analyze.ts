import { rules as builtInRules } from '../../rules/index';
import { buildChecklist, isServiceModel } from './checklist';
import { createRuleContext, createShared } from './context';
import { analyzeCustomer } from './customer';
import { detectLanguage } from './language';
import { reserveParses } from './nlp';
import { reserveSentiment } from './signals/sentiment';
import { analyzeText } from './text';
import type { AnalyzeInput, Finding, FindingInput, Report, Rule, Settings, Severity } from './types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export interface ResolvedRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Defaults from each rule's meta < the settings (team pack and agent preferences, already merged). */
export function resolveRules(settings: Settings = {}, ruleList: readonly Rule[] = builtInRules): ResolvedRule[] {
  return ruleList.map((rule) => {
    const s = settings.rules?.[rule.meta.id] ?? {};
    const options: Record<string, unknown> = {};
    for (const [k, o] of Object.entries(rule.meta.options ?? {})) options[k] = o.default;
    Object.assign(options, s.options ?? {});
    return {
      rule,
      enabled: s.enabled ?? true,
      severity: s.severity && SEVERITIES.includes(s.severity) ? s.severity : rule.meta.defaultSeverity,
      options,
    };
  });
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}

/** Analyse a draft. Never throws: a rule that fails is skipped (and named in stats.failedRules). */
export function analyze(
  input: AnalyzeInput,
  settings: Settings = {},
  ruleList: readonly Rule[] = builtInRules,
): Report {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const draft = typeof input?.draft === 'string' ? input.draft : '';
  const safeInput: AnalyzeInput = { ...input, draft, channel: input?.channel ?? 'email' };
  const text = analyzeText(draft);
  const ownText = draft.slice(0, text.ownEnd);
  const language = detectLanguage(ownText);
  const english = language === 'en';
  let customer = null;
  try {
    // A lone surrogate (a thread preview cut mid-emoji) is no word: without it the customer's topics stay
    // words (found by tests/engine/properties.test.ts: a fix quoted "your \ud800"). Same length, offsets kept.
    const said = typeof input?.customer === 'string' ? input.customer.replace(/\p{Cs}/gu, ' ') : undefined;
    customer = analyzeCustomer(said, input?.customerName);
  } catch {
    customer = null;
  }
  const shared = createShared(safeInput, text, customer, settings);
  const model = isServiceModel(settings.model) ? settings.model : 'LAST';
  const resolved = resolveRules(settings, ruleList);
  const findings: Finding[] = [];
  const failedRules: string[] = [];
  // Every sentence is read by several rules: keep each one's parse and score for the whole analysis, however
  // long the draft (a cache smaller than the draft re-parsed every sentence for every rule).
  const releaseParses = reserveParses(text.sentences.length);
  const releaseSentiment = reserveSentiment(text.sentences.length * 2);

  try {
    for (const r of resolved) {
      if (!r.enabled || (r.rule.meta.english && !english) || draft.trim() === '') continue;
      const { meta } = r.rule;
      const report = (f: FindingInput) => {
        const start = clamp(f.start, 0, draft.length);
        const end = clamp(f.end, start, draft.length);
        findings.push({
          ruleId: meta.id,
          severity: f.severity ?? r.severity,
          start,
          end,
          actual: draft.slice(start, end),
          message: f.message,
          note: f.note ?? meta.rationale,
          step: meta.step,
          fixes: (f.fixes ?? []).filter((fix) =>
            fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= draft.length),
          ),
          ...(f.expected ? { expected: f.expected } : {}),
        });
      };
      try {
        r.rule.check(createRuleContext(shared, r.options, report));
      } catch {
        failedRules.push(meta.id);
      }
    }
  } finally {
    releaseParses();
    releaseSentiment();
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const enabledIds = new Set(resolved.filter((r) => r.enabled).map((r) => r.rule.meta.id));
  const checklist = buildChecklist(model, findings, (id) => enabledIds.has(id));
  const elapsed = (typeof performance !== 'undefined' ? performance.now() : Date.now()) - t0;
  return {
    findings,
    checklist,
    stats: {
      characters: draft.length,
      words: text.wordCount,
      sentences: text.sentences.length,
      language,
      elapsedMs: Math.round(elapsed * 100) / 100,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      suggestions: findings.filter((f) => f.severity === 'suggestion').length,
      ...(failedRules.length ? { failedRules } : {}),
    },
  };
}
