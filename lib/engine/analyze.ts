import { rules as builtInRules } from '../../rules/index';
import { buildChecklist, isServiceModel } from './checklist';
import { createRuleContext, createShared } from './context';
import { analyzeCustomer } from './customer';
import { detectLanguage } from './language';
import { parseAll, reserveParses } from './nlp';
import { reserveSentiment } from './signals/sentiment';
import { analyzeText } from './text';
import type { CustomerInfo } from './customer';
import type { SharedContext } from './context';
import type { Normalized } from './normalize';
import type { DraftText } from './text';
import type { AnalyzeInput, Finding, FindingInput, Report, Rule, ServiceModelId, Settings, Severity } from './types';

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

/** What a rule reported, as a finding: offsets clamped to the draft, fixes that fit it, the rule's defaults. */
export function findingOf(draft: string, r: ResolvedRule, f: FindingInput): Finding {
  const { meta } = r.rule;
  const start = clamp(f.start, 0, draft.length);
  const end = clamp(f.end, start, draft.length);
  return {
    ruleId: meta.id,
    title: meta.title,
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
  };
}

/** The order findings are reported in: by position, then by rule. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

const MAX_HELD = 10_000;

/** How much of a long draft's own text its language is read from (enough for franc's trigrams many times over). */
const LANGUAGE_SAMPLE = 10_000;
const EMPTY: Normalized = { text: '', startOf: new Int32Array(0), endOf: new Int32Array(0) };

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Everything an analysis needs before the rules run: the draft's structure, language, customer, rules. */
export interface Prepared {
  draft: string;
  text: DraftText;
  language: string;
  english: boolean;
  customer: CustomerInfo | null;
  shared: SharedContext;
  model: ServiceModelId;
  resolved: ResolvedRule[];
}

/**
 * `long`: a draft analysed in slices (lib/engine/slices.ts): its language is read from a sample of its own text
 * and it is not normalised here (each slice normalises its own text).
 */
export function prepare(input: AnalyzeInput, settings: Settings, ruleList: readonly Rule[], long = false): Prepared {
  const draft = typeof input?.draft === 'string' ? input.draft : '';
  const safeInput: AnalyzeInput = { ...input, draft, channel: input?.channel ?? 'email' };
  const text = analyzeText(draft);
  const language = detectLanguage(draft.slice(0, long ? Math.min(text.ownEnd, LANGUAGE_SAMPLE) : text.ownEnd));
  let customer = null;
  try {
    // A lone surrogate (a thread preview cut mid-emoji) is no word: without it the customer's topics stay
    // words (found by tests/engine/properties.test.ts: a fix quoted "your \ud800"). Same length, offsets kept.
    const said = typeof input?.customer === 'string' ? input.customer.replace(/\p{Cs}/gu, ' ') : undefined;
    customer = analyzeCustomer(said, input?.customerName);
  } catch {
    customer = null;
  }
  return {
    draft,
    text,
    language,
    english: language === 'en',
    customer,
    shared: createShared(safeInput, text, customer, settings, long ? EMPTY : undefined),
    model: isServiceModel(settings.model) ? settings.model : 'LAST',
    resolved: resolveRules(settings, ruleList),
  };
}

/** Does this rule run on this draft at all? */
export function runs(p: Prepared, r: ResolvedRule): boolean {
  return r.enabled && !(r.rule.meta.english && !p.english) && p.draft.trim() !== '';
}

/** The report for these findings (sorted here): checklist and stats. */
export function reportOf(p: Prepared, findings: Finding[], failedRules: readonly string[], elapsedMs: number): Report {
  findings.sort(byPosition);
  const enabledIds = new Set(p.resolved.filter((r) => r.enabled).map((r) => r.rule.meta.id));
  const checklist = buildChecklist(p.model, findings, (id) => enabledIds.has(id));
  return {
    findings,
    checklist,
    stats: {
      characters: p.draft.length,
      words: p.text.wordCount,
      sentences: p.text.sentences.length,
      language: p.language,
      elapsedMs: Math.round(elapsedMs * 100) / 100,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      suggestions: findings.filter((f) => f.severity === 'suggestion').length,
      ...(failedRules.length ? { failedRules: [...failedRules] } : {}),
    },
  };
}

/** The first `max` sentences of the agent's own body text that hold a letter. */
function bodySentences(text: DraftText, max: number): string[] {
  const out: string[] = [];
  for (const s of text.sentences) {
    if (out.length >= max) break;
    if (s.region === 'body' && /\p{L}/u.test(s.text) && !text.overlapsNotOwn(s.start, s.end)) out.push(s.text);
  }
  return out;
}

/** Analyse a draft. Never throws: a rule that fails is skipped (and named in stats.failedRules). */
export function analyze(
  input: AnalyzeInput,
  settings: Settings = {},
  ruleList: readonly Rule[] = builtInRules,
): Report {
  const t0 = now();
  const p = prepare(input, settings, ruleList);
  const findings: Finding[] = [];
  const failedRules: string[] = [];
  // Every sentence is read by several rules: keep each one's parse and score for the whole analysis, however
  // long the draft (a cache smaller than the draft re-parsed every sentence for every rule).
  // Up to MAX_HELD sentences (about 60 MB of parses): past that a draft belongs in analyzeInSlices.
  const held = Math.min(p.text.sentences.length, MAX_HELD);
  const releaseParses = reserveParses(held);
  const releaseSentiment = reserveSentiment(held * 2);
  try {
    // The sentences the rules parse (the body's, where the agent wrote them), tagged in one pass of compromise
    // instead of one each; the rules then find them cached.
    if (p.english) parseAll(bodySentences(p.text, held));
    for (const r of p.resolved) {
      if (!runs(p, r)) continue;
      const report = (f: FindingInput) => findings.push(findingOf(p.draft, r, f));
      try {
        r.rule.check(createRuleContext(p.shared, r.options, report));
      } catch {
        failedRules.push(r.rule.meta.id);
      }
    }
  } finally {
    releaseParses();
    releaseSentiment();
  }
  return reportOf(p, findings, failedRules, now() - t0);
}
