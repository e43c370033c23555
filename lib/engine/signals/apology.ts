// Apology and empathy in the reply, and how good the apology is.
// - sincere: "sorry" / "apologise" / "regret that…" / condolences (rules/data/missing-apology.json);
// - formula: a non-apology (rules/data/non-apology.json: "sorry for any inconvenience", "sorry if you
//   feel…", "sorry, but…") — an apology in form, which non-apology judges;
// - empathy: the agent feels with the customer: the fixed forms in missing-apology.json ("I understand how
//   frustrating…", "that must be stressful"), and from the grammar and VADER's sentiment: a negative
//   verdict on their situation ("this does not sound good", "that's no good at all", "we know not having
//   service is rough"), or a hope for their wellbeing ("we hope everyone is ok").

import type { RuleContext } from '../context';
import { Lru } from '../lru';
import type { PhraseEntry } from '../types';
import apologyData from '../../../rules/data/missing-apology.json';
import nonApologyData from '../../../rules/data/non-apology.json';
import { sentiment } from './sentiment';

const APOLOGY = apologyData.apology as PhraseEntry[];
const EMPATHY = apologyData.empathy as PhraseEntry[];
const NON_APOLOGY = nonApologyData.phrases as PhraseEntry[];

export type ApologyKind = 'sincere' | 'formula' | 'empathy';

export interface ApologyAct {
  kind: ApologyKind;
  start: number;
  end: number;
}

/** The agent's verdict on the situation: "this (does not) sound(s) good", "that looks awful". */
const VERDICT =
  /\b(?:this|that|it|which)(?:'s| is| does| doesn't| does not| did| didn't| did not)?\s+(?:not\s+)?(?:sound|look|seem|feel)s?\b|\b(?:that|this|it)(?:'s| is| was)\s+(?:no good|not good|not great|not ideal|not okay|not ok|bad|awful|terrible|horrible|rough|ruff|tough|a pain|annoying|frustrating|unfortunate|disappointing)\b|\b(?:oh no|oh dear|uh oh|uh-oh|yikes|ugh)\b|\bnot what (?:we|i) (?:like|want|love|expect|hope) to (?:hear|see)\b/i;
/**
 * A hard-times predicate of any subject ("not having service is rough", "waiting can be a pain"): a feeling
 * with them when it follows "we know" / "I understand", though VADER has no score for "rough".
 */
const HARD =
  /\b(?:is|was|are|were|'s|can be|must be|must have been)\s+(?:(?:so|really|very|pretty|super|such)\s+)?(?:no good|not good|not great|not ideal|not fun|no fun|bad|awful|terrible|horrible|rough|ruff|tough|hard|a pain|a drag|annoying|frustrating|unfortunate|disappointing|stressful|inconvenient)\b/i;
/** Knowing or imagining how it is for them: "we know not having service is rough". */
const FEEL_WITH = /\b(?:i|we) (?:know|understand|can imagine|can see|get|realise|realize|appreciate)\b/i;
/** Hoping they are all right: "we hope everyone is ok", "hope you're feeling better". */
const WELLBEING =
  /\b(?:hope|hoping) (?:that )?(?:you|everyone|everybody|they|all|your \w+)(?:'re| are| is|'s| were| feel| are feeling| 're feeling)? ?(?:ok|okay|alright|all right|safe|well|fine|feeling better|unhurt|not hurt|recovering|doing (?:ok|okay|well|better))\b/i;

/**
 * "I understand (that) you …" is empathy when what follows names their trouble ("I understand you can't log
 * in", "I understand that your order is late"); restating the facts ("I understand you have bought a reader
 * and are installing it") only shows it was read — acknowledgement, not feeling with them.
 */
const TROUBLE_WORDS =
  /\b(?:not|\w+n't|no|never|nothing|cannot|can not|unable|issues?|problems?|trouble|errors?|late|delay(?:ed)?|wrong|missing|lost|broken|fail(?:s|ed|ing)?|stuck|hang(?:s|ing)?|crash(?:es|ed|ing)?|charged|still|again|frustrat\w*|upset|annoy\w*|disappoint\w*|worr\w*|concern\w*|difficult\w*|hard|matters?|important|urgent\w*|need(?:s|ed)?|rel(?:y|ies|ying)|depend\w*)\b/i;

function restatesTrouble(ctx: RuleContext, from: number): boolean {
  const s = ctx.text.sentences.find((x) => from >= x.start && from <= x.end);
  const rest = ctx.draft.slice(from, s ? s.end : from + 120).replace(/[’]/g, "'");
  return TROUBLE_WORDS.test(rest) || sentiment(rest).compound <= -0.2;
}

/** A modal before "I know …" makes it a question ("May I know what…", "Can we know why…"). */
const ASKING = /\b(?:may|can|could|might|shall)\s*$/i;

const memo = new WeakMap<object, ApologyAct[]>();

/** Whether a sentence's text feels with the customer (below), remembered by that text. */
const empathyIn = new Lru<string, boolean>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearApologyCache(): void {
  empathyIn.clear();
}

/** Empathy from the grammar and the sentiment in one sentence's text, read from that text alone. */
function feelsWith(text: string): boolean {
  const t = text.replace(/[’]/g, "'");
  // The feeling is in the clause before a "but" ("not having service is rough, but dogs make it better").
  const head = t.split(/,?\s+but\s+/i)[0]!;
  const negative = sentiment(head).compound <= -0.2 || /\b(?:not|n't|no)\s+(?:good|great|ideal|ok|okay)\b/i.test(head);
  return (
    WELLBEING.test(t) ||
    ((VERDICT.test(t) || FEEL_WITH.test(t)) && negative) ||
    (FEEL_WITH.test(head) && HARD.test(head))
  );
}

/** Every apology, non-apology and empathy act in the agent's own text. Memoised per analysis. */
export function readApology(ctx: RuleContext): ApologyAct[] {
  const hit = memo.get(ctx.text);
  if (hit) return hit;
  const acts: ApologyAct[] = [];
  const formula = ctx.match(NON_APOLOGY);
  for (const m of formula) acts.push({ kind: 'formula', start: m.start, end: m.end });
  for (const m of ctx.match(APOLOGY))
    if (!formula.some((n) => m.start < n.end && m.end > n.start))
      acts.push({ kind: 'sincere', start: m.start, end: m.end });
  // "May I know what is the issue?" asks; it does not feel with them.
  for (const m of ctx.match(EMPATHY)) {
    if (ASKING.test(ctx.draft.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (/\bunderstand (?:that|you)$/i.test(m.text) && !restatesTrouble(ctx, m.end)) continue;
    acts.push({ kind: 'empathy', start: m.start, end: m.end });
  }
  for (const s of ctx.text.sentences) {
    if (s.region !== 'body' || ctx.text.overlapsNotOwn(s.start, s.end)) continue;
    if (acts.some((a) => a.start < s.end && a.end > s.start)) continue;
    if (empathyIn.getOr(s.text, feelsWith)) acts.push({ kind: 'empathy', start: s.start, end: s.end });
  }
  acts.sort((a, b) => a.start - b.start);
  memo.set(ctx.text, acts);
  return acts;
}
