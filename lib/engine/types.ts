// The engine's public contract. Pure data types: no DOM, no browser APIs.
// Offsets are UTF-16 half-open [start, end) indices into `AnalyzeInput.draft` (plain JS string indices,
// the same unit as DOM selection offsets).

export type Severity = 'error' | 'warning' | 'suggestion';
export type Channel = 'email' | 'chat' | 'social';
export type ServiceModelId = 'LAST' | 'HEAT' | 'AAAA';

/**
 * The service-training step a rule serves. The four LAST steps, plus `tone` (professional, clear,
 * respectful wording) and `safety` (what must never be sent: unfilled placeholders, card numbers,
 * unlawful refusals). The checklist maps these onto the chosen model's own steps.
 */
export type Step = 'listen' | 'apologise' | 'solve' | 'thank' | 'tone' | 'safety';

export interface AnalyzeInput {
  /** The agent's draft reply, exactly as in the composer. */
  draft: string;
  /** The customer's last message, if known. */
  customer?: string;
  customerName?: string;
  agentName?: string;
  channel?: Channel;
}

/** One replacement: the text in [start, end) of the draft becomes `text`. start === end inserts. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Button label, e.g. `Replace with “What I can do is”`. */
  label: string;
  /** Non-overlapping edits, applied together. */
  edits: Edit[];
  /**
   * Safe fixes keep the meaning (a “fix all” may apply them without asking); suggestions are
   * alternatives the agent picks. Defaults to false (a suggestion).
   */
  safe?: boolean;
}

export interface Finding {
  ruleId: string;
  /** The rule's title (its meta.title), so a view can name it without loading the rules. */
  title?: string;
  severity: Severity;
  /** UTF-16 offsets into the draft. A finding about something missing points where it belongs. */
  start: number;
  end: number;
  /** The draft's text in [start, end) ('' for an insertion point). */
  actual: string;
  /** Specific: quotes the words and names the issue. */
  message: string;
  /** Why, in the service model's terms. */
  note: string;
  step: Step;
  fixes: Fix[];
  /** What the rule expected instead, when there is one (VFile's `expected`). */
  expected?: string[];
}

export interface ChecklistItem {
  /** The model's own step id, e.g. 'listen', 'hear', 'acknowledge'. */
  id: string;
  /** The step's name as the model spells it, e.g. 'Listen'. */
  label: string;
  /** What the step asks of the reply. */
  description: string;
  met: boolean;
  /** Why it is met or not, in a sentence. */
  reason: string;
  /** Rules that feed this step. */
  ruleIds: string[];
  /** Indices into Report.findings of the findings behind an unmet step. */
  findings: number[];
}

export interface Checklist {
  model: ServiceModelId;
  name: string;
  items: ChecklistItem[];
}

export interface ReportStats {
  characters: number;
  words: number;
  sentences: number;
  /** 'en' when the draft is English (or too short to tell); otherwise the detected ISO 639-3 code. */
  language: string;
  /** Milliseconds the analysis took (informational; benchmarks live in `npm run bench`). */
  elapsedMs: number;
  /** Counts by severity. */
  errors: number;
  warnings: number;
  suggestions: number;
  /** Rules that threw and were skipped (a bug; the rest of the report stands). */
  failedRules?: string[];
}

/**
 * Present when only part of a long draft was analysed (analyzeInSlices in lib/engine/slices.ts: past a size
 * limit, or a report asked for before the last slice): the findings and the checklist cover `analysedRanges`
 * only; `stats` still counts the whole draft.
 */
export interface PartialAnalysis {
  /** The analysed ranges, UTF-16 offsets into the draft, sorted and merged. */
  analysedRanges: { start: number; end: number }[];
  /** Characters in those ranges. */
  analysedChars: number;
  /** The draft's length. */
  totalChars: number;
}

export interface Report {
  findings: Finding[];
  checklist: Checklist;
  stats: ReportStats;
  /** Only part of the draft was analysed (see PartialAnalysis); absent when all of it was. */
  partial?: PartialAnalysis;
}

// ---------------------------------------------------------------------------------------------
// Settings (team pack + agent preferences, already resolved). Every field is optional: defaults
// come from the rules' own meta and the data in rules/data/.

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

/** A phrase to flag and what to say instead (negative language, banned phrases). */
export interface PhraseEntry {
  /** Pattern in phrase syntax (see lib/engine/phrases.ts): words, `*` for one word, `a|b` alternatives. */
  phrase: string;
  /** Suggested replacements; the first one is offered first. */
  replacements?: string[];
  /** Why this phrase hurts, shown in the finding's note. */
  note?: string;
}

/** A jargon term and the plain words a customer would understand. */
export interface GlossaryEntry {
  term: string;
  plain: string[];
  /** Case-sensitive match (for acronyms like "KB" that are also words). */
  caseSensitive?: boolean;
}

export interface Settings {
  model?: ServiceModelId;
  rules?: Record<string, RuleSetting>;
  phrases?: {
    /** Extra negative phrases → reframes (negative-language). */
    negative?: PhraseEntry[];
    /** Team jargon glossary (jargon). */
    jargon?: GlossaryEntry[];
    /** Phrases the team never wants sent (banned-phrase findings, reported by negative-language). */
    banned?: PhraseEntry[];
  };
  /** Required sign-off text (e.g. "Kind regards, The Acme Team"), checked by missing-closing when set. */
  signOff?: string;
}

// ---------------------------------------------------------------------------------------------
// Rules

export interface RuleOptionMeta {
  type: 'number' | 'boolean' | 'string' | 'string[]';
  default: unknown;
  description: string;
}

export interface RuleMeta {
  /** Equal to the rule's file name in rules/. */
  id: string;
  title: string;
  /** One line: what it flags. */
  description: string;
  /** Why it matters to the customer, in service-training terms (becomes the findings' note). */
  rationale: string;
  step: Step;
  defaultSeverity: Severity;
  /** An example the README shows: a draft snippet that is flagged. */
  example: string;
  options?: Record<string, RuleOptionMeta>;
  /**
   * True for rules that look at words in English and must be silent on non-English drafts.
   * Only placeholder and sensitive-data are language-neutral.
   */
  english: boolean;
}

/** What a rule hands to ctx.report(); the engine fills in ruleId, severity, step, actual and note. */
export interface FindingInput {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  note?: string;
  expected?: string[];
  /** Override the rule's severity for this one finding (rare: e.g. a stronger case). */
  severity?: Severity;
}

/** What a view or the pack validator needs of a rule: its meta (rules/catalog.ts has them without the code). */
export type RuleInfo = Pick<Rule, 'meta'>;

export interface Rule {
  meta: RuleMeta;
  check(ctx: import('./context').RuleContext): void;
}
