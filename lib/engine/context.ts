// What a rule's check() receives: the draft and its structure, the customer's message, the resolved
// options and phrase data, and report(). Built once per analysis and shared by every rule.

import type { CustomerInfo } from './customer';
import { terms as termsOf, parse, type Doc, type Term } from './nlp';
import { normalize, type Normalized } from './normalize';
import { markUntrusted, matchPhrases, type PhraseMatch } from './phrases';
import { sentenceAt, type DraftText, type Sentence } from './text';
import type { AnalyzeInput, Channel, FindingInput, GlossaryEntry, PhraseEntry, Settings } from './types';

export interface SharedContext {
  input: Required<Pick<AnalyzeInput, 'draft'>> & AnalyzeInput;
  draft: string;
  channel: Channel;
  text: DraftText;
  customer: CustomerInfo | null;
  settings: Settings;
  /** The normalised draft (lower case, straight quotes, contractions expanded) for phrase matching. */
  normalized: Normalized;
}

export interface MatchOptions {
  /** Also match inside quoted text, quoted history and the signature (default false). */
  includeNotOwn?: boolean;
  /** Restrict to these regions (default: everywhere the agent wrote). */
  regions?: Sentence['region'][];
}

export interface RuleContext extends SharedContext {
  /** This rule's options: defaults from meta, overridden by settings. */
  options: Record<string, unknown>;
  /** Team phrase lists from settings (the rule merges them with its own built-in data). */
  teamPhrases: { negative: PhraseEntry[]; jargon: GlossaryEntry[]; banned: PhraseEntry[] };
  /** Find phrases in the agent's own text. */
  match<T extends { phrase: string }>(entries: readonly T[], opts?: MatchOptions): PhraseMatch<T>[];
  /** Terms (words with tags) of a sentence, offsets into the draft. */
  terms(sentence: Sentence): Term[];
  /** The compromise document of a sentence (cached, read-only). */
  doc(sentence: Sentence): Doc;
  /** The sentence containing an offset, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  report(finding: FindingInput): void;
}

export function createShared(
  input: AnalyzeInput,
  text: DraftText,
  customer: CustomerInfo | null,
  settings: Settings,
  normalized: Normalized = normalize(input.draft),
): SharedContext {
  // Team, agent and policy patterns run on the linear-time engine (lib/engine/phrases.ts).
  markUntrusted(settings);
  return {
    input,
    draft: input.draft,
    channel: input.channel ?? 'email',
    text,
    customer,
    settings,
    normalized,
  };
}

export function createRuleContext(
  shared: SharedContext,
  options: Record<string, unknown>,
  report: (f: FindingInput) => void,
): RuleContext {
  const { text } = shared;
  // Every field spelled out, not `...shared`: V8 builds a spread with more keys after it about a hundred times
  // slower than a literal, and every rule gets a context on every keystroke.
  return {
    input: shared.input,
    draft: shared.draft,
    channel: shared.channel,
    text,
    customer: shared.customer,
    settings: shared.settings,
    normalized: shared.normalized,
    options,
    teamPhrases: {
      negative: shared.settings.phrases?.negative ?? [],
      jargon: shared.settings.phrases?.jargon ?? [],
      banned: shared.settings.phrases?.banned ?? [],
    },
    match(entries, opts = {}) {
      const all = matchPhrases(shared.draft, shared.normalized, entries);
      return all.filter((m) => {
        if (!opts.includeNotOwn && text.overlapsNotOwn(m.start, m.end)) return false;
        if (opts.regions) {
          const s = sentenceAt(text.sentences, m.start);
          if (!s || !opts.regions.includes(s.region)) return false;
        }
        return true;
      });
    },
    terms: (s) => termsOf(s.text, s.start),
    doc: (s) => parse(s.text),
    sentenceAt: (offset) => sentenceAt(text.sentences, offset),
    report,
  };
}
